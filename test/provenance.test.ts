/**
 * Value-level provenance: every populated field of every record says where its value comes from, every stated
 * value's quotes hold its words, every quote stands at its offsets, and the build rejects what is not so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drafts } from '../data/index.js';
import { buildDataset, readSources } from '../scripts/dataset-build.js';
import { renderInferences } from '../scripts/build-inferences.js';
import {
  DATASET_KEYS,
  DERIVATION_RULES,
  DatasetError,
  RECORD_KINDS,
  dataset,
  provenanceOf,
  sources,
  type AnyRecord,
} from '../src/index.js';
import { expandProvenance, populatedPaths } from '../src/provenance.js';
import { unstatedReason } from '../src/surface-forms.js';
import { surfaceContext, validateDataset } from '../src/validate-dataset.js';
import type { AnyIds } from '../src/types.js';

const all = RECORD_KINDS.flatMap((kind) => Object.values(dataset[DATASET_KEYS[kind]]) as AnyRecord[]);
const byId = new Map(all.map((r) => [r.id, r]));
const context = surfaceContext((id) => byId.get(id as never) as AnyRecord<AnyIds> | undefined, Object.values(dataset.places) as AnyRecord<AnyIds>[]);

/** The populated fields, computed here without the library's helper: non-null, non-empty, nested office split. */
function populated(record: AnyRecord): string[] {
  return Object.entries(record).flatMap(([key, value]) => {
    if (['id', 'kind', 'evidence', 'provenance', 'note'].includes(key)) return [];
    if (record.kind === 'source' && key === 'text') return [];
    if (value === null || (Array.isArray(value) && value.length === 0)) return [];
    if (key === 'office') return Object.keys(value as object).map((k) => `office.${k}`);
    return [key];
  });
}

function valueAt(record: object, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], record);
}

describe('provenanceOf covers every populated field of every record', () => {
  it.each(all.map((r) => [r.id, r] as const))('%s', (_id, record) => {
    expect(Object.keys(provenanceOf(record)).sort()).toEqual(populated(record).sort());
  });
  it('and nothing else: id, kind, evidence and note have no entry', () => {
    const map = provenanceOf('KZ');
    for (const key of ['id', 'kind', 'evidence', 'note', 'provenance']) expect(Object.hasOwn(map, key)).toBe(false);
  });
  it('the answer is deeply frozen and the same object each time', () => {
    const map = provenanceOf('astana-summit');
    expect(Object.isFrozen(map)).toBe(true);
    expect(Object.isFrozen(map['date'])).toBe(true);
    expect(Object.isFrozen(map['date']!.evidence)).toBe(true);
    expect(provenanceOf('astana-summit')).toBe(map);
  });
});

describe('every provenance entry holds', () => {
  const entries = all.flatMap((record) => Object.entries(provenanceOf(record)).map(([path, p]) => ({ record, path, p })));

  it('every quote stands at its offsets in its source', () => {
    for (const { p } of entries) {
      for (const e of p.evidence) expect(sources[e.source].text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
  it('every stated value has quotes, and they hold a surface form of each of its items', () => {
    const stated = entries.filter((e) => e.p.basis === 'stated');
    expect(stated.length).toBeGreaterThan(150);
    for (const { record, path, p } of stated) {
      expect(p.evidence.length, `${record.id}.${path}`).toBeGreaterThan(0);
      expect(unstatedReason(record as AnyRecord<AnyIds>, path, p.evidence.map((e) => e.quote), context), `${record.id}.${path}`).toBeNull();
    }
  });
  it('every derived value names a documented rule and the quotes it reads', () => {
    for (const { record, path, p } of entries.filter((e) => e.p.basis === 'derived')) {
      expect(Object.keys(DERIVATION_RULES), `${record.id}.${path}`).toContain(p.rule);
      if (p.rule !== 'sha256-of-text') expect(p.evidence.length, `${record.id}.${path}`).toBeGreaterThan(0);
    }
  });
  it('every inferred value says why', () => {
    for (const { record, path, p } of entries.filter((e) => e.p.basis === 'inferred')) expect(p.note, `${record.id}.${path}`).toMatch(/\w{3}/);
  });
  it('every rule in the vocabulary is used at least once', () => {
    const used = new Set(entries.flatMap((e) => [e.p.rule, ...(e.p.claims ?? []).map((c) => c.rule)]));
    expect(Object.keys(DERIVATION_RULES).filter((rule) => !used.has(rule as never))).toEqual([]);
  });
});

describe('what the text does not say is not marked stated', () => {
  it('the summit’s date is resolved from the sources’ claims, not stated: no quote says "2024-06-12"', () => {
    expect(provenanceOf('astana-summit')['date']).toMatchObject({ basis: 'derived', rule: 'local-date-of-event', conflict: true });
  });
  it('the supply-chain MOU was signed by "the two sides": derived, not named people', () => {
    expect(dataset.agreements['kr-kz-critical-minerals-supply-chain-mou'].signedBy).toEqual(['KR', 'KZ']);
    expect(provenanceOf('kr-kz-critical-minerals-supply-chain-mou')['signedBy']).toMatchObject({ basis: 'derived', rule: 'the-two-countries' });
  });
  it('Hanoi is in Viet Nam and Seoul in South Korea by the reference list, not by the text', () => {
    expect(provenanceOf('hanoi')['country']?.basis).toBe('standard');
    expect(provenanceOf('seoul')['country']?.basis).toBe('standard');
    expect(provenanceOf('VN')['name']?.basis).toBe('standard');
  });
  it('the Soviet Union as the state Kazakhstan left is an inference, with its reason', () => {
    expect(provenanceOf('kazakhstan-independence')['subjects']).toMatchObject({ basis: 'inferred', note: expect.stringMatching(/Soviet/) });
  });
  it('"more than 700 Korean companies" is Tokayev’s figure, a lower bound', () => {
    const figure = dataset.figures['korean-companies-in-kazakhstan'];
    expect([figure.value, figure.comparator, figure.reportedBy]).toEqual([700, 'gt', 'kassym-jomart-tokayev']);
    expect(provenanceOf(figure)['reportedBy']?.evidence.map((e) => e.quote)).toEqual(['Tokayev said in the briefing']);
  });
  it('"including" makes a list open: the new areas are at least these five', () => {
    expect(provenanceOf('kr-kz-new-areas-cooperation')['topics']).toMatchObject({ basis: 'stated', comparator: 'gte' });
    expect(dataset.figures['new-cooperation-areas'].comparator).toBe('gte');
  });
  it('"deals" is at least two deals, by a named rule', () => {
    expect(dataset.agreements['kr-kz-energy-cooperation-deals'].count).toEqual({ value: 2, comparator: 'gte' });
  });
  it('every alias and demonym is a name the source text uses', () => {
    const text = Object.values(sources).map((s) => s.text.toLowerCase()).join('\n');
    for (const record of all) {
      for (const name of [...((record as { aliases?: string[] }).aliases ?? []), ...((record as { demonyms?: string[] }).demonyms ?? [])]) {
        expect(text, `${record.id}: ${name}`).toContain(name.toLowerCase());
      }
    }
  });
  it('every event’s status holds as of the publication date', () => {
    for (const event of Object.values(dataset.events)) {
      expect(event.statusAsOf).toBe(sources['2024-06-12-kr-kz-critical-minerals'].published.value);
      expect(provenanceOf(event)['statusAsOf']).toMatchObject({ basis: 'derived', rule: 'as-of-publication' });
    }
  });
});

describe('the build rejects provenance that does not hold, naming record and field', () => {
  const texts = readSources(new URL('../data/sources', import.meta.url).pathname);
  /** Builds the dataset with one draft replaced; returns the problems, or [] if it builds. */
  function problems(id: string, change: (draft: Record<string, unknown>) => Record<string, unknown>): string[] {
    const changed = drafts.map((d) => (d.id === id ? (change({ ...d }) as unknown as typeof d) : d));
    try {
      buildDataset(texts, changed);
      return [];
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      return error.issues.map((i) => `${i.record} ${i.path}: ${i.message}`);
    }
  }
  it('the data as authored builds', () => {
    expect(problems('KZ', (d) => d)).toEqual([]);
  });
  it('a stated value its quotes do not say (a party the text never names)', () => {
    const found = problems('kr-kz-financing-mou', (d) => ({ ...d, subjects: ['korean-companies', 'KP'] }));
    expect(found).toEqual([expect.stringMatching(/^kr-kz-financing-mou provenance\.subjects: not stated by the record's quotes \(no quote holds "North Korea"/)]);
  });
  it('a changed word in a stated value (a reserve called "huge")', () => {
    const found = problems('kz-uranium-reserves', (d) => ({ ...d, extent: 'huge' }));
    expect(found).toEqual([expect.stringMatching(/^kz-uranium-reserves provenance\.extent: .*"huge"/)]);
  });
  it('a derived value by a rule that does not exist', () => {
    const found = problems('astana-summit', (d) => ({
      ...d,
      provenance: { ...(d['provenance'] as object), date: { basis: 'derived', rule: 'gut-feeling', quotes: ['agreed Tuesday'] } },
    }));
    expect(found.some((p) => p.startsWith('astana-summit provenance.date.rule'))).toBe(true);
  });
  it('an inferred value without a note', () => {
    const found = problems('hanoi-summit-2019', (d) => ({
      ...d,
      provenance: { ...(d['provenance'] as object), name: { basis: 'inferred', quotes: [] } },
    }));
    expect(found.some((p) => p.startsWith('hanoi-summit-2019 provenance.name'))).toBe(true);
  });
  it('standard on a field that holds no outside identifier', () => {
    const found = problems('kz-oil-production', (d) => ({ ...d, provenance: { extent: { basis: 'standard' } } }));
    expect(found).toEqual([expect.stringMatching(/^kz-oil-production provenance\.extent: standard, but resource\.extent holds no outside identifier/)]);
  });
  it('createCatalog rejects a record with a populated field and no provenance for it', () => {
    const record = { ...dataset.topics.ai, id: 'ai-2', provenance: {} };
    expect(() => validateDataset([record], dataset as never)).toThrow(/topic "ai-2" at provenance\.name: a populated field has no provenance entry/);
  });
});

describe('docs/inferences.md', () => {
  it('is current: generated from the data', () => {
    const committed = readFileSync(new URL('../docs/inferences.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderInferences(dataset as never));
  });
  it('lists every derived and inferred value, and counts every basis', () => {
    const doc = renderInferences(dataset as never);
    const entries = all.flatMap((r) => Object.entries(provenanceOf(r)).map(([path, p]) => ({ id: r.id, path, basis: p.basis })));
    for (const e of entries.filter((x) => x.basis === 'derived' || x.basis === 'inferred')) {
      expect(doc).toContain(`| \`${e.id}\` | \`${e.path}\` |`);
    }
    for (const basis of ['stated', 'derived', 'standard', 'inferred']) {
      expect(doc).toContain(`| ${basis} | ${entries.filter((e) => e.basis === basis).length} |`);
    }
  });
});

describe('populatedPaths: the fields a record’s provenance must cover', () => {
  it('every populated field but id, kind, evidence, provenance and note; the fields of an office one by one', () => {
    const record = {
      id: 'x', kind: 'person', evidence: [{ quote: 'q' }], provenance: { name: {} }, note: 'a note',
      name: 'X', empty: [], items: ['a'], gone: null, missing: undefined, zero: 0, blank: '',
      office: { title: 'President', country: 'KR', asOf: '2024-06-12' },
    };
    expect(populatedPaths(record)).toEqual(['name', 'items', 'zero', 'blank', 'office.title', 'office.country', 'office.asOf']);
  });
  it('only a top-level office is expanded; a nested field named like a skipped one is kept', () => {
    expect(populatedPaths({ office: { title: 'P', note: 'kept', office: { title: 'Q' } } })).toEqual(['office.title', 'office.note', 'office.office']);
  });
  it('an office that is not an object (malformed data, before the schema says so) is one field, not its characters', () => {
    expect(populatedPaths({ office: 'President' })).toEqual(['office']);
  });
});

describe('expanded provenance: each optional field only where the stored entry has it, in one order', () => {
  const evidence = [{ source: 's', start: 0, end: 1, quote: 'x' }] as never;

  it('copies rule, note, comparator and reportedBy where set, and adds no key for a field not set', () => {
    const map = expandProvenance(
      {
        value: { basis: 'stated', evidence: [0], comparator: 'gte', reportedBy: 'kassym-jomart-tokayev' },
        type: { basis: 'inferred', evidence: [], note: 'why' },
        plain: { basis: 'stated', evidence: [0] },
      } as never,
      evidence,
    ) as unknown as Record<string, Record<string, unknown>>;
    expect(map['value']).toEqual({ basis: 'stated', evidence: [evidence[0]], comparator: 'gte', reportedBy: 'kassym-jomart-tokayev' });
    expect(Object.keys(map['type']!)).toEqual(['basis', 'evidence', 'note']);
    expect(Object.keys(map['plain']!)).toEqual(['basis', 'evidence']);
  });

  it('keeps the claims before the conflict that resolves them (the summit date)', () => {
    expect(Object.keys(provenanceOf('astana-summit').date!)).toEqual(['basis', 'evidence', 'rule', 'note', 'claims', 'conflict']);
  });
});
