/**
 * `createCatalog`'s own checks of its input and of `extends`: which parameter an error names, and which datasets
 * `extends` takes (one holding only some kinds, as itself or as `data`) or refuses (a kind that is not a map).
 */
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../src/create-catalog.js';
import { InvalidArgumentError } from '../src/index.js';
import { resolvedSource } from './fixtures/atlantis.js';

const TEXT = 'Atlantis mines cobalt.';
const news = resolvedSource(TEXT);
const cobalt = {
  id: 'cobalt',
  kind: 'topic',
  name: 'cobalt',
  evidence: [{ source: 'atlantis-news', start: 15, end: 21, quote: 'cobalt' }],
  provenance: { name: { basis: 'stated', evidence: [0] } },
  note: null,
};

/** The error `createCatalog` throws for `input`. */
function refusal(input: unknown): InvalidArgumentError {
  try {
    createCatalog(input as never);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error('expected an InvalidArgumentError');
}

describe('createCatalog: input that is not { records }', () => {
  it.each([null, {}, { records: 'cobalt' }, 'records', Object.assign(() => undefined, { records: [] })])('%j names the parameter "input"', (input) => {
    const error = refusal(input);
    expect([error.message, error.parameter, error.input]).toEqual(['createCatalog expects { records: [...] } (and optionally extends).', 'input', input]);
  });
});

describe('createCatalog: extends a dataset that holds only some kinds', () => {
  it.each([
    ['as itself', { sources: { [news.id]: news }, topics: {} }],
    ['as data', { data: { sources: { [news.id]: news } } }],
  ])('takes it %s: its records join yours', (_, base) => {
    const mine = createCatalog({ extends: base as never, records: [cobalt] });
    expect(Object.keys(mine.data.sources)).toEqual(['atlantis-news']);
    expect(Object.keys(mine.data.topics)).toEqual(['cobalt']);
    expect(Object.keys(mine.data.countries)).toEqual([]);
  });
});

describe('createCatalog: extends something that is not a dataset', () => {
  const expected = (what: string) => `Invalid extends ${what}: expected a catalog (such as \`catalog\` from critical-minerals) or a dataset of records by kind.`;
  it.each([
    ['a kind that is null', { sources: null }, 'an object'],
    ['one kind a map, the next null', { sources: { [news.id]: news }, topics: null }, 'an object'],
    ['a kind that is a list', { data: { sources: [news] } }, 'an object'],
    ['a kind that is a string', { topics: 'cobalt' }, 'an object'],
    ['no kind at all', { records: [news] }, 'an object'],
    ['a list', [news], 'an array'],
    ['a number', 7, 'the number 7'],
    ['a string', 'catalog', '"catalog"'],
  ])('%s: an InvalidArgumentError naming "extends"', (_, base, what) => {
    const error = refusal({ extends: base, records: [cobalt] });
    expect([error.message, error.parameter, error.input]).toEqual([expected(what), 'extends', base]);
  });
});
