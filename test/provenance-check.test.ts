/**
 * `provenanceIssues`, one rule at a time, on a small hand-made record: each problem is reported once, on the field
 * at fault, with the message that says what is wrong; a record whose provenance holds gets none.
 */
import { describe, expect, it } from 'vitest';
import { provenanceIssues, provenancePaths, STANDARD_FIELDS } from '../src/provenance-check.js';
import type { SurfaceContext } from '../src/surface-forms.js';
import type { AnyIds, AnyRecord } from '../src/types.js';

const people = new Map<string, AnyRecord<AnyIds>>([
  ['yoon', { id: 'yoon', kind: 'person', name: 'Yoon Suk Yeol' } as unknown as AnyRecord<AnyIds>],
  ['KZ', { id: 'KZ', kind: 'country', name: 'Kazakhstan', aliases: [], demonyms: ['Kazakh'] } as unknown as AnyRecord<AnyIds>],
]);
const context: SurfaceContext = {
  lookup: (id) => people.get(id),
  isReference: (_kind, path) => path === 'parties',
  standsFor: new Map(),
};

const QUOTES = ['Kazakhstan signed a deal', 'leaders agreed'];
const GOOD = {
  name: { basis: 'inferred', evidence: [0], note: 'A label of our own.' },
  type: { basis: 'stated', evidence: [0] },
  parties: { basis: 'stated', evidence: [0] },
};

/** An agreement with the fields name, type and parties, two quotes, and `provenance` over GOOD. */
function agreement(provenance: Record<string, unknown> = {}, fields: Record<string, unknown> = {}): AnyRecord<AnyIds> {
  return {
    id: 'a',
    kind: 'agreement',
    name: 'A deal',
    type: 'deal',
    parties: ['KZ'],
    ...fields,
    evidence: QUOTES.map((quote, i) => ({ source: 's', start: i * 30, end: i * 30 + quote.length, quote })),
    provenance: { ...GOOD, ...provenance },
  } as unknown as AnyRecord<AnyIds>;
}

/** The issues as `path: message` lines. */
const problems = (record: AnyRecord<AnyIds>) =>
  provenanceIssues(record, context).map((issue) => {
    expect(issue.record).toBe(record.id);
    expect(issue.kind).toBe(record.kind);
    return `${issue.path}: ${issue.message}`;
  });

describe('provenanceIssues', () => {
  it('a record whose provenance holds has none', () => {
    expect(problems(agreement())).toEqual([]);
  });

  it('a populated field without an entry, and an entry for an empty field', () => {
    const record = agreement({ name: undefined, topics: { basis: 'inferred', evidence: [], note: 'x' } }, { topics: [] });
    const { name: _drop, ...rest } = (record as unknown as { provenance: Record<string, unknown> }).provenance;
    expect(problems({ ...record, provenance: rest } as unknown as AnyRecord<AnyIds>)).toEqual([
      'provenance.name: a populated field has no provenance entry',
      'provenance.topics: provenance for a field that is empty or not provenanced',
    ]);
  });

  it('an unknown basis is left to the schema', () => {
    expect(problems(agreement({ type: { basis: 'guessed', evidence: [0] } }))).toEqual([]);
  });

  it('an evidence position outside the record’s evidence, with the range there is', () => {
    expect(problems(agreement({ type: { basis: 'stated', evidence: [2] } }))).toEqual(['provenance.type: evidence position 2 is not in the record\'s evidence (0–1)']);
    expect(problems(agreement({ type: { basis: 'stated', evidence: [-1] } }))).toEqual(['provenance.type: evidence position -1 is not in the record\'s evidence (0–1)']);
    expect(problems(agreement({ type: { basis: 'stated', evidence: [0.5] } }))).toEqual(['provenance.type: evidence position 0.5 is not in the record\'s evidence (0–1)']);
    // Every position is checked, not only the first: the bad one may come after good ones.
    expect(problems(agreement({ type: { basis: 'stated', evidence: [0, 1, 7] } }))).toEqual(['provenance.type: evidence position 7 is not in the record\'s evidence (0–1)']);
    expect(problems(agreement({ type: { basis: 'stated', evidence: [1] } }))).toEqual(['provenance.type: stated, but no quote holds "deal" or "deals"']);
  });

  it('stated: needs a quote, and its quotes must hold the value’s words', () => {
    expect(problems(agreement({ type: { basis: 'stated', evidence: [] } }))).toEqual(['provenance.type: stated, but a stated value needs at least one quote']);
    expect(problems(agreement({}, { type: 'mou' }))).toEqual(['provenance.type: stated, but no quote holds "MOU" or "MOUs" or "memorandum of understanding"']);
  });

  it('derived: a known rule, reading at least one quote (but a digest reads the text, not a quote)', () => {
    expect(problems(agreement({ type: { basis: 'derived', evidence: [0], rule: 'no-such-rule' } }))).toEqual(['provenance.type: derived by an unknown rule "no-such-rule"']);
    expect(problems(agreement({ type: { basis: 'derived', evidence: [0] } }))).toEqual(['provenance.type: derived by an unknown rule undefined']);
    expect(problems(agreement({ type: { basis: 'derived', evidence: [0], rule: 'toString' } }))).toEqual(['provenance.type: derived by an unknown rule "toString"']);
    expect(problems(agreement({ type: { basis: 'derived', evidence: [], rule: 'the-two-countries' } }))).toEqual([
      'provenance.type: derived by "the-two-countries" from no quote: name the quotes the rule reads',
    ]);
    expect(problems(agreement({ type: { basis: 'derived', evidence: [], rule: 'sha256-of-text' } }))).toEqual([]);
    expect(problems(agreement({ type: { basis: 'derived', evidence: [1], rule: 'the-two-countries' } }))).toEqual([]);
  });

  it('standard: only on the fields that hold outside identifiers, per kind', () => {
    expect(problems(agreement({ type: { basis: 'standard', evidence: [] } }))).toEqual(['provenance.type: standard, but agreement.type holds no outside identifier']);
    expect(problems(agreement({ cameo: { basis: 'standard', evidence: [] } }, { cameo: { code: '057' } }))).toEqual([]);
    const figure = { id: 'f', kind: 'figure', value: 6, evidence: [], provenance: { value: { basis: 'standard', evidence: [] } } } as unknown as AnyRecord<AnyIds>;
    expect(problems(figure)).toEqual(['provenance.value: standard, but figure.value holds no outside identifier']);
    expect(STANDARD_FIELDS['agreement']).toEqual(['cameo', 'plover']);
  });

  it('standard is accepted on every field that holds an outside identifier of the reference list', () => {
    // data/reference/identifiers.md: ISO 3166 (names, codes, the historical flag), UN M49, element symbols and
    // groups, checked Wikidata ids, CAMEO and PLOVER codes.
    const outside: Record<string, string[]> = {
      country: ['name', 'officialName', 'alpha2', 'alpha3', 'numeric', 'historical', 'wikidata'],
      region: ['name', 'm49', 'm49Members', 'wikidata'],
      place: ['country', 'wikidata'],
      person: ['wikidata'],
      mineral: ['category', 'symbol', 'atomicNumber', 'elements', 'wikidata'],
      agreement: ['cameo', 'plover'],
      event: ['cameo', 'plover'],
      statement: ['cameo'],
    };
    for (const [kind, fields] of Object.entries(outside)) {
      for (const field of fields) {
        const record = { id: 'x', kind, [field]: 'X', evidence: [], provenance: { [field]: { basis: 'standard', evidence: [] } } } as unknown as AnyRecord<AnyIds>;
        expect(problems(record), `${kind}.${field}`).toEqual([]);
      }
    }
    const organization = { id: 'o', kind: 'organization', wikidata: 'Q1', evidence: [], provenance: { wikidata: { basis: 'standard', evidence: [] } } } as unknown as AnyRecord<AnyIds>;
    expect(problems(organization)).toEqual(['provenance.wikidata: standard, but organization.wikidata holds no outside identifier']);
  });

  it('inferred: needs a note that says something', () => {
    expect(problems(agreement({ name: { basis: 'inferred', evidence: [] } }))).toEqual(['provenance.name: inferred without a note saying why']);
    expect(problems(agreement({ name: { basis: 'inferred', evidence: [], note: '  ' } }))).toEqual(['provenance.name: inferred without a note saying why']);
    expect(problems(agreement({ name: { basis: 'inferred', evidence: [], note: 'ours' } }))).toEqual([]);
  });

  it('a rule only with derived; a comparator only on a list; reportedBy only a person in the dataset', () => {
    expect(problems(agreement({ type: { basis: 'stated', evidence: [0], rule: 'list-length' } }))).toEqual(['provenance.type: a rule goes only with a derived value, not stated']);
    expect(problems(agreement({ type: { basis: 'stated', evidence: [0], comparator: 'gte' } }))).toEqual(['provenance.type: a comparator goes only with a list']);
    expect(problems(agreement({ parties: { basis: 'stated', evidence: [0], comparator: 'gte' } }))).toEqual([]);
    expect(problems(agreement({ type: { basis: 'stated', evidence: [0], reportedBy: 'KZ' } }))).toEqual(['provenance.type: reportedBy "KZ" is not a person in the dataset']);
    expect(problems(agreement({ type: { basis: 'stated', evidence: [0], reportedBy: 'nobody' } }))).toEqual(['provenance.type: reportedBy "nobody" is not a person in the dataset']);
    expect(problems(agreement({ type: { basis: 'stated', evidence: [0], reportedBy: 'yoon' } }))).toEqual([]);
  });

  it('provenancePaths: a source’s text is the source itself and needs no entry', () => {
    expect(provenancePaths({ id: 's', kind: 'source', title: 'T', text: 'x' } as unknown as AnyRecord<AnyIds>)).toEqual(['title']);
    expect(provenancePaths({ id: 'p', kind: 'person', name: 'N', text: 'x' } as unknown as AnyRecord<AnyIds>)).toEqual(['name', 'text']);
  });
});

describe('claims', () => {
  const claim = (value: unknown, evidence: number[], basis = 'stated', note?: string) => ({ value, evidence, basis, source: 's', ...(note ? { note } : {}) });
  const withClaims = (ref: Record<string, unknown>, type = 'deal') => agreement({ type: { basis: 'derived', evidence: [0], rule: 'local-date-of-event', ...ref } }, { type });

  it('claims that agree give the value; a stated claim’s quotes hold its words', () => {
    expect(problems(withClaims({ claims: [claim('deal', [0]), claim('deal', [0])] }))).toEqual([]);
    expect(problems(withClaims({ claims: [claim('deal', [1])] }))).toEqual(['provenance.type: claim 0 is stated, but no quote holds "deal" or "deals"']);
  });

  it('a claim’s evidence must exist; an inferred claim needs a note; no claim is standard', () => {
    expect(problems(withClaims({ claims: [claim('deal', [0]), claim('deal', [5])] }))).toEqual(['provenance.type: claim 1: evidence position 5 is not in the record\'s evidence']);
    expect(problems(withClaims({ claims: [claim('deal', [0]), claim('deal', [-1])] }))).toEqual(['provenance.type: claim 1: evidence position -1 is not in the record\'s evidence']);
    expect(problems(withClaims({ claims: [claim('deal', [0]), claim('deal', [2])] }))).toEqual(['provenance.type: claim 1: evidence position 2 is not in the record\'s evidence']);
    expect(problems(withClaims({ claims: [claim('deal', [0]), claim('deal', [0.5])] }))).toEqual(['provenance.type: claim 1: evidence position 0.5 is not in the record\'s evidence']);
    expect(problems(withClaims({ claims: [claim('deal', [0], 'inferred')] }))).toEqual(['provenance.type: claim 0 is inferred without a note saying why']);
    expect(problems(withClaims({ claims: [claim('deal', [0], 'inferred', 'why')] }))).toEqual([]);
    expect(problems(withClaims({ claims: [claim('deal', [0], 'standard')] }))).toEqual(['provenance.type: claim 0: a claim comes from a source, so it cannot be standard']);
  });

  it('claims that disagree are a conflict, flagged, resolved by a rule to one of them', () => {
    const two = [claim('deal', [0]), claim('agreement-in-principle', [1])];
    expect(problems(withClaims({ claims: two }))).toEqual(['provenance.type: the claims disagree: mark conflict: true and resolve it by a rule']);
    expect(problems(withClaims({ claims: two, conflict: true }))).toEqual([]);
    expect(problems(withClaims({ claims: [claim('deal', [0])], conflict: true }))).toEqual(['provenance.type: conflict: true, but the claims agree']);
    expect(problems(agreement({ type: { basis: 'inferred', evidence: [0], note: 'n', claims: two, conflict: true } }))).toEqual([
      'provenance.type: a conflict is resolved by a named rule: the value must be derived',
    ]);
    expect(problems(withClaims({ claims: two, conflict: true }, 'mou'))).toEqual(['provenance.type: the value is none of the claimed values']);
  });

  it('conflict without claims', () => {
    expect(problems(agreement({ type: { basis: 'stated', evidence: [0], conflict: true } }))).toEqual(['provenance.type: conflict goes only with claims']);
    expect(problems(agreement({ type: { basis: 'stated', evidence: [0], conflict: false } }))).toEqual(['provenance.type: conflict goes only with claims']);
  });
});
