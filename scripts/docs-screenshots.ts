/**
 * `npm run docs:screenshots`: opens the built docs site (`npm run docs` first) from `file://` in Debian's headless
 * Chromium with every network request refused, and saves what a reader sees: the start page with its sidebar
 * (wide), a guide (wide) and the same guide in a phone-wide window. Fails on any page error or any request that
 * is not a local file, so it also checks that the site works offline. Writes to `.tmp/` (git-ignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

const root = new URL('..', import.meta.url).pathname;
const site = join(root, 'docs/api');
const out = join(root, '.tmp');

const SHOTS = [
  { file: 'docs-sidebar.png', page: 'modules/critical-minerals.html', width: 1400, height: 1000 },
  { file: 'docs-guide.png', page: 'documents/Concepts.html', width: 1400, height: 1000 },
  { file: 'docs-diagram.png', page: 'index.html', hash: '#the-data-model-in-brief', width: 1400, height: 1000 },
  { file: 'docs-guide-narrow.png', page: 'documents/Getting_started.html', width: 390, height: 844 },
] as const;

async function main(): Promise<void> {
  if (!existsSync(join(site, 'index.html'))) throw new Error('no docs/api/index.html: run npm run docs first');
  mkdirSync(out, { recursive: true });
  const problems: string[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
      page.on('pageerror', (error) => problems.push(`${shot.page}: page error: ${error.message}`));
      await page.route('**/*', (route) =>
        route.request().url().startsWith('file:') ? route.continue() : (problems.push(`${shot.page}: network request ${route.request().url()}`), route.abort()),
      );
      await page.goto(pathToFileURL(join(site, shot.page)).href + ('hash' in shot ? shot.hash : ''), { waitUntil: 'load' });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, shot.file) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${shot.file}: ${shot.page} at ${shot.width}px, horizontal overflow ${overflow}px`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`docs:screenshots: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
