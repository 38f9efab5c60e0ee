// Opens each page at 1600x1000 as a reader does and measures the first view, then zoom, fit, "today" and scrolling.
// Usage: node first-view.mjs page1.html [page2.html ...]
// Prints one JSON line: {"pages":[{"page", "problems", "first": {...}, "zoomed": {...}, "fitted": {...}, ...}]}
import { pathToFileURL } from 'node:url';
import { withBrowser, watchedPage, report } from './browser.mjs';

/** Where the developments lie in the window: their span as a share of the drawing width, and those outside. */
async function view(page) {
  return page.evaluate(() => {
    const data = JSON.parse(document.getElementById('parley-data').textContent);
    const timeline = window.parley.timeline;
    const range = timeline.getWindow();
    const width = document.querySelector('#timeline .vis-panel.vis-center').getBoundingClientRect().width;
    const day = (iso) => { const p = iso.split('-').map(Number); return new Date(p[0], p[1] - 1, p[2]).getTime(); };
    let first = Infinity, last = -Infinity;
    const outside = [];
    data.items.forEach((d) => {
      const start = day(d.start), end = d.end ? day(d.end) : start + 86400000;
      first = Math.min(first, start);
      last = Math.max(last, end);
      if (start < range.start.getTime() || end > range.end.getTime()) { outside.push(d.id); }
    });
    const x = (t) => timeline.body.util.toScreen(new Date(t));
    const cut = document.body.dataset.asof;
    return {
      span: (x(last) - x(first)) / width,
      outside,
      drawn: document.querySelectorAll('#timeline .vis-item .chip[data-id]').length,
      items: data.items.length,
      asOf: cut,
      lastDevelopment: data.lastDevelopment,
      cutInWindow: day(cut) >= range.start.getTime() && day(cut) <= range.end.getTime(),
      window: [range.start.toISOString(), range.end.toISOString()],
    };
  });
}

const pages = await withBrowser(async (context) => {
  const out = [];
  for (const file of process.argv.slice(2)) {
    const { page, problems } = await watchedPage(context);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(pathToFileURL(file).toString());
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    await page.waitForTimeout(300);
    const result = { page: file, problems };
    result.first = await view(page);
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    result.zoomed = await view(page);
    await page.click('#zoom-fit');
    await page.waitForTimeout(700);
    result.fitted = await view(page);
    await page.click('#asof-today');
    result.today = await view(page);
    // scrolled to the bottom of the lanes: the controls and the axis strip are still on screen
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(200);
    result.scrolled = await page.evaluate(() => {
      const controls = document.getElementById('controls').getBoundingClientRect();
      const strip = document.querySelector('#axis-strip .vis-timeline').getBoundingClientRect();
      return { controlsTop: controls.top, stripTop: strip.top, stripBottom: strip.bottom,
        axisLabels: document.querySelectorAll('#axis-strip .vis-time-axis .vis-text').length,
        scrollY: window.scrollY, viewport: window.innerHeight };
    });
    out.push(result);
    await page.close();
  }
  return out;
});
report({ pages });
