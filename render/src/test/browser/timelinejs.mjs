// Loads TimelineJS exports into real TimelineJS (the pinned @knight-lab/timelinejs, from node_modules) in chromium.
// Usage: node timelinejs.mjs [--screenshot out.png [--slide N | --slide-id ID]] export1.json [export2.json ...]
// Prints one JSON line: {"results":[{"file","events","slides","titleSlide","problems":[...]}]}
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withBrowser, watchedPage, report } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'node_modules', '@knight-lab', 'timelinejs', 'dist');

const args = process.argv.slice(2);
let screenshot = null;
let slide = 1;
let slideId = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--screenshot') {
    screenshot = resolve(args[++i]);
  } else if (args[i] === '--slide') {
    slide = Number(args[++i]);
  } else if (args[i] === '--slide-id') {
    slideId = args[++i];
  } else {
    files.push(resolve(args[i]));
  }
}

const host = join(mkdtempSync(join(tmpdir(), 'parley-timelinejs-')), 'host.html');
writeFileSync(host, `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${pathToFileURL(join(dist, 'css', 'timeline.css'))}">
<script src="${pathToFileURL(join(dist, 'js', 'timeline.js'))}"></script>
<style>html, body { margin: 0; height: 100%; } #timeline { width: 1400px; height: 760px; }</style>
</head><body><div id="timeline"></div></body></html>`);

const results = await withBrowser(async (context) => {
  const out = [];
  for (const [index, file] of files.entries()) {
    const { page, problems } = await watchedPage(context);
    // a payload that runs opens a dialog (alert) or sets window.pwned; both are reported
    page.on('dialog', (dialog) => { problems.push('dialog: ' + dialog.message()); dialog.dismiss(); });
    await page.goto(pathToFileURL(host).toString());
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const measured = await page.evaluate(async ({ data, scriptPath }) => {
      const loaded = new Promise((done) => {
        // font: null, because TimelineJS's default font CSS loads web fonts from Google; offline, the machine's.
        window.timeline = new TL.Timeline('timeline', data, { script_path: scriptPath, language: 'en', font: null });
        window.timeline.on('loaded', () => done('loaded'));
        setTimeout(() => done('timeout'), 15000);
      });
      const state = await loaded;
      const config = window.timeline.config || {};
      const messages = config.messages || { errors: [], warnings: [] };
      return {
        state,
        events: (config.events || []).length,
        eras: (config.eras || []).length,
        slides: document.querySelectorAll('.tl-slide').length,
        titleSlide: document.querySelectorAll('.tl-slide-titleslide').length,
        markers: document.querySelectorAll('.tl-timemarker').length,
        configErrors: (messages.errors || []).map(String),
        injected: document.querySelectorAll('#timeline iframe, #timeline script, #timeline img, #timeline marquee, '
          + '#timeline svg, #timeline object, #timeline embed').length,
        pwned: window.pwned !== undefined,
        // event handlers made from text (TimelineJS's own links carry onclick='void(0)'), script links
        handlers: Array.from(document.querySelectorAll('#timeline *')).flatMap((el) => Array.from(el.attributes)
          .filter((a) => a.name.startsWith('on') && !(a.name === 'onclick' && a.value === 'void(0)'))
          .map((a) => el.tagName + ' ' + a.name + '=' + a.value)),
        scriptLinks: Array.from(document.querySelectorAll('#timeline [href], #timeline [src]'))
          .map((el) => el.getAttribute('href') || el.getAttribute('src'))
          .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
        text: document.querySelector('#timeline').textContent,
        headlines: Array.from(document.querySelectorAll('.tl-slide .tl-headline')).map((h) => h.textContent),
        // era texts drawn over the time axis's labels
        eraCollisions: (() => {
          const boxes = (selector) => Array.from(document.querySelectorAll(selector))
            .filter((e) => e.textContent.trim() !== '').map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0);
          const labels = boxes('.tl-timeaxis .tl-timeaxis-tick-text, .tl-timeaxis-major .tl-timeaxis-tick-text');
          let collisions = 0;
          boxes('.tl-timeera .tl-headline').forEach((era) => labels.forEach((label) => {
            if (era.left < label.right && label.left < era.right && era.top < label.bottom && label.top < era.bottom) {
              collisions++;
            }
          }));
          return collisions;
        })(),
        message: (document.querySelector('.tl-message-content') || {}).textContent || '',
      };
    }, { data, scriptPath: pathToFileURL(join(dist, 'js')).toString() + '/' });
    if (measured.state !== 'loaded') {
      problems.push('TimelineJS did not fire "loaded" within 15 s');
    }
    measured.configErrors.forEach((e) => problems.push('TimelineJS: ' + e));
    if (screenshot && index === 0) {
      await page.evaluate(([n, id]) => (id ? window.timeline.goToId(id) : window.timeline.goTo(n)), [slide, slideId]);
      await page.waitForTimeout(1500);
      await page.locator('#timeline').screenshot({ path: screenshot });
    }
    out.push({ file, ...measured, problems });
    await page.close();
  }
  return out;
});
report({ results });
