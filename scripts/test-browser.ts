/**
 * `npm run test:browser`: the one-helper browser bundle runs in a real browser.
 *
 * Builds the package (`npm run build`), bundles `test/browser/app.js` (which imports only `mineralsOf` from
 * `critical-minerals`, resolved through the package's own `exports` as a consumer's bundler would) with esbuild
 * for the browser, serves it on 127.0.0.1, opens it in Debian's headless Chromium driven by playwright-core, and
 * checks that the page shows what Node gets from the same build. Any page error, console error or request that
 * leaves the local server fails the run. Prints one line; exits 0 on success, 1 on failure.
 *
 * Needs `/usr/bin/chromium` (Debian's `chromium` package); without it, says how to install it and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { browserBundle } from './bench/bundle.js';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

const root = new URL('..', import.meta.url).pathname;
const fixture = join(root, 'test/browser');

function fail(message: string): never {
  console.error(`test:browser: FAILED: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.error(
      `test:browser: ${CHROMIUM} not found. Install Debian's Chromium first:\n` +
        '  apt-get update && apt-get install -y chromium\n' +
        '(as root, or with sudo), then run npm run test:browser again.',
    );
    process.exit(1);
  }

  // The page must run the package as shipped, so build it first.
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`);
    fail('npm run build failed');
  }

  const bundle = await browserBundle({ file: join(fixture, 'app.js') });
  const { code } = bundle;
  const inputs = Object.keys(bundle.metafile.inputs);
  if (inputs.some((input) => input.includes('node_modules/zod'))) fail(`the bundle pulled in zod: ${inputs.join(', ')}`);
  if (bundle.builtins.length > 0) fail(`the bundle imports Node built-ins: ${bundle.builtins.join(', ')}`);
  const gzip = gzipSync(code).length;

  // What the page should show: the same helper, from the same build, run by Node.
  const core = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as {
    mineralsOf: (country: string) => readonly { mineral: string }[];
  };
  const expected = [...new Set(core.mineralsOf('KZ').map((link) => link.mineral))].join(', ');
  if (expected === '') fail('Node found no minerals for KZ in dist/index.js');

  const html = readFileSync(join(fixture, 'index.html'));
  const server: Server = createServer((request, response) => {
    if (request.url === '/' || request.url === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (request.url === '/app.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(code);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let browser: Browser | undefined;
  const problems: string[] = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) problems.push(`request left the local server: ${url}`);
    });
    await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 30_000 });
    const out = page.locator('#out[data-status]');
    await out.waitFor({ timeout: 30_000 });
    const status = await out.getAttribute('data-status');
    const shown = (await out.textContent()) ?? '';
    if (status !== 'ok') problems.push(`the page threw: ${shown}`);
    else if (shown !== expected) problems.push(`the page shows "${shown}", Node gets "${expected}"`);
    if (problems.length > 0) throw new Error(problems.join('; '));
    console.log(
      `test:browser: ok: Chromium ${browser.version()} ran mineralsOf('KZ') from a ${(gzip / 1024).toFixed(1)} KB gzip ` +
        `bundle (${(code.length / 1024).toFixed(1)} KB minified) and shows "${shown}"`,
    );
  } finally {
    await browser?.close();
    server.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
