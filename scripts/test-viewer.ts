/**
 * `npm run test:browser` (second part): the evidence viewer works in a real browser, from `file://`.
 *
 * Writes the viewer of the embedded source and of a hostile source (markup and script in its title and text) to
 * `.tmp/viewer/`, opens each in Debian's headless Chromium (playwright-core), and checks: clicking a record
 * highlights exactly the spans of that record's quotes; clicking a span lists the records it supports; the keyboard
 * reaches the spans; nothing of the hostile text runs or becomes markup; no request leaves the page. Saves a
 * screenshot to `.tmp/viewer.png` (and a phone-sized one to `.tmp/viewer-phone.png`). Exits 1 on failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { draftCatalog } from '../src/authoring/index.js';
import { toEvidenceViewer } from '../src/export/index.js';
import { agreements, sources } from '../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.tmp');
const SOURCE = '2024-06-12-kr-kz-critical-minerals';
const RECORD = 'kr-kz-lithium-mou';

function fail(message: string): never {
  console.error(`test:browser (viewer): FAILED: ${message}`);
  process.exit(1);
}

const HOSTILE_TEXT = 'Atlantis </script><script>window.pwned = 1</script> and <img src=x onerror="window.pwned=2"> Lemuria signed a pact.';
function hostileViewer(): string {
  const cat = draftCatalog({
    records: [
      {
        id: 'hostile', kind: 'source', title: '<b onmouseover="window.pwned=3">Bold</b> & "quoted"', language: 'en', publisher: null, url: null,
        published: { value: '2030-05-04', precision: 'day', earliest: '2030-05-04', latest: '2030-05-04' },
        text: HOSTILE_TEXT, evidence: ['<img src=x onerror="window.pwned=2">'], note: null,
        provenance: { title: { basis: 'inferred', note: 'test', quotes: [] }, published: { basis: 'inferred', note: 'test', quotes: [] }, language: { basis: 'inferred', note: 'test', quotes: [] } },
      },
      { id: 'pact', kind: 'topic', name: 'pact', evidence: ['</script><script>window.pwned = 1</script> and', 'pact'], note: null },
    ],
  });
  return toEvidenceViewer('hostile', cat.data);
}

async function open(browser: Browser, file: string, problems: string[], viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (error) => problems.push(`page error in ${file}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error in ${file}: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== pathToFileURL(file).href) problems.push(`request left the page: ${request.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 30_000 });
  return page;
}

async function main(): Promise<void> {
  const dir = join(out, 'viewer');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${SOURCE}.html`);
  const hostile = join(dir, 'hostile.html');
  writeFileSync(file, toEvidenceViewer(SOURCE));
  writeFileSync(hostile, hostileViewer());
  const text = sources[SOURCE].text;
  const expected = [...new Set(agreements[RECORD].evidence.filter((e) => e.source === SOURCE).map((e) => e.quote))].sort();

  const problems: string[] = [];
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    const page = await open(browser, file, problems);
    // A record: its spans, and only its spans, light up.
    await page.click(`#records button[data-record="${RECORD}"]`);
    const active = await page.$$eval('mark.active', (marks) => marks.map((m) => ({ spans: (m as HTMLElement).dataset['spans']!, text: m.textContent ?? '' })));
    const data = JSON.parse((await page.textContent('#viewer-data'))!) as { spans: { start: number; end: number }[]; records: { id: string; spans: number[] }[] };
    const lit = [...new Set(active.flatMap((m) => m.spans.split(' ').map(Number)))];
    const mine = data.records.find((r) => r.id === RECORD)!.spans;
    const litQuotes = [...new Set(mine.map((s) => text.slice(data.spans[s]!.start, data.spans[s]!.end)))].sort();
    if (JSON.stringify(litQuotes) !== JSON.stringify(expected)) problems.push(`the record's spans are ${JSON.stringify(litQuotes)}, its quotes ${JSON.stringify(expected)}`);
    if (!mine.every((s) => lit.includes(s))) problems.push(`not every span of ${RECORD} is highlighted`);
    const stray = active.filter((m) => !m.spans.split(' ').map(Number).some((s) => mine.includes(s)));
    if (stray.length > 0) problems.push(`highlighted spans that are not ${RECORD}'s: ${stray.map((m) => m.text).join(' | ')}`);
    const shownText = active.map((m) => m.text).join('');
    for (const quote of expected) if (!shownText.includes(quote)) problems.push(`"${quote}" is not highlighted in one piece`);
    const pressed = await page.getAttribute(`#records button[data-record="${RECORD}"]`, 'aria-pressed');
    if (pressed !== 'true') problems.push(`the record's button is not marked pressed (${pressed})`);
    const details = (await page.textContent('#details')) ?? '';
    if (!details.includes(RECORD) || !/basis|stated|derived/.test(details)) problems.push(`the details do not name the record and bases: ${details.slice(0, 200)}`);
    const sha = await page.textContent('#sha256');
    if (sha !== sources[SOURCE].sha256) problems.push(`the page shows SHA-256 ${sha}`);
    await page.screenshot({ path: join(out, 'viewer.png'), fullPage: false });

    // A span, from the keyboard: Tab to the first mark, Enter, and it lists what it supports.
    await page.focus('mark[data-spans]');
    await page.keyboard.press('Enter');
    const supports = await page.$$eval('#details li[data-record]', (items) => items.map((i) => (i as HTMLElement).dataset['record']));
    if (supports.length === 0) problems.push('Enter on a span listed no records');

    const phone = await open(browser, file, problems, { width: 390, height: 844 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`on a phone the page is ${overflow}px wider than the screen`);
    await phone.screenshot({ path: join(out, 'viewer-phone.png') });

    // Hostile text: shown as text, never run.
    const bad = await open(browser, hostile, problems);
    await bad.click('#records button[data-record="pact"]');
    const pwned = await bad.evaluate(() => (window as { pwned?: unknown }).pwned ?? null);
    if (pwned !== null) problems.push(`hostile text ran: window.pwned = ${String(pwned)}`);
    const shown = await bad.textContent('#text');
    if (shown !== HOSTILE_TEXT) problems.push(`the hostile text is not shown as it is: ${shown}`);
    const injected = await bad.$$eval('#text img, #text script, header b', (els) => els.length);
    if (injected > 0) problems.push(`${injected} elements were made from the hostile text`);
    if ((await bad.$$('mark.active')).length !== 2) problems.push('the hostile record does not light its two spans');

    if (problems.length > 0) throw new Error(problems.join('; '));
    console.log(
      `test:browser (viewer): ok: Chromium ${browser.version()} from file://: ${RECORD} lights ${mine.length} spans (${active.length} marks), ` +
        `a span lists ${supports.length} records, hostile text stays text; screenshot .tmp/viewer.png`,
    );
  } finally {
    await browser?.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
