/**
 * The evidence viewer on a small made-up dataset, compared as exact text: the whole page (the style and the script
 * aside), the marked-up source text span by span, the records list, the data the page carries, and the errors.
 * The page's script is then run against a minimal stand-in for the DOM built from the page's own markup: clicking a
 * record, clicking a span and pressing Enter or Space on one show what the page promises. (`npm run test:browser`
 * runs the same page in Chromium.)
 */
import { describe, expect, it } from 'vitest';
import { toEvidenceViewer } from '../src/export/evidence-viewer.js';
import type { AnyDataset } from '../src/export/record-kind.js';
import { DATASET_KEYS, InvalidArgumentError } from '../src/index.js';
import { thrown } from './helpers.js';

// Offsets:   0     6 8 9         19 21       30 31     38  40  43 45   50   54    60     61     68   73 75 76 77
const TEXT = 'Korea & <Kazakhstan> signed a "lithium" MOU; it\'s the first.\u2028Seoul, June 12.\u2029End';
const OTHER_TEXT = 'Seoul talks on June 11.';

/** A quote of `quote` in the source `source` (its first occurrence). */
function ev(quote: string, source = 'src') {
  const text = source === 'src' ? TEXT : OTHER_TEXT;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no "${quote}" in ${source}`);
  return { source, start, end: start + quote.length, quote };
}

const DATE = { value: '2024-06-12', precision: 'day', earliest: '2024-06-12', latest: '2024-06-12' };
const LONG_NAME = `Lithium${' and lithium'.repeat(9)}`; // 106 characters: the list shows the first 80
const MOU_NAME = 'Korea–Kazakhstan "lithium" MOU';
const TITLE = 'Korea & "Kazakhstan" <talks>, it\'s on';

/**
 * Two sources; records of several kinds quoting `src`: nested, overlapping and shared spans, a record quoting one
 * span twice, quotes in the other source, fields and claims that cite other quotes, and a record with no quotes.
 */
function viewerDataset(): AnyDataset {
  const empty = Object.fromEntries(Object.values(DATASET_KEYS).map((key) => [key, {}]));
  return {
    ...empty,
    sources: {
      src: {
        id: 'src', kind: 'source', title: TITLE, language: 'en', text: TEXT, sha256: 'ab12cd34',
        published: DATE, evidence: [ev('Seoul, June 12')], provenance: { published: { basis: 'stated', evidence: [0] } },
      },
      other: {
        id: 'other', kind: 'source', title: 'Other', language: 'en', text: OTHER_TEXT, sha256: 'ff00',
        published: DATE, evidence: [ev('Seoul', 'other')], provenance: { published: { basis: 'stated', evidence: [0] } },
      },
    },
    countries: {
      KZ: { id: 'KZ', kind: 'country', name: 'Kazakhstan', evidence: [ev('Kazakhstan')], provenance: { name: { basis: 'stated', evidence: [0] } } },
      KR: {
        id: 'KR', kind: 'country', name: 'South Korea', evidence: [ev('Seoul', 'other'), ev('Korea & <Kazakhstan>')],
        provenance: { aliases: { basis: 'stated', evidence: [0] }, name: { basis: 'stated', evidence: [1] } },
      },
    },
    people: { kim: { id: 'kim', kind: 'person', familyName: 'Kim', evidence: [ev("it's")], provenance: {} } },
    organizations: { org1: { id: 'org1', kind: 'organization', label: 'The <Org> & co', evidence: [ev('the first')], provenance: {} } },
    topics: {
      lithium: { id: 'lithium', kind: 'topic', name: LONG_NAME, evidence: [ev('signed a "lithium"')], provenance: { name: { basis: 'inferred', note: 'n', evidence: [0] } } },
    },
    agreements: {
      mou: {
        id: 'mou', kind: 'agreement', name: MOU_NAME, date: DATE, parties: ['KR', 'KZ'], signedBy: ['KR'], agreedBy: [],
        evidence: [ev('"lithium" MOU'), ev('Kazakhstan'), ev('Kazakhstan'), ev('June 11', 'other'), ev('June 12')],
        provenance: {
          name: { basis: 'stated', evidence: [0] },
          parties: { basis: 'stated', evidence: [1, 2], claims: [{ value: ['KR', 'KZ'], basis: 'stated', evidence: [1] }] },
          agreedBy: { basis: 'inferred', note: 'n', evidence: [1] },
          signedBy: { basis: 'stated', evidence: [2] },
          date: {
            basis: 'derived', rule: 'local-date-of-event', evidence: [4, 3], conflict: true,
            claims: [
              { value: DATE, basis: 'stated', evidence: [4] },
              { value: '2024-06-11', basis: 'derived', rule: 'weekday-before-publication', evidence: [4] },
              { value: '2024-06-13', basis: 'stated', evidence: [3] },
            ],
          },
        },
      },
    },
    statements: { st1: { id: 'st1', kind: 'statement', text: 'Seoul, June 12.', evidence: [ev('Seoul, June 12')], provenance: { text: { basis: 'stated', evidence: [0] } } } },
    figures: { f1: { id: 'f1', kind: 'figure', name: 'No quotes', evidence: [], provenance: {} } },
  } as unknown as AnyDataset;
}

const mark = (spans: string, html: string) => `<mark tabindex="0" role="button" data-spans="${spans}">${html}</mark>`;

/** The source text, marked up: one `<mark>` per stretch, naming every span that covers it (by index, ascending). */
const ARTICLE =
  mark('2', 'Korea &amp; &lt;') + mark('1 2', 'Kazakhstan') + mark('2', '&gt;') + ' ' +
  mark('5', 'signed a ') + mark('5 6', '&quot;lithium&quot;') + mark('6', ' MOU') + '; ' +
  mark('3', 'it&#39;s') + ' ' + mark('4', 'the first') + '.\u2028' +
  mark('0', 'Seoul, ') + mark('0 7', 'June 12') + '.\u2029End';

const button = (i: number, id: string, kind: string, label: string) =>
  `<li><button type="button" aria-pressed="false" data-record="${id}" data-index="${i}"><span class="kind">${kind}</span> ${label}</button></li>`;

const RECORDS_HTML = [
  button(0, 'src', 'source', 'Korea &amp; &quot;Kazakhstan&quot; &lt;talks&gt;, it&#39;s on'),
  button(1, 'KZ', 'country', 'Kazakhstan'),
  button(2, 'KR', 'country', 'South Korea'),
  button(3, 'kim', 'person', 'kim'),
  button(4, 'org1', 'organization', 'The &lt;Org&gt; &amp; co'),
  button(5, 'lithium', 'topic', LONG_NAME.slice(0, 80)),
  button(6, 'mou', 'agreement', 'Korea–Kazakhstan &quot;lithium&quot; MOU'),
  button(7, 'st1', 'statement', 'Seoul, June 12.'),
].join('\n');

const STYLE_AND_SCRIPT_ASIDE = (page: string) =>
  page.replace(/<style>[\s\S]*?<\/style>/, '<style>STYLE</style>').replace(/<script>[\s\S]*?<\/script>/, '<script>SCRIPT</script>');

const f = (path: string, basis: string) => ({ path, basis });
/** What the page's data says: the text, the spans with the fields each record's quote supports, and the records. */
const EXPECTED_DATA = {
  text: TEXT,
  spans: [
    { start: 61, end: 75, uses: [{ record: 'src', kind: 'source', fields: [f('published', 'stated')] }, { record: 'st1', kind: 'statement', fields: [f('text', 'stated')] }] },
    {
      start: 9, end: 19,
      uses: [
        { record: 'KZ', kind: 'country', fields: [f('name', 'stated')] },
        { record: 'mou', kind: 'agreement', fields: [f('parties', 'stated'), f('agreedBy', 'inferred'), f('parties', 'claim KR, KZ by stated'), f('signedBy', 'stated')] },
      ],
    },
    { start: 0, end: 20, uses: [{ record: 'KR', kind: 'country', fields: [f('name', 'stated')] }] },
    { start: 45, end: 49, uses: [{ record: 'kim', kind: 'person', fields: [] }] },
    { start: 50, end: 59, uses: [{ record: 'org1', kind: 'organization', fields: [] }] },
    { start: 21, end: 39, uses: [{ record: 'lithium', kind: 'topic', fields: [f('name', 'inferred')] }] },
    { start: 30, end: 43, uses: [{ record: 'mou', kind: 'agreement', fields: [f('name', 'stated')] }] },
    {
      start: 68, end: 75,
      uses: [{
        record: 'mou', kind: 'agreement',
        fields: [
          f('date', 'derived'),
          f('date', 'claim 2024-06-12 by stated, the resolved value (local-date-of-event)'),
          f('date', 'claim 2024-06-11 by weekday-before-publication, overruled by local-date-of-event'),
        ],
      }],
    },
  ],
  records: [
    { id: 'src', kind: 'source', label: TITLE, spans: [0] },
    { id: 'KZ', kind: 'country', label: 'Kazakhstan', spans: [1] },
    { id: 'KR', kind: 'country', label: 'South Korea', spans: [2] },
    { id: 'kim', kind: 'person', label: 'kim', spans: [3] },
    { id: 'org1', kind: 'organization', label: 'The <Org> & co', spans: [4] },
    { id: 'lithium', kind: 'topic', label: LONG_NAME.slice(0, 80), spans: [5] },
    { id: 'mou', kind: 'agreement', label: MOU_NAME, spans: [6, 1, 7] },
    { id: 'st1', kind: 'statement', label: 'Seoul, June 12.', spans: [0] },
  ],
};

/** The raw JSON inside `<script type="application/json" id="viewer-data">`. */
function rawData(page: string): string {
  const match = /<script type="application\/json" id="viewer-data">([\s\S]*?)<\/script>/.exec(page);
  if (!match) throw new Error('no viewer-data');
  return match[1]!;
}

/** The page of `src` (built inside each test, so that a mutant switched on for a test is in the page it reads). */
const viewerPage = () => toEvidenceViewer('src', viewerDataset());

describe('toEvidenceViewer on a made-up dataset', () => {

  it('writes the whole page: header, marked-up text, records list and data', () => {
    const page = viewerPage();
    expect(TEXT.length).toBe(80);
    expect(STYLE_AND_SCRIPT_ASIDE(page)).toBe(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>Evidence: Korea &amp; &quot;Kazakhstan&quot; &lt;talks&gt;, it&#39;s on</title>
<style>STYLE</style>
</head>
<body>
<header>
<h1>Korea &amp; &quot;Kazakhstan&quot; &lt;talks&gt;, it&#39;s on</h1>
<dl>
<div><dt>Source</dt><dd>src</dd></div>
<div><dt>Published</dt><dd>2024-06-12</dd></div>
<div><dt>SHA-256</dt><dd id="sha256">ab12cd34</dd></div>
<div><dt>Quoted</dt><dd>8 spans, 8 records</dd></div>
</dl>
</header>
<main>
<article id="text" aria-label="Source text">${ARTICLE}</article>
<aside>
<section id="details" aria-live="polite"></section>
<h2 style="font-size:1rem;margin:.2rem 0 .4rem">Records</h2>
<ul id="records">
${RECORDS_HTML}
</ul>
</aside>
</main>
<script type="application/json" id="viewer-data">${rawData(page)}</script>
<script>SCRIPT</script>
</body>
</html>
`);
  });

  it('carries its data as JSON that cannot end the script element or break a line', () => {
    const raw = rawData(viewerPage());
    expect(JSON.parse(raw)).toEqual(EXPECTED_DATA);
    for (const c of ['<', '>', '&', '\u2028', '\u2029']) expect(raw.includes(c), c).toBe(false);
    expect(raw).toContain(String.raw`"text":"Korea \u0026 \u003cKazakhstan\u003e signed a \"lithium\" MOU; it's the first.\u2028Seoul, June 12.\u2029End"`);
  });

  it('has its style: highlight depths, the active span, a phone layout', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(viewerPage())![1]!;
    expect(style).toContain('mark { background: #fff3b0; border-radius: 2px; cursor: pointer; }');
    expect(style).toContain('mark[data-depth="2"] { background: #ffe27a; } mark[data-depth="3"] { background: #ffd04a; }');
    expect(style).toContain('mark.active { background: #7fd1ff; outline: 2px solid #0b67a3; }');
    expect(style).toContain('@media (max-width: 700px) {');
  });

  it('escapes the language and clamps quotes that run outside the text', () => {
    const data = viewerDataset() as unknown as { sources: Record<string, Record<string, unknown>>; topics: Record<string, unknown> };
    data.sources['src'] = { ...data.sources['src'], language: 'en"><x', text: 'abc', evidence: [] };
    data.topics = {
      t: { id: 't', kind: 'topic', name: 'T', provenance: {}, evidence: [{ source: 'src', start: -2, end: 1, quote: '' }, { source: 'src', start: 2, end: 6, quote: '' }] },
    };
    const empty = Object.fromEntries(Object.values(DATASET_KEYS).map((key) => [key, {}]));
    const small = toEvidenceViewer('src', { ...empty, sources: data.sources, topics: data.topics } as unknown as AnyDataset);
    expect(small).toContain('<html lang="en&quot;&gt;&lt;x">');
    expect(small).toContain(`<article id="text" aria-label="Source text">${mark('0', 'a')}b${mark('1', 'c')}</article>`);
  });

  it('shows an unquoted text as it is, with no marks', () => {
    const empty = Object.fromEntries(Object.values(DATASET_KEYS).map((key) => [key, {}]));
    const data = viewerDataset() as unknown as { sources: Record<string, Record<string, unknown>> };
    const sources = { src: { ...data.sources['src'], evidence: [], text: 'x < y' } };
    const bare = toEvidenceViewer('src', { ...empty, sources } as unknown as AnyDataset);
    expect(bare).toContain('<article id="text" aria-label="Source text">x &lt; y</article>');
    expect(bare).toContain('<dd>0 spans, 0 records</dd>');
    expect(bare).toContain('<ul id="records">\n\n</ul>');
  });
});

describe('toEvidenceViewer errors', () => {
  const data = viewerDataset();
  it.each([
    ['an unknown id', 'nope', 'No source "nope" in the dataset: expected one of "src", "other".'],
    ['an inherited property', 'toString', 'No source "toString" in the dataset: expected one of "src", "other".'],
    ['a list naming a source', ['src'], 'No source ["src"] in the dataset: expected one of "src", "other".'],
    ['a number', 42, 'No source 42 in the dataset: expected one of "src", "other".'],
  ])('rejects %s, naming the sources it has', (_, input, message) => {
    const error = thrown(() => toEvidenceViewer(input as string, data)) as InvalidArgumentError;
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect({ message: error.message, parameter: error.parameter, input: error.input }).toEqual({ message, parameter: 'sourceId', input });
  });
});

// ---- The page's script, run against a stand-in for the DOM made from the page's markup. ----

class FakeElement {
  textContent: string | undefined;
  className = '';
  readonly dataset: Record<string, string> = {};
  readonly attributes: Record<string, string> = {};
  readonly classes = new Set<string>();
  readonly scrolls: unknown[] = [];
  children: (FakeElement | string)[] = [];
  private readonly listeners: Record<string, ((event: unknown) => void)[]> = {};
  readonly classList = { toggle: (name: string, on: boolean) => (on ? this.classes.add(name) : this.classes.delete(name)) };
  constructor(readonly tag: string) {}
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  fire(type: string, event: Record<string, unknown> = {}) {
    for (const listener of this.listeners[type] ?? []) listener(event);
  }
  append(...nodes: (FakeElement | string)[]) {
    this.children.push(...nodes);
  }
  replaceChildren(...nodes: (FakeElement | string)[]) {
    this.children = nodes;
  }
  scrollIntoView(options: unknown) {
    this.scrolls.push(options);
  }
  /** The element as markup: tag, class, data-record, its text, then its children. */
  html(): string {
    const cls = this.className ? ` class="${this.className}"` : '';
    const rec = this.dataset['record'] ? ` data-record="${this.dataset['record']}"` : '';
    const inner = (this.textContent ?? '') + this.children.map((c) => (typeof c === 'string' ? c : c.html())).join('');
    return `<${this.tag}${cls}${rec}>${inner}</${this.tag}>`;
  }
}

/** Loads the page into the stand-in: its marks, record buttons, details, data; runs its script. */
function loadPage(page: string) {
  const marks = [...page.matchAll(/<mark tabindex="0" role="button" data-spans="([^"]*)">([^<]*)<\/mark>/g)].map(([, spans, text]) => {
    const m = new FakeElement('mark');
    m.dataset['spans'] = spans!;
    m.textContent = text;
    return m;
  });
  const buttons = [...page.matchAll(/<button type="button" aria-pressed="false" data-record="([^"]*)"/g)].map(([, id]) => {
    const b = new FakeElement('button');
    b.dataset['record'] = id!;
    b.setAttribute('aria-pressed', 'false');
    return b;
  });
  const details = new FakeElement('section');
  const data = { textContent: rawData(page) };
  const document = {
    getElementById: (id: string) => ({ 'viewer-data': data, details })[id] ?? null,
    querySelectorAll: (selector: string) => ({ 'mark[data-spans]': marks, '#records button': buttons })[selector] ?? [],
    createElement: (tag: string) => new FakeElement(tag),
  };
  const script = /<script>((?:(?!<\/script>)[\s\S])*)<\/script>\n<\/body>/.exec(page)![1]!;
  new Function('document', script)(document);
  const active = () => marks.flatMap((m, i) => (m.classes.has('active') ? [i] : []));
  const pressed = () => buttons.map((b) => b.attributes['aria-pressed']);
  return { marks, buttons, details, active, pressed };
}

describe('the page’s script', () => {
  // The marks in page order: 0 "2", 1 "1 2", 2 "2", 3 "5", 4 "5 6", 5 "6", 6 "3", 7 "4", 8 "0", 9 "0 7".

  it('shades each mark by how many spans cover it, and selects nothing at first', () => {
    const view = loadPage(viewerPage());
    expect(view.marks.map((m) => m.dataset['spans'])).toEqual(['2', '1 2', '2', '5', '5 6', '6', '3', '4', '0', '0 7']);
    expect(view.marks.map((m) => m.dataset['depth'])).toEqual(['1', '2', '1', '1', '2', '1', '1', '1', '1', '2']);
    expect(view.active()).toEqual([]);
    expect(view.details.children).toEqual([]);
  });

  it('on a record’s button: presses it, lights its spans, scrolls to the first, lists its quotes and fields', () => {
    const view = loadPage(viewerPage());
    view.buttons[6]!.fire('click');
    expect(view.pressed()).toEqual(['false', 'false', 'false', 'false', 'false', 'false', 'true', 'false']);
    expect(view.active()).toEqual([1, 4, 5, 9]);
    expect(view.marks.map((m) => m.scrolls)).toEqual([[], [{ block: 'center' }], [], [], [], [], [], [], [], []]);
    expect(view.details.children.map((c) => (typeof c === 'string' ? c : c.html())).join('')).toBe(
      '<strong>agreement mou</strong><div>Korea–Kazakhstan "lithium" MOU</div><ul>' +
        '<li>“"lithium" MOU” <span class="basis">name: stated</span> </li>' +
        '<li>“Kazakhstan” <span class="basis">parties: stated</span> <span class="basis">agreedBy: inferred</span> ' +
        '<span class="basis">parties: claim KR, KZ by stated</span> <span class="basis">signedBy: stated</span> </li>' +
        '<li>“June 12” <span class="basis">date: derived</span> ' +
        '<span class="basis">date: claim 2024-06-12 by stated, the resolved value (local-date-of-event)</span> ' +
        '<span class="basis">date: claim 2024-06-11 by weekday-before-publication, overruled by local-date-of-event</span> </li></ul>',
    );
    // Another record: the first is released, only the new one's spans stay lit.
    view.buttons[3]!.fire('click');
    expect(view.pressed()).toEqual(['false', 'false', 'false', 'true', 'false', 'false', 'false', 'false']);
    expect(view.active()).toEqual([6]);
    expect(view.details.children.map((c) => (typeof c === 'string' ? c : c.html())).join('')).toBe(
      '<strong>person kim</strong><div>kim</div><ul><li>“it\'s” </li></ul>',
    );
  });

  it('on a span (click, Enter or Space): lights the spans it shares, releases the buttons, lists what they support', () => {
    const view = loadPage(viewerPage());
    view.buttons[0]!.fire('click');
    view.marks[9]!.fire('click');
    expect(view.pressed()).toEqual(Array(8).fill('false'));
    expect(view.active()).toEqual([8, 9]);
    const supports =
      '<strong>This passage supports</strong><ul>' +
      '<li data-record="src"><span>source src: </span>published (stated)</li>' +
      '<li data-record="st1"><span>statement st1: </span>text (stated)</li>' +
      '<li data-record="mou"><span>agreement mou: </span>date (derived), date (claim 2024-06-12 by stated, the resolved value (local-date-of-event)), ' +
      'date (claim 2024-06-11 by weekday-before-publication, overruled by local-date-of-event)</li></ul>';
    const shown = () => view.details.children.map((c) => (typeof c === 'string' ? c : c.html())).join('');
    expect(shown()).toBe(supports);

    let prevented = 0;
    const key = (k: string) => ({ key: k, preventDefault: () => prevented++ });
    view.marks[6]!.fire('keydown', key('a'));
    expect([shown(), prevented]).toEqual([supports, 0]);
    view.marks[6]!.fire('keydown', key('Enter'));
    expect([view.active(), shown(), prevented]).toEqual([[6], '<strong>This passage supports</strong><ul><li data-record="kim"><span>person kim: </span>evidence only</li></ul>', 1]);
    view.marks[1]!.fire('keydown', key(' '));
    expect([view.active(), prevented]).toEqual([[0, 1, 2], 2]);
    expect(shown()).toBe(
      '<strong>This passage supports</strong><ul>' +
        '<li data-record="KZ"><span>country KZ: </span>name (stated)</li>' +
        '<li data-record="mou"><span>agreement mou: </span>parties (stated), agreedBy (inferred), parties (claim KR, KZ by stated), signedBy (stated)</li>' +
        '<li data-record="KR"><span>country KR: </span>name (stated)</li></ul>',
    );
  });
});
