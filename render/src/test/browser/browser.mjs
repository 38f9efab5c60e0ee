// The one browser harness of parley-render's tests: Debian's chromium driven by playwright-core, offline.
// Never downloads a browser: the executable is the machine's (PARLEY_CHROMIUM, default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/**
 * Opens a fresh browser (a new user-data dir each time), runs `use(context)` and closes it again.
 * Every request that is not a file: or data: URL is aborted and reported: the pages under test must work offline.
 */
export async function withBrowser(use) {
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.PARLEY_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1600, height: 900 },
  });
  try {
    return await use(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A new page that records page errors, console errors and any attempt to reach the network. */
export async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push('page error: ' + error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push('console error: ' + message.text());
    }
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) {
      return route.continue();
    }
    problems.push('network request: ' + url);
    return route.abort();
  });
  return { page, problems };
}

/** Prints the result as the one line of JSON the Java test reads, then exits. */
export function report(result) {
  process.stdout.write(JSON.stringify(result) + '\n');
}
