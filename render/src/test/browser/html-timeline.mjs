// Drives Parley's offline HTML timeline in chromium as a person would, and reports what the page showed.
// Usage: node html-timeline.mjs scenario.json   (the Java test writes the scenario and checks the report)
// Scenario: {"page": "/abs/page.html", "screenshot": "/abs/out.png" | null,
//            "drags": {"occurred": ["2024-05-01", ...], "known": [...]},
//            "lane": "party-1", "type": "offer-made", "search": "words", "permalinks": ["id", ...]}
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { withBrowser, watchedPage, report } from './browser.mjs';

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const url = pathToFileURL(scenario.page).toString();

async function open(page, hash = '') {
  await page.goto(url + hash);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
}

/** Every item's status as the page shows it, and how many items the page says it shows. */
async function shown(page) {
  return page.evaluate(() => {
    const statuses = {};
    document.querySelectorAll('.chip[data-id]').forEach((chip) => { statuses[chip.dataset.id] = chip.dataset.status; });
    return { asOf: document.body.dataset.asof, axis: document.body.dataset.axis, statuses,
      shown: Number(document.body.dataset.shown) };
  });
}

/** Fits the whole timeline (with the keyboard), then counts the items vis.js drew. */
async function fitAndCount(page) {
  await page.focus('#timeline');
  await page.keyboard.press('0');
  await page.waitForTimeout(300);
  return page.evaluate(() => ({
    drawn: document.querySelectorAll('.vis-item .chip[data-id]').length,
    ids: Array.from(document.querySelectorAll('.vis-item .chip[data-id]')).map((c) => c.dataset.id),
    shown: Number(document.body.dataset.shown),
  }));
}

/** Drags the as-of bar with the mouse to the middle of the given day. */
async function dragBar(page, day) {
  const [from, to] = await page.evaluate((iso) => {
    const bar = document.querySelector('#timeline .vis-custom-time.asof').getBoundingClientRect();
    const timeline = window.parley.timeline;
    const p = iso.split('-').map(Number);
    const center = document.querySelector('#timeline .vis-panel.vis-center').getBoundingClientRect();
    const x = center.left + timeline.body.util.toScreen(new Date(p[0], p[1] - 1, p[2], 12));
    // grab the bar's handle inside the drawing area where no item lies over it
    const grabX = Math.min(bar.left + bar.width / 2, center.right - 2);
    const handle = document.querySelector('#timeline .vis-custom-time.asof');
    let y = Math.max(bar.top, center.top) + 12;
    for (let at = y; at < Math.min(bar.bottom, window.innerHeight) - 2; at += 4) {
      const hit = document.elementFromPoint(grabX, at);
      if (hit && (hit === handle || handle.contains(hit))) { y = at; break; }
    }
    return [{ x: grabX, y }, { x, y }];
  }, day);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await page.waitForTimeout(100);
}

/** For every drawn item: is its box inside its own lane's box, and is that lane the one the data names? */
async function lanes(page) {
  return page.evaluate(() => {
    const labels = Array.from(document.querySelectorAll('#timeline .vis-labelset > .vis-label'));
    const groups = Array.from(document.querySelectorAll('#timeline .vis-foreground > .vis-group'));
    const outside = [];
    let measured = 0;
    document.querySelectorAll('.vis-item .chip[data-id]').forEach((chip) => {
      const item = chip.closest('.vis-item');
      const group = item.closest('.vis-group');
      const index = groups.indexOf(group);
      const label = labels[index];
      const lane = label && label.querySelector('[data-lane]');
      const box = item.getBoundingClientRect();
      const laneBox = group.getBoundingClientRect();
      const labelBox = label ? label.getBoundingClientRect() : { top: NaN, bottom: NaN };
      measured++;
      const inside = box.top >= laneBox.top - 0.5 && box.bottom <= laneBox.bottom + 0.5
        && box.top >= labelBox.top - 0.5 && box.bottom <= labelBox.bottom + 0.5;
      if (!inside || !lane || lane.dataset.lane !== chip.dataset.lane) {
        outside.push({ id: chip.dataset.id, lane: chip.dataset.lane, drawnIn: lane ? lane.dataset.lane : null,
          item: [box.top, box.bottom], laneBox: [laneBox.top, laneBox.bottom] });
      }
    });
    return { measured, outside, lanes: labels.length };
  });
}

/** Every event-handler attribute in the document, as "TAG onname". */
function handlers() {
  return Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes)
    .filter((a) => a.name.startsWith('on')).map((a) => el.tagName + ' ' + a.name));
}

const result = await withBrowser(async (context) => {
  const { page, problems } = await watchedPage(context);
  page.on('dialog', (dialog) => { problems.push('dialog: ' + dialog.message()); dialog.dismiss(); });
  await open(page);
  const out = { problems };
  out.initial = await fitAndCount(page);
  out.lanes = await lanes(page);
  out.scripts = await page.evaluate(() => document.querySelectorAll('script').length);
  out.injected = await page.evaluate(() => document.querySelectorAll('iframe, img, marquee, object, embed').length);
  // event handlers made from text (the page has none of its own: its CSP allows no inline script), a payload's flag
  out.handlers = await page.evaluate(handlers);
  out.pwned = await page.evaluate(() => window.pwned !== undefined);

  // the as-of bar, dragged on each axis
  out.drags = [];
  for (const axis of ['occurred', 'known']) {
    await page.check(`input[name=axis][value=${axis}]`);
    for (const day of scenario.drags[axis] || []) {
      await dragBar(page, day);
      out.drags.push({ target: day, ...(await shown(page)) });
    }
  }
  await page.check('input[name=axis][value=occurred]');
  if (scenario.screenshot) {
    // the page as a reader meets it mid-replay: the bar on a day in the middle, one position selected
    await fitAndCount(page);
    const middle = (scenario.drags.occurred || [])[2];
    if (middle) { await dragBar(page, middle); }
    if ((scenario.permalinks || []).length) {
      await page.evaluate((id) => { location.hash = '#' + encodeURIComponent(id); }, scenario.permalinks[0]);
      await page.waitForTimeout(300);
    }
    await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
    await page.waitForTimeout(600);
    await page.screenshot({ path: scenario.screenshot, fullPage: false });
  }
  await page.click('#asof-today');
  await page.evaluate(() => { history.replaceState(null, '', location.pathname); });

  // filters and search
  await page.click('#filters summary');
  await page.uncheck(`input[name="lane:${scenario.lane}"]`);
  out.withoutLane = await fitAndCount(page);
  await page.check(`input[name="lane:${scenario.lane}"]`);
  await page.uncheck(`input[name="type:${scenario.type}"]`);
  out.withoutType = await fitAndCount(page);
  await page.check(`input[name="type:${scenario.type}"]`);
  await page.fill('#search', scenario.search);
  out.search = await fitAndCount(page);
  await page.fill('#search', '');
  out.cleared = await fitAndCount(page);

  // keyboard: first item, the next one, then into the details
  await page.focus('#timeline');
  await page.keyboard.press('Home');
  const first = await page.evaluate(() => document.body.dataset.selected);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.body.dataset.selected);
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  out.keyboard = { first, second, focused, hash: await page.evaluate(() => location.hash) };

  // permalinks: open the page at #id; the details panel says what it is, raw text shown as text
  out.permalinks = [];
  for (const id of scenario.permalinks || []) {
    const fresh = await context.newPage();
    fresh.on('pageerror', (error) => problems.push('page error: ' + error.message));
    fresh.on('console', (m) => { if (m.type() === 'error') { problems.push('console error: ' + m.text()); } });
    fresh.on('dialog', (dialog) => { problems.push('dialog: ' + dialog.message()); dialog.dismiss(); });
    await open(fresh, '#' + encodeURIComponent(id));
    out.permalinks.push(await fresh.evaluate(() => ({
      selected: document.body.dataset.selected,
      headline: (document.querySelector('#details h2') || {}).textContent,
      details: document.querySelector('#details').textContent,
      visSelected: Array.from(document.querySelectorAll('.vis-item.vis-selected .chip')).map((c) => c.dataset.id),
      links: Array.from(document.querySelectorAll('#details a')).map((a) => a.getAttribute('href')),
      pwned: window.pwned !== undefined,
    })));
    out.permalinks[out.permalinks.length - 1].handlers = await fresh.evaluate(handlers);
    await fresh.close();
  }
  // print: controls hidden, every development listed in words
  await page.emulateMedia({ media: 'print' });
  out.print = await page.evaluate(() => ({
    controlsShown: document.getElementById('controls').getBoundingClientRect().height > 0,
    listHeight: document.getElementById('list').getBoundingClientRect().height,
    listed: document.querySelectorAll('#list li').length,
  }));
  await page.emulateMedia({ media: 'screen' });
  return out;
});
report(result);
