import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { derivedBy, draftCatalog, inferred, resolvedBy, STANDARD, statedBy } from '../src/authoring/index.js';
import { InvalidArgumentError } from '../src/errors.js';
import { catalog } from '../src/index.js';
import { idFields, markedFields, notReference, refersTo } from '../src/schema/id-fields.js';

describe('provenance spec helpers build exactly the spec they name', () => {
  it('statedBy: the quotes, and only the options given', () => {
    expect(statedBy(['a', { quote: 'b', prefix: 'x ' }])).toStrictEqual({ basis: 'stated', quotes: ['a', { quote: 'b', prefix: 'x ' }] });
    expect(statedBy(['a'], { comparator: 'gte', reportedBy: 'yoon-suk-yeol', note: 'an open list' })).toStrictEqual({
      basis: 'stated',
      quotes: ['a'],
      comparator: 'gte',
      reportedBy: 'yoon-suk-yeol',
      note: 'an open list',
    });
  });

  it('derivedBy: the rule and quotes, with a note only when one is given', () => {
    expect(derivedBy('as-of-publication', ['June 12, 2024'])).toStrictEqual({ basis: 'derived', rule: 'as-of-publication', quotes: ['June 12, 2024'] });
    expect(Object.keys(derivedBy('as-of-publication', []))).toEqual(['basis', 'rule', 'quotes']);
    expect(derivedBy('as-of-publication', ['June 12, 2024'], 'the day of the article')).toStrictEqual({
      basis: 'derived',
      rule: 'as-of-publication',
      quotes: ['June 12, 2024'],
      note: 'the day of the article',
    });
    expect(derivedBy('as-of-publication', [], '')).toStrictEqual({ basis: 'derived', rule: 'as-of-publication', quotes: [], note: '' });
  });

  it('inferred: the note and every quote given after it', () => {
    expect(inferred('why')).toStrictEqual({ basis: 'inferred', note: 'why', quotes: [] });
    expect(inferred('why', 'one', { quote: 'two', suffix: ' more' })).toStrictEqual({ basis: 'inferred', note: 'why', quotes: ['one', { quote: 'two', suffix: ' more' }] });
  });

  it('resolvedBy: a derived spec with no quotes of its own, the note and the claims', () => {
    const claims = [
      { value: 1, basis: 'stated', quotes: ['one'] },
      { value: 2, basis: 'inferred', quotes: ['two'], note: 'a reading' },
    ] as const;
    expect(resolvedBy('local-date-of-event', 'The day in Astana wins.', claims)).toStrictEqual({
      basis: 'derived',
      rule: 'local-date-of-event',
      quotes: [],
      note: 'The day in Astana wins.',
      claims,
    });
  });

  it('STANDARD is the frozen standard basis and nothing else', () => {
    expect(STANDARD).toStrictEqual({ basis: 'standard' });
    expect(Object.isFrozen(STANDARD)).toBe(true);
  });
});

describe('draftCatalog input', () => {
  const message = 'draftCatalog expects { records: [...] } (and optionally extends, defaultSource).';
  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'records'],
    ['an object without records', {}],
    ['records that are not an array', { records: { 0: 'a' } }],
    ['a function, even one with records', Object.assign(() => undefined, { records: [] })],
  ])('rejects %s, naming the input and what it expects', (_, input) => {
    let error: unknown;
    try {
      draftCatalog(input as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).message).toBe(message);
    expect((error as InvalidArgumentError).parameter).toBe('input');
    expect((error as InvalidArgumentError).input).toBe(input);
  });

  it('builds a catalog from no drafts at all, extending the given one or empty', () => {
    expect(draftCatalog({ records: [] }).data.topics).toEqual({});
    expect(Object.keys(draftCatalog({ records: [], extends: catalog }).data.topics)).toEqual(Object.keys(catalog.data.topics));
  });
});

describe('id-field marks', () => {
  it('refersTo and notReference mark a copy, leaving the schema they are given unmarked', () => {
    const id = z.string();
    const ref = refersTo(id, 'country', 'person');
    const code = notReference(id, 'ISO codes, not records');
    expect(idFields.get(id)).toBeUndefined();
    expect(idFields.get(ref)).toStrictEqual({ references: ['country', 'person'] });
    expect(idFields.get(code)).toStrictEqual({ notReference: 'ISO codes, not records' });
    expect(ref.parse('KZ')).toBe('KZ');
  });

  it('markedFields finds marks through objects, nullables, optionals and arrays, by dotted path', () => {
    const schema = z.object({
      plain: z.string(),
      country: refersTo(z.string(), 'country'),
      office: z.object({ country: refersTo(z.string(), 'country'), title: z.string() }).nullable(),
      members: z.array(notReference(z.string(), 'M49 codes')),
      evidence: z.array(z.object({ source: refersTo(z.string(), 'source'), quote: z.string() })).optional(),
      deep: z.object({ inner: z.object({ about: refersTo(z.string(), 'person', 'organization').nullable().optional() }) }),
      marked: refersTo(z.object({ country: refersTo(z.string(), 'country') }), 'topic'),
    });
    expect([...markedFields(schema)]).toStrictEqual([
      ['country', { references: ['country'] }],
      ['office.country', { references: ['country'] }],
      ['members', { notReference: 'M49 codes' }],
      ['evidence.source', { references: ['source'] }],
      ['deep.inner.about', { references: ['person', 'organization'] }],
      ['marked', { references: ['topic'] }],
    ]);
  });

  it('markedFields of a marked schema is the mark at the path given; of an unmarked leaf, nothing', () => {
    expect([...markedFields(refersTo(z.string(), 'country'), ['a', 'b'])]).toStrictEqual([['a.b', { references: ['country'] }]]);
    expect([...markedFields(refersTo(z.string(), 'country'))]).toStrictEqual([['', { references: ['country'] }]]);
    expect(markedFields(z.string()).size).toBe(0);
    expect(markedFields(z.array(z.number()).nullable()).size).toBe(0);
  });

  it('markedFields follows only the wrappers it names: a mark under a default or readonly is not found', () => {
    const schema = z.object({
      withDefault: refersTo(z.string(), 'country').default('KZ'),
      frozen: refersTo(z.string(), 'person').readonly(),
      kept: refersTo(z.string(), 'person').optional(),
    });
    expect([...markedFields(schema)]).toStrictEqual([['kept', { references: ['person'] }]]);
  });
});
