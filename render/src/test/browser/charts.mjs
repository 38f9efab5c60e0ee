// Moves the as-of bar of one page to given days and reads what the agreement charts draw there.
// Usage: node charts.mjs scenario.json
// Scenario: {"page": "/abs/page.html", "days": ["2022-09-01", ...], "axis": "occurred",
//            "screenshots": {"page": "/abs/first-view.png", "charts": "/abs/charts.png"} | null}
// Prints one JSON line: {"problems": [...], "cuts": [{"day", "charts": [{"id", "status", "lines": [...]}]}]}
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { withBrowser, watchedPage, report } from './browser.mjs';

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));

/** Per chart: the status it shows, and per line the legend's numbers and the last point drawn up to the cut. */
async function drawn(page) {
  return page.evaluate(() => window.parley.charts.map((chart) => ({
    id: chart.data.id,
    status: chart.box.dataset.status,
    bandSegments: chart.bandItems.get().filter((i) => i.status).map((i) => i.status),
    lines: chart.graphs.flatMap((g) => Array.from(g.legend.querySelectorAll('li')).map((li, n) => {
      const line = g.lines[n];
      const last = (group) => {
        const points = g.points.get({ filter: (p) => p.group === group + line.index });
        points.sort((a, b) => a.x - b.x);
        return points.length ? points[points.length - 1].y : null;
      };
      return {
        party: li.dataset.party, unit: li.dataset.unit, text: li.textContent,
        delivered: Number(li.dataset.delivered), disputed: Number(li.dataset.disputed),
        undisclosed: Number(li.dataset.undisclosed),
        promised: li.dataset.promised === undefined ? null : Number(li.dataset.promised),
        drawnDelivered: last('d'), drawnDisputed: last('x'), drawnUndisclosed: last('u'),
        drawnPaths: g.box.querySelectorAll('path.delivered').length,
      };
    })),
  })));
}

const result = await withBrowser(async (context) => {
  const { page, problems } = await watchedPage(context);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(pathToFileURL(scenario.page).toString());
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await page.waitForTimeout(500);
  const out = { problems, cuts: [] };
  if (scenario.screenshots) {
    await page.screenshot({ path: scenario.screenshots.page, fullPage: false });
  }
  await page.check(`input[name=axis][value=${scenario.axis || 'occurred'}]`);
  for (const day of scenario.days) {
    await page.evaluate((iso) => window.parley.moveBar(iso), day);
    await page.waitForTimeout(400);
    out.cuts.push({ day, asOf: await page.evaluate(() => document.body.dataset.asof), charts: await drawn(page) });
  }
  if (scenario.screenshots) {
    // the charts alone, without the sticky controls over them
    await page.evaluate(() => { document.getElementById('controls').style.position = 'static'; });
    await page.locator('#charts').screenshot({ path: scenario.screenshots.charts });
  }
  return out;
});
report(result);
