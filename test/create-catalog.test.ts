import { describe, expect, it } from 'vitest';
import { createCatalog, validateDataset } from '../src/create-catalog.js';
import { catalog, DatasetError, InvalidArgumentError, sources, type AnyIds, type AnyRecord, type Dataset } from '../src/index.js';
import { resolvedSource } from './fixtures/atlantis.js';

const TEXT = 'Atlantis and Lemuria signed a cobalt pact in Poseidonia on 3 May 2030.';
const quote = (q: string) => ({ source: 'atlantis-news', start: TEXT.indexOf(q), end: TEXT.indexOf(q) + q.length, quote: q });
const source = resolvedSource(TEXT, 'atlantis-news', [quote('Atlantis and Lemuria')]);
const STANDARD = { basis: 'standard', evidence: [] } as const;
const country = (id: string, name: string, alpha3: string, numeric: string) => ({
  id,
  kind: 'country',
  name,
  officialName: name,
  alpha2: id,
  alpha3,
  numeric,
  historical: false,
  aliases: [],
  demonyms: [],
  wikidata: null,
  evidence: [quote(name)],
  provenance: {
    name: { basis: 'stated', evidence: [0] },
    officialName: { basis: 'inferred', evidence: [], note: 'fictional' },
    alpha2: STANDARD,
    alpha3: STANDARD,
    numeric: STANDARD,
    historical: STANDARD,
  },
  note: 'fictional',
});
const cobalt = {
  id: 'cobalt',
  kind: 'mineral',
  name: 'cobalt',
  category: 'element',
  symbol: 'Co',
  atomicNumber: 27,
  elements: [],
  aliases: [],
  wikidata: null,
  evidence: [quote('cobalt')],
  provenance: { name: { basis: 'stated', evidence: [0] }, category: STANDARD, symbol: STANDARD, atomicNumber: STANDARD },
  note: null,
};
const pact = {
  id: 'cobalt-pact',
  kind: 'agreement',
  name: 'Cobalt pact',
  type: 'deal',
  count: { value: 1, comparator: 'eq' },
  parties: ['XA', 'XL'],
  signedBy: ['XA', 'XL'],
  agreedBy: null,
  reportedBy: null,
  subjects: [],
  topics: [],
  stages: [],
  minerals: ['cobalt'],
  date: { value: '2030-05-03', precision: 'day', earliest: '2030-05-03', latest: '2030-05-03' },
  place: null,
  event: null,
  cameo: { code: '057', label: 'Sign formal agreement' },
  plover: { category: 'SUPPORT', mode: null },
  evidence: [quote('signed a cobalt pact'), quote('Atlantis and Lemuria signed'), quote('3 May 2030')],
  provenance: {
    name: { basis: 'stated', evidence: [0] },
    type: { basis: 'inferred', evidence: [0], note: 'a "pact" read as a deal' },
    count: { basis: 'stated', evidence: [0] },
    parties: { basis: 'stated', evidence: [1] },
    signedBy: { basis: 'stated', evidence: [1] },
    minerals: { basis: 'stated', evidence: [0] },
    date: { basis: 'stated', evidence: [2] },
    cameo: STANDARD,
    plover: STANDARD,
  },
  note: null,
};
const valid = [source, country('XA', 'Atlantis', 'XAT', '901'), country('XL', 'Lemuria', 'XLM', '902'), cobalt, pact];

function problems(records: unknown[], extend = false): string {
  try {
    createCatalog({ records, ...(extend ? { extends: catalog } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).message;
  }
  throw new Error('expected a DatasetError');
}

const replace = (id: string, patch: Record<string, unknown>) => valid.map((r) => (r.id === id ? { ...r, ...patch } : r));

describe('createCatalog with valid data', () => {
  const mine = createCatalog({ records: valid });
  it('answers every query over your records', () => {
    expect(mine.agreementsBetween('XL', 'XA').map((a) => a.id)).toEqual(['cobalt-pact']);
    expect(mine.mineralsOf('XA').map((l) => `${l.mineral}:${l.relation}`)).toEqual(['cobalt:agreement']);
    expect(mine.countriesWith('cobalt').map((l) => l.country)).toEqual(['XA', 'XL']);
    expect(mine.eventsBetween('2030-05', '2030-05').map((e) => e.id)).toEqual(['cobalt-pact']);
    expect(mine.resolveCountry('lemuria')).toBe('XL');
  });
  it('knows nothing of the embedded data unless it extends it', () => {
    expect(() => mine.mineralsOf('KZ')).toThrow(/Unknown country "KZ"/);
  });
  it('extending the embedded catalog keeps its records and lets yours refer to them', () => {
    const withKz = createCatalog({
      extends: catalog,
      records: [
        ...valid,
        { ...pact, id: 'kz-cobalt-pact', parties: ['XA', 'KZ'], provenance: { ...pact.provenance, parties: { basis: 'inferred', evidence: [1], note: 'an illustration' } } },
      ],
    });
    expect(withKz.agreementsBetween('KR', 'KZ')).toHaveLength(7);
    expect(withKz.partnersOf('KZ').map((p) => p.country)).toEqual(['KR', 'XA']);
    expect(withKz.data.sources['2024-06-12-kr-kz-critical-minerals']).toBe(sources['2024-06-12-kr-kz-critical-minerals']);
  });
  it('returns deep-frozen records, not the caller’s objects', () => {
    const record = mine.get('cobalt-pact') as AnyRecord;
    expect(Object.isFrozen(record)).toBe(true);
    expect(record).not.toBe(pact);
  });
  it('freezes everything its data holds, the records of a plain dataset it extends included', () => {
    /** Paths of the values under `value` that are not frozen. */
    const unfrozen = (value: unknown, path = 'data'): string[] =>
      value === null || typeof value !== 'object'
        ? []
        : [...(Object.isFrozen(value) ? [] : [path]), ...Object.entries(value).flatMap(([key, inner]) => unfrozen(inner, `${path}.${key}`))];
    expect(unfrozen(mine.data)).toEqual([]);
    // A dataset given as plain (unfrozen) copies: checked like your records, and frozen with them.
    const plain = JSON.parse(JSON.stringify(catalog.data)) as Dataset<AnyIds>;
    expect(unfrozen(createCatalog({ extends: plain, records: valid }).data)).toEqual([]);
    // validateDataset takes its base as valid; the dataset it returns holds the base's records, frozen too.
    expect(unfrozen(validateDataset(valid, JSON.parse(JSON.stringify(catalog.data)) as Dataset<AnyIds>))).toEqual([]);
  });
});

describe('createCatalog rejects invalid data, naming the record and the field', () => {
  it('a missing field', () => {
    const { name: _drop, ...nameless } = cobalt;
    expect(problems([...valid.filter((r) => r.id !== 'cobalt'), nameless])).toContain('mineral "cobalt" at name: Invalid input: expected string, received undefined');
  });
  it('a wrong vocabulary value', () => {
    expect(problems(replace('cobalt-pact', { type: 'treaty' }))).toContain('agreement "cobalt-pact" at type: Invalid option: expected one of "mou"|"deal"|"agreement-in-principle"');
  });
  it('an unknown field (records are strict)', () => {
    expect(problems(replace('cobalt', { colour: 'blue' }))).toMatch(/mineral "cobalt": Unrecognized key: "colour"/);
  });
  it('a duplicate id', () => {
    expect(problems([...valid, cobalt])).toContain('mineral "cobalt" at id: duplicate id: a mineral already has it');
  });
  it('a duplicate of an embedded id when extending', () => {
    expect(problems([...valid.filter((r) => r.id !== 'cobalt'), { ...cobalt, id: 'lithium' }], true)).toContain('duplicate id: a mineral already has it');
  });
  it('a reference to nothing', () => {
    expect(problems(replace('cobalt-pact', { minerals: ['nickel'] }))).toContain(
      'agreement "cobalt-pact" at minerals: refers to "nickel", which is not in the dataset (expected a mineral)',
    );
  });
  it('a reference to the wrong kind', () => {
    expect(problems(replace('cobalt-pact', { parties: ['XA', 'cobalt'] }))).toMatch(/agreement "cobalt-pact" at parties\.1: must be an ISO 3166-1 alpha-2 code/);
    expect(problems(replace('cobalt-pact', { event: 'cobalt' }))).toContain('refers to "cobalt", a mineral; expected a event');
  });
  it('a quote that does not stand at its offsets', () => {
    expect(problems(replace('cobalt', { evidence: [{ ...quote('cobalt'), start: 0, end: 6 }] }))).toContain(
      'mineral "cobalt" at evidence.0.quote: quote does not stand at 0–6 of "atlantis-news": the text there is "Atlant"',
    );
  });
  it('offsets that disagree with the quote length', () => {
    expect(problems(replace('cobalt', { evidence: [{ ...quote('cobalt'), end: 99 }] }))).toContain('mineral "cobalt" at evidence.0.end: end - start must equal quote.length');
  });
  it('evidence from an unknown source', () => {
    expect(problems(replace('cobalt', { evidence: [{ ...quote('cobalt'), source: 'nowhere' }] }))).toContain('mineral "cobalt" at evidence.0.source: unknown source "nowhere"');
  });
  it('a record with no evidence', () => {
    expect(problems(replace('cobalt', { evidence: [] }))).toContain('mineral "cobalt" at evidence: every record needs at least one evidence quote');
  });
  it('a malformed date', () => {
    expect(problems(replace('cobalt-pact', { date: { value: '2030-02-30', precision: 'day', earliest: '2030-02-28', latest: '2030-02-28' } }))).toContain(
      'agreement "cobalt-pact" at date.value: value must be a real calendar day',
    );
  });
  it('bounds outside the date’s own span', () => {
    expect(problems(replace('cobalt-pact', { date: { value: '2030-05', precision: 'month', earliest: '2030-04-30', latest: '2030-05-31' } }))).toContain(
      'agreement "cobalt-pact" at date.earliest: earliest and latest must lie within the span of value',
    );
  });
  it('an inferred value with no note, and a stated value its quotes do not say', () => {
    const message = problems(replace('cobalt-pact', { provenance: { ...pact.provenance, type: { basis: 'inferred', evidence: [0] }, signedBy: { basis: 'stated', evidence: [0] } } }));
    expect(message).toContain('agreement "cobalt-pact" at provenance.type.note: an inferred value needs a note saying why');
    expect(message).not.toContain('provenance.signedBy');
    const unsaid = problems(replace('cobalt-pact', { provenance: { ...pact.provenance, signedBy: { basis: 'stated', evidence: [0] } } }));
    expect(unsaid).toContain('agreement "cobalt-pact" at provenance.signedBy: stated, but no quote holds "Atlantis"');
  });
  it('a populated field without provenance', () => {
    const { date: _drop, ...rest } = pact.provenance;
    expect(problems(replace('cobalt-pact', { provenance: rest }))).toContain('agreement "cobalt-pact" at provenance.date: a populated field has no provenance entry');
  });
  it('an unknown kind, and a record that is not an object', () => {
    const message = problems([...valid, { id: 'x', kind: 'treaty' }, 7]);
    expect(message).toMatch(/record "x"/);
    expect(message).toMatch(/record "records\[6\]"/);
  });
  it('lists every problem at once', () => {
    expect(problems([...replace('cobalt', { symbol: 'co' }), { ...pact, id: 'p2', parties: [] }])).toMatch(/^Invalid dataset: 2 problems/);
  });
  it('input that is not { records } is an InvalidArgumentError', () => {
    expect(() => createCatalog(null as never)).toThrow(InvalidArgumentError);
    expect(() => createCatalog({} as never)).toThrow('createCatalog expects { records: [...] } (and optionally extends).');
  });
});
