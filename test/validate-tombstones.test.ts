/**
 * The tombstone check `createCatalog` runs (src/validate-tombstones.ts), on its own: what it accepts and returns,
 * and each problem it reports, at which entry and field, with which message.
 */
import { describe, expect, it } from 'vitest';
import { DatasetError, type DatasetIssue } from '../src/errors.js';
import { catalog } from '../src/index.js';
import { RECORD_KINDS } from '../src/kinds.js';
import type { AnyIds, Dataset } from '../src/types.js';
import { validateTombstones } from '../src/validate-tombstones.js';

/** The embedded dataset, typed as any dataset (as `createCatalog` hands it over when extending the catalog). */
const data = catalog.data as Dataset<AnyIds>;
const valid = { id: 'kz-old-uranium', kind: 'resource', removedIn: '0.3.0', replacedBy: 'kz-uranium-reserves', reason: 'merged' } as const;

/** The issues `validateTombstones` throws for `input`, checked to come in a DatasetError. */
function issuesOf(input: unknown, base = {}): readonly DatasetIssue[] {
  try {
    validateTombstones(input, data, base);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues;
  }
  throw new Error('expected a DatasetError');
}

describe('validateTombstones accepts', () => {
  it('tombstones that name a live replacement or none, returned frozen with the base ones', () => {
    const base = { 'old-topic': { id: 'old-topic', kind: 'topic', removedIn: '0.2.0', replacedBy: null, reason: 'renamed' } } as const;
    const result = validateTombstones([valid, { ...valid, id: 'XK', kind: 'country', replacedBy: null }], data, base);
    expect(result).toEqual({ ...base, 'kz-old-uranium': valid, XK: { ...valid, id: 'XK', kind: 'country', replacedBy: null } });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result['kz-old-uranium'])).toBe(true);
  });

  it('releases written MAJOR.MINOR.PATCH, with any number of digits and an optional pre-release or build part', () => {
    const versions = ['10.20.30', '0.3.0-rc.1', '1.0.0+build.5', '2.0.0-beta+exp.sha.5114f85'];
    const result = validateTombstones(versions.map((removedIn, i) => ({ ...valid, id: `gone-${i}`, removedIn })), data);
    expect(Object.values(result).map((t) => t.removedIn)).toEqual(versions);
  });
});

describe('validateTombstones reports', () => {
  it('a value that is not a list, as the tombstones as a whole', () => {
    expect(issuesOf({ 0: valid })).toEqual([{ record: 'tombstones', kind: null, path: '', message: 'must be a list of tombstones' }]);
    expect(() => validateTombstones('none', data)).toThrow('Invalid dataset: 1 problem\n  - record "tombstones": must be a list of tombstones');
  });

  it('an entry that is not an object once, by its position, and nothing else about it', () => {
    const message = 'must be an object { id, kind, removedIn, replacedBy, reason }';
    expect(issuesOf([valid, null, 'XK', 42])).toEqual([
      { record: 'tombstones[1]', kind: null, path: '', message },
      { record: 'tombstones[2]', kind: null, path: '', message },
      { record: 'tombstones[3]', kind: null, path: '', message },
    ]);
  });

  it('an id that is missing, empty or not a string, by the entry’s position', () => {
    const { id: _, ...withoutId } = valid;
    expect(issuesOf([withoutId, { ...valid, id: '' }, { ...valid, id: 42 }])).toEqual([
      { record: 'tombstones[0]', kind: 'resource', path: 'id', message: 'must be a non-empty string' },
      { record: 'tombstones[1]', kind: 'resource', path: 'id', message: 'must be a non-empty string' },
      { record: 'tombstones[2]', kind: 'resource', path: 'id', message: 'must be a non-empty string' },
    ]);
  });

  it('an id given twice, or already tombstoned in the base', () => {
    const base = { 'kz-old-uranium': { ...valid } };
    const again = { record: 'kz-old-uranium', kind: 'resource', path: 'id', message: 'has a tombstone already' };
    expect(issuesOf([valid, valid])).toEqual([again]);
    expect(issuesOf([valid], base)).toEqual([again]);
  });

  it('a kind that is not a record kind, listing the kinds', () => {
    expect(issuesOf([{ ...valid, kind: 'treaty' }])).toEqual([
      { record: 'kz-old-uranium', kind: null, path: 'kind', message: `must be one of ${RECORD_KINDS.join(', ')}` },
    ]);
  });

  it('a release that is not a version', () => {
    const bad = ['v0.3.0', '0.3.0 beta', '0.3', '0.3.0-', 3, undefined];
    expect(issuesOf(bad.map((removedIn, i) => ({ ...valid, id: `gone-${i}`, removedIn })))).toEqual(
      bad.map((_, i) => ({ record: `gone-${i}`, kind: 'resource', path: 'removedIn', message: 'must be a version, like "0.3.0"' })),
    );
  });

  it('a replacement that is missing, not a string or names no record', () => {
    const bad = [undefined, 42, 'nowhere', 'kz-old-uranium'];
    expect(issuesOf(bad.map((replacedBy, i) => ({ ...valid, id: `gone-${i}`, replacedBy })))).toEqual(
      bad.map((_, i) => ({ record: `gone-${i}`, kind: 'resource', path: 'replacedBy', message: 'must be the id of a record in the dataset, or null' })),
    );
  });

  it('a reason that is missing, not a string or blank', () => {
    const bad = [undefined, 42, '', '  \n'];
    expect(issuesOf(bad.map((reason, i) => ({ ...valid, id: `gone-${i}`, reason })))).toEqual(
      bad.map((_, i) => ({ record: `gone-${i}`, kind: 'resource', path: 'reason', message: 'must say why, in a sentence' })),
    );
  });

  it('every problem of every entry, in order', () => {
    expect(issuesOf([{ id: 'KZ' }, { ...valid, id: 'kz-old-uranium' }])).toEqual([
      { record: 'KZ', kind: null, path: 'id', message: 'is the id of a record in the dataset: an id cannot be both live and removed' },
      { record: 'KZ', kind: null, path: 'kind', message: `must be one of ${RECORD_KINDS.join(', ')}` },
      { record: 'KZ', kind: null, path: 'removedIn', message: 'must be a version, like "0.3.0"' },
      { record: 'KZ', kind: null, path: 'replacedBy', message: 'must be the id of a record in the dataset, or null' },
      { record: 'KZ', kind: null, path: 'reason', message: 'must say why, in a sentence' },
    ]);
  });
});
