/**
 * The evidence viewer: one self-contained HTML page per source, with the source text, every quoted span
 * highlighted, and the records that quote it. Selecting a record highlights its quotes and scrolls to them;
 * selecting a highlighted span lists the records and fields it supports, with their basis. No server, no network
 * (a Content-Security-Policy forbids any request), works from `file://`, readable on a phone, usable from the
 * keyboard. Every text from the data (the source text, titles, ids) is escaped: the page treats it as untrusted.
 *
 * @module
 */
import { dataset } from '../embedded.js';
import { InvalidArgumentError } from '../errors.js';
import { valueAt, type ProvenanceRef } from '../provenance.js';
import type { AnyIds, AnyRecord, Dataset, Source } from '../types.js';
import { RECORD_KINDS } from '../vocabulary.js';
import { recordsOf, type AnyDataset } from './record-kind.js';

/** One highlighted span: its offsets, and which fields of which records it supports. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly uses: { record: string; kind: string; fields: { path: string; basis: string }[] }[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for HTML content and attribute values. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
/** JSON made safe inside a `<script>` element: no `</script>`, no `<!--`, no line separators. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** A record's name for a list: its name, title, label or text, else its id. */
function labelOf(record: AnyRecord<AnyIds>): string {
  const r = record as unknown as Record<string, unknown>;
  for (const key of ['name', 'title', 'label', 'text']) if (typeof r[key] === 'string') return (r[key] as string).slice(0, 80);
  return record.id;
}

/** A claimed value in a few words: a date's value, a list joined, anything else as JSON. */
function shortValue(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The spans of one source and, per record, the spans it quotes. */
function collect(source: Source<AnyIds>, data: AnyDataset) {
  const spans: Span[] = [];
  const byOffsets = new Map<string, number>();
  const records: { id: string; kind: string; label: string; spans: number[] }[] = [];
  for (const kind of RECORD_KINDS) {
    for (const record of recordsOf(kind, data)) {
      const mine: number[] = [];
      const refs = Object.entries((record as { provenance?: Record<string, ProvenanceRef<AnyIds>> }).provenance ?? {});
      record.evidence.forEach((evidence, i) => {
        if (evidence.source !== source.id) return;
        const key = `${evidence.start}:${evidence.end}`;
        let at = byOffsets.get(key);
        if (at === undefined) {
          at = spans.push({ start: evidence.start, end: evidence.end, uses: [] }) - 1;
          byOffsets.set(key, at);
        }
        const fields: { path: string; basis: string }[] = refs.filter(([, ref]) => ref.evidence.includes(i)).map(([path, ref]) => ({ path, basis: ref.basis }));
        // A claim this quote makes, the losing ones too: where sources disagree, the viewer says so.
        for (const [path, ref] of refs) {
          for (const claim of ref.claims ?? []) {
            if (!claim.evidence.includes(i)) continue;
            const won = JSON.stringify(claim.value) === JSON.stringify(valueAt(record, path));
            const how = claim.rule ?? claim.basis;
            const verdict = ref.conflict ? (won ? `, the resolved value (${ref.rule})` : `, overruled by ${ref.rule}`) : '';
            fields.push({ path, basis: `claim ${shortValue(claim.value)} by ${how}${verdict}` });
          }
        }
        const use = spans[at]!.uses.find((u) => u.record === record.id);
        if (use) use.fields.push(...fields.filter((f) => !use.fields.some((g) => g.path === f.path)));
        else spans[at]!.uses.push({ record: record.id, kind: record.kind, fields });
        if (!mine.includes(at)) mine.push(at);
      });
      if (mine.length > 0) records.push({ id: record.id, kind: record.kind, label: labelOf(record), spans: mine });
    }
  }
  return { spans, records };
}

/** The source text as HTML: each stretch covered by quotes a `<mark>` naming its spans (one sweep over the text). */
function markUp(text: string, spans: readonly Span[]): string {
  const cuts = new Set([0, text.length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const byStart = spans.map((span, n) => n).sort((a, b) => spans[a]!.start - spans[b]!.start);
  let next = 0;
  let active: number[] = [];
  const parts: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    while (next < byStart.length && spans[byStart[next]!]!.start <= from) active.push(byStart[next++]!);
    active = active.filter((n) => spans[n]!.end > from);
    const covering = active.filter((n) => spans[n]!.end >= to).sort((a, b) => a - b);
    const piece = escapeHtml(text.slice(from, to));
    parts.push(covering.length === 0 ? piece : `<mark tabindex="0" role="button" data-spans="${covering.join(' ')}">${piece}</mark>`);
  }
  return parts.join('');
}

const STYLE = `
:root { color-scheme: light; font: 16px/1.55 system-ui, sans-serif; }
body { margin: 0; color: #1b1b1b; background: #fafafa; }
header { padding: .8rem 1rem; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.15rem; margin: 0 0 .3rem; }
header dl { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; margin: 0; font-size: .85rem; }
header dt { font-weight: 600; } header dd { margin: 0; overflow-wrap: anywhere; font-family: ui-monospace, monospace; }
main { display: flex; gap: 1rem; padding: 1rem; align-items: flex-start; }
#text { flex: 3; white-space: pre-wrap; background: #fff; padding: 1rem; border: 1px solid #ddd; border-radius: 6px; }
aside { flex: 2; position: sticky; top: .5rem; max-height: calc(100vh - 1rem); display: flex; flex-direction: column; min-width: 0; }
mark { background: #fff3b0; border-radius: 2px; cursor: pointer; }
mark[data-depth="2"] { background: #ffe27a; } mark[data-depth="3"] { background: #ffd04a; }
mark.active { background: #7fd1ff; outline: 2px solid #0b67a3; }
mark:focus-visible, button:focus-visible { outline: 3px solid #0b67a3; outline-offset: 1px; }
#records { list-style: none; padding: 0; margin: 0; overflow: auto; flex: 1; min-height: 0; }
#records button { display: block; width: 100%; text-align: left; font: inherit; font-size: .9rem; padding: .35rem .5rem; margin: 0 0 2px;
  border: 1px solid #ddd; border-radius: 4px; background: #fff; cursor: pointer; }
#records button[aria-pressed="true"] { background: #dff2ff; border-color: #0b67a3; }
#records .kind { color: #666; font-size: .8rem; }
#details { flex: none; max-height: 45vh; overflow: auto; background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .5rem .8rem; margin-bottom: .8rem; font-size: .9rem; }
#details:empty { display: none; }
#details ul { padding-left: 1.1rem; margin: .3rem 0; }
.basis { font-size: .75rem; padding: 0 .3rem; border-radius: 3px; background: #eee; }
@media (max-width: 700px) { main { flex-direction: column; padding: .5rem; } aside { position: static; max-height: none; width: 100%; } #records { overflow: visible; } #text { padding: .6rem; } }
`;

/** The page's script: plain DOM, no library, reads the data from the page itself. */
const SCRIPT = `
(() => {
  const data = JSON.parse(document.getElementById('viewer-data').textContent);
  const marks = [...document.querySelectorAll('mark[data-spans]')];
  const spansOf = (mark) => mark.dataset.spans.split(' ').map(Number);
  for (const mark of marks) mark.dataset.depth = String(Math.min(3, spansOf(mark).length));
  const details = document.getElementById('details');
  const buttons = [...document.querySelectorAll('#records button')];
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
  function highlight(spans) {
    let first = null;
    for (const mark of marks) {
      const on = spansOf(mark).some((s) => spans.includes(s));
      mark.classList.toggle('active', on);
      if (on && first === null) first = mark;
    }
    return first;
  }
  function selectRecord(index) {
    const record = data.records[index];
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === index)));
    const first = highlight(record.spans);
    details.replaceChildren(el('strong', record.kind + ' ' + record.id), el('div', record.label));
    const list = el('ul');
    for (const s of record.spans) {
      const span = data.spans[s];
      const use = span.uses.find((u) => u.record === record.id);
      const item = el('li', '“' + data.text.slice(span.start, span.end) + '” ');
      for (const f of use.fields) item.append(el('span', f.path + ': ' + f.basis, 'basis'), ' ');
      list.append(item);
    }
    details.append(list);
    if (first) first.scrollIntoView({ block: 'center' });
  }
  function selectMark(mark) {
    const spans = spansOf(mark);
    highlight(spans);
    buttons.forEach((b) => b.setAttribute('aria-pressed', 'false'));
    details.replaceChildren(el('strong', 'This passage supports'));
    const list = el('ul');
    for (const s of spans) for (const use of data.spans[s].uses) {
      const item = el('li');
      item.append(el('span', use.kind + ' ' + use.record + ': '));
      item.append(use.fields.length === 0 ? 'evidence only' : use.fields.map((f) => f.path + ' (' + f.basis + ')').join(', '));
      item.dataset.record = use.record;
      list.append(item);
    }
    details.append(list);
  }
  buttons.forEach((button, i) => button.addEventListener('click', () => selectRecord(i)));
  for (const mark of marks) {
    mark.addEventListener('click', () => selectMark(mark));
    mark.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); selectMark(mark); } });
  }
})();
`;

/**
 * The evidence viewer of one source as a self-contained HTML page: the text with every quoted span highlighted,
 * the records that quote it, and the source's SHA-256 and publication date. Write it to a file and open it.
 *
 * @throws `InvalidArgumentError` when the dataset has no such source, suggesting the ones it has.
 * @example
 * ```ts
 * import { toEvidenceViewer } from 'critical-minerals/export';
 * const html = toEvidenceViewer('2024-06-12-kr-kz-critical-minerals');
 * console.log(html.startsWith('<!doctype html>'), html.includes('data-record="kr-kz-lithium-mou"')); // true true
 * ```
 * @group Graphs and viewer
 */
export function toEvidenceViewer(sourceId: string, data: AnyDataset = dataset): string {
  const sources = (data as Dataset<AnyIds>).sources as Readonly<Record<string, Source<AnyIds>>>;
  if (typeof sourceId !== 'string' || !Object.hasOwn(sources, sourceId)) {
    throw new InvalidArgumentError(
      `No source ${JSON.stringify(sourceId)} in the dataset: expected one of ${Object.keys(sources).map((id) => `"${id}"`).join(', ')}.`,
      'sourceId',
      sourceId,
    );
  }
  const source = sources[sourceId]!;
  const { spans, records } = collect(source, data);
  const list = records
    .map((r, i) => `<li><button type="button" aria-pressed="false" data-record="${escapeHtml(r.id)}" data-index="${i}"><span class="kind">${escapeHtml(r.kind)}</span> ${escapeHtml(r.label)}</button></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(source.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>Evidence: ${escapeHtml(source.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(source.title)}</h1>
<dl>
<div><dt>Source</dt><dd>${escapeHtml(source.id)}</dd></div>
<div><dt>Published</dt><dd>${escapeHtml(source.published.value)}</dd></div>
<div><dt>SHA-256</dt><dd id="sha256">${escapeHtml(source.sha256)}</dd></div>
<div><dt>Quoted</dt><dd>${spans.length} spans, ${records.length} records</dd></div>
</dl>
</header>
<main>
<article id="text" aria-label="Source text">${markUp(source.text, spans)}</article>
<aside>
<section id="details" aria-live="polite"></section>
<h2 style="font-size:1rem;margin:.2rem 0 .4rem">Records</h2>
<ul id="records">
${list}
</ul>
</aside>
</main>
<script type="application/json" id="viewer-data">${scriptJson({ text: source.text, spans, records })}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
