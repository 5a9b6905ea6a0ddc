/**
 * `npm run demo`: a short tour of the embedded data through the public API, each fact with its evidence.
 */
import {
  agreementsBetween,
  countries,
  evidenceOf,
  get,
  mineralsOf,
  partnersOf,
  provenanceOf,
  resolveCountry,
  sources,
  statementsBy,
  timeline,
  UnknownIdError,
} from '../src/index.js';

const source = sources['2024-06-12-kr-kz-critical-minerals'];
const line = (text = '') => console.log(text);
const cite = (e: { start: number; end: number; quote: string }) => `    [${e.start}–${e.end}] “${e.quote}”`;

line(`Source: ${source.title} (${source.published.value}), sha256 ${source.sha256.slice(0, 12)}…`);
line();

const kr = resolveCountry('S. Korea');
const kz = resolveCountry('Kazakh');
line(`resolveCountry('S. Korea') → ${kr}; resolveCountry('Kazakh') → ${kz} (${countries[kz].alpha3}, ${countries[kz].numeric})`);
line();

line(`agreementsBetween('${kr}', '${kz}'):`);
for (const a of agreementsBetween(kr, kz)) {
  const basis = provenanceOf(a).date?.basis;
  const date = a.date ? `${a.date.value}${basis && basis !== 'stated' ? ` (${basis})` : ''}` : 'undated';
  const count = a.count === null ? 'count not given' : `${{ eq: '', gt: 'more than ', gte: 'at least ' }[a.count.comparator]}${a.count.value}`;
  line(`  ${a.type.padEnd(22)} ${date.padEnd(22)} ${a.name} [${count}]`);
}
line();

const mou = get('kr-kz-critical-minerals-supply-chain-mou');
line(`${mou.name}: stages ${mou.stages.join(', ')}`);
const when = provenanceOf(mou).date!;
line(`  date ${mou.date?.value}: ${when.basis} by rule ${when.rule} from ${when.evidence.map((e) => `“${e.quote}”`).join(' and ')}`);
const signed = provenanceOf(mou).signedBy!;
line(`  signed by ${mou.signedBy?.join(', ')} (${signed.basis}, ${signed.rule}); agreed by ${mou.agreedBy?.join(', ')}`);
for (const e of evidenceOf(mou).slice(0, 2)) line(cite(e));
line();

line(`mineralsOf('${kz}'):`);
for (const link of mineralsOf(kz)) line(`  ${link.mineral.padEnd(18)} ${link.relation.padEnd(11)} via ${link.via}`);
line();

line(`partnersOf('${kr}'): ${partnersOf(kr).map((p) => `${p.country} (${p.agreements.length} agreements)`).join(', ')}`);
line();

line('What Tokayev said, directly:');
for (const s of statementsBy('kassym-jomart-tokayev').filter((s) => s.mode === 'direct')) line(`  “${s.text}”`);
line();

line('Timeline:');
for (const entry of timeline()) line(`  ${entry.date?.value.padEnd(10)} ${entry.kind.padEnd(9)} ${entry.name}`);
line();

try {
  mineralsOf('Kazakstan' as never);
} catch (error) {
  if (error instanceof UnknownIdError) line(`mineralsOf('Kazakstan') → ${error.name}: ${error.message}`);
}

const check = evidenceOf('korean-companies-in-kazakhstan')[0]!;
line();
line(`Every quote checks out: source.text.slice(${check.start}, ${check.end}) === “${source.text.slice(check.start, check.end)}”`);
