import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drafts } from '../data/index.js';
import { buildDataset, readSources, renderModules } from '../scripts/dataset-build.js';
import { locateEvidence } from '../src/authoring/resolve-drafts.js';
import { DatasetError, dataset, DATASET_KEYS, RECORD_KINDS, provenanceOf, type AnyRecord, type RecordKind } from '../src/index.js';
import { REFERENCE_FIELDS, referencedIds } from '../src/references.js';
import { RecordSchemas } from '../src/schema/index.js';
import { bodySentences, SOURCE_ID, SOURCE_TEXT } from './helpers.js';

const records: AnyRecord[] = RECORD_KINDS.flatMap((kind) => Object.values(dataset[DATASET_KEYS[kind]]) as AnyRecord[]);
const sourcesDir = new URL('../data/sources/', import.meta.url).pathname;

describe('the source', () => {
  const source = dataset.sources[SOURCE_ID];

  it('ships the article byte for byte, with its SHA-256 recorded', () => {
    expect(source.text).toBe(SOURCE_TEXT);
    expect(source.sha256).toBe(createHash('sha256').update(readFileSync(new URL(`../data/sources/${SOURCE_ID}.txt`, import.meta.url))).digest('hex'));
  });

  it('is dated 2024-06-12, in English; its publisher and address are known only from outside the text, and say so', () => {
    expect(source.published).toEqual({ value: '2024-06-12', precision: 'day', earliest: '2024-06-12', latest: '2024-06-12' });
    expect(source.language).toBe('en');
    expect(source.publisher).toBe('The Korea Times US');
    expect(source.url).toBe('http://www.koreatimesus.com/s-korea-kazakhstan-sign-critical-minerals-partnership-agreement/');
    expect(provenanceOf(source).publisher).toMatchObject({ basis: 'inferred', note: expect.stringMatching(/outside the text/) });
    expect(source.timeZone).toBeNull();
    expect(source.title).toBe('S. Korea, Kazakhstan sign critical minerals partnership agreement');
  });
});

describe('schemas', () => {
  it.each(RECORD_KINDS)('every %s record passes its zod schema', (kind) => {
    const list = Object.values(dataset[DATASET_KEYS[kind]]);
    expect(list.length).toBeGreaterThan(0);
    for (const record of list) {
      const result = RecordSchemas[kind].safeParse(record);
      expect(result.error?.issues ?? [], (record as AnyRecord).id).toEqual([]);
    }
  });

  it('every record is filed under its own kind and keyed by its id', () => {
    for (const kind of RECORD_KINDS) {
      for (const [key, record] of Object.entries(dataset[DATASET_KEYS[kind]])) {
        expect((record as AnyRecord).kind).toBe(kind);
        expect((record as AnyRecord).id).toBe(key);
      }
    }
  });
});

describe('evidence', () => {
  const evidence = records.flatMap((r) => r.evidence.map((e) => ({ record: r.id, ...e })));

  it('every record has at least one evidence quote', () => {
    expect(records.filter((r) => r.evidence.length === 0).map((r) => r.id)).toEqual([]);
  });

  it('every quote equals source.text.slice(start, end), in its own source', () => {
    expect(evidence.length).toBeGreaterThanOrEqual(records.length);
    for (const e of evidence) {
      const text = e.source === SOURCE_ID ? SOURCE_TEXT : dataset.sources[e.source as keyof typeof dataset.sources].text;
      expect(text.slice(e.start, e.end), `${e.record} ${e.source} [${e.start}, ${e.end})`).toBe(e.quote);
    }
    expect(new Set(evidence.map((e) => e.source)).size).toBe(Object.keys(dataset.sources).length);
  });

  it('the article body has 21 sentences and every one is cited by at least one record', () => {
    const sentences = bodySentences();
    expect(sentences).toHaveLength(21);
    const uncited = sentences.filter((s) => !evidence.some((e) => e.start >= s.start && e.end <= s.end));
    expect(uncited.map((s) => s.text)).toEqual([]);
  });

  it('the headline and the dateline are cited too', () => {
    const cited = (quote: string) => evidence.some((e) => e.quote.includes(quote));
    expect(cited('S. Korea, Kazakhstan sign critical minerals partnership agreement')).toBe(true);
    expect(cited('June 12, 2024')).toBe(true);
  });

  it('a direct statement’s text is quoted verbatim inside its evidence', () => {
    for (const s of Object.values(dataset.statements)) {
      expect(s.evidence.some((e) => e.quote.includes(s.text)), s.id).toBe(true);
    }
  });
});

describe('identity and references', () => {
  it('ids are unique across every kind', () => {
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every id a record refers to exists and is of an allowed kind', () => {
    const kindOf = new Map<string, RecordKind>(records.map((r) => [r.id, r.kind]));
    const broken: string[] = [];
    for (const record of records) {
      for (const [path, kinds] of Object.entries(REFERENCE_FIELDS[record.kind])) {
        for (const id of referencedIds(record, path)) {
          const target = kindOf.get(id);
          if (target === undefined || !kinds.includes(target)) broken.push(`${record.id}.${path} → ${id} (${target ?? 'missing'})`);
        }
      }
      for (const e of record.evidence) if (kindOf.get(e.source) !== 'source') broken.push(`${record.id}.evidence → ${e.source}`);
    }
    expect(broken).toEqual([]);
  });

  it('every reference field named in REFERENCE_FIELDS exists on records of that kind', () => {
    for (const record of records) {
      for (const path of Object.keys(REFERENCE_FIELDS[record.kind])) {
        const top = path.split('.')[0]!;
        expect(Object.hasOwn(record, top), `${record.kind}.${top}`).toBe(true);
      }
    }
  });
});

describe('frozen data', () => {
  it('every record, array and nested object is frozen', () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === null || typeof value !== 'object') return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(dataset, 'dataset');
    expect(unfrozen).toEqual([]);
  });

  it('writing to a record throws in strict mode and changes nothing', () => {
    const kz = dataset.countries.KZ;
    expect(() => {
      (kz as { name: string }).name = 'Changed';
    }).toThrow(TypeError);
    expect(kz.name).toBe('Kazakhstan');
  });
});

describe('the build', () => {
  const built = buildDataset(readSources(sourcesDir), drafts);

  it('src/generated is exactly what data/ generates (no stale or hand-edited file)', () => {
    const files = renderModules(built);
    for (const [name, text] of files) {
      expect(readFileSync(new URL(`../src/generated/${name}`, import.meta.url), 'utf8'), name).toBe(text);
    }
  });

  it('the packed modules unpack to exactly the dataset the build makes from data/: every field, value and key order', () => {
    expect(dataset).toStrictEqual(built);
    for (const kind of RECORD_KINDS) {
      const key = DATASET_KEYS[kind];
      expect(JSON.stringify(dataset[key]), key).toBe(JSON.stringify(built[key]));
      for (const record of Object.values(dataset[key]) as AnyRecord[]) {
        for (const item of record.evidence) expect(item.quote, `${record.id} ${item.start}`).toBe(dataset.sources[item.source].text.slice(item.start, item.end));
      }
    }
  });

  it('fails on a quote that is not in the source, naming the record and the field', () => {
    const broken = [...drafts, { ...drafts.find((d) => d.id === 'lithium')!, id: 'lithium-2', evidence: ['lithium ore from Mars'] }];
    expect(() => buildDataset(readSources(sourcesDir), broken)).toThrow(
      /mineral "lithium-2" at evidence\.0: quote not found in "2024-06-12-kr-kz-critical-minerals": "lithium ore from Mars"/,
    );
  });

  it('fails on an ambiguous quote, says how often it occurs and which prefix picks each match', () => {
    const found = locateEvidence('Yoon said', new Map([[SOURCE_ID, SOURCE_TEXT]]), SOURCE_ID);
    expect(found).toEqual({
      problem:
        `quote is ambiguous: "Yoon said" occurs 3 times in "${SOURCE_ID}"; add a prefix or suffix, such as ` +
        'prefix "technology,” " (the match at 839), prefix "funding,” " (the match at 2683), prefix "said.\n\n" (the match at 2695)',
    });
    for (const prefix of ['technology,” ', 'funding,” ', 'said.\n\n']) {
      expect(locateEvidence({ quote: 'Yoon said', prefix }, new Map([[SOURCE_ID, SOURCE_TEXT]]), SOURCE_ID), prefix).toHaveProperty('evidence');
    }
  });

  it('a prefix disambiguates a quote, and the offsets exclude it', () => {
    const found = locateEvidence({ quote: 'Yoon said', prefix: 'funding,” ' }, new Map([[SOURCE_ID, SOURCE_TEXT]]), SOURCE_ID);
    const start = SOURCE_TEXT.indexOf('funding,” Yoon said') + 'funding,” '.length;
    expect(start).toBe(2683);
    expect(found).toEqual({ evidence: { source: SOURCE_ID, start, end: start + 9, quote: 'Yoon said' } });
  });

  it('fails on an invalid field, naming the record and the field path', () => {
    const broken = drafts.map((d) => (d.id === 'KZ' ? { ...d, alpha3: 'kaz' } : d));
    let error: unknown;
    try {
      buildDataset(readSources(sourcesDir), broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toContain('country "KZ" at alpha3: must be an ISO 3166-1 alpha-3 code, like "KAZ"');
  });

  it('fails on a reference to a record that does not exist', () => {
    const broken = drafts.map((d) => (d.id === 'kr-kz-lithium-mou' ? { ...d, parties: ['KR', 'XK'] } : d));
    expect(() => buildDataset(readSources(sourcesDir), broken)).toThrow(
      /agreement "kr-kz-lithium-mou" at parties: refers to "XK", which is not in the dataset \(expected a country\)/,
    );
  });

  it('fails when the source text no longer matches its recorded SHA-256', () => {
    const all = readSources(sourcesDir);
    const seed = all.find((s) => s.meta.id === SOURCE_ID)!;
    const changed = all.map((s) => (s === seed ? { ...seed, text: `${seed.text} ` } : s));
    expect(() => buildDataset(changed, drafts)).toThrow(/source ".*" at sha256: recorded 687f7574/);
  });
});
