/**
 * The error classes (src/errors.ts) as a caller meets them: each has its own `name` (what a stack trace and
 * `error.name` checks show, inherited from its class's prototype as `Error.prototype.name` is), and a `DatasetError` message lists the first 50 problems, then a count.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  AmbiguousInputError,
  CriticalMineralsError,
  DatasetError,
  InvalidArgumentError,
  RemovedIdError,
  UnknownIdError,
  type DatasetIssue,
} from '../src/errors.js';
import { valueAt } from '../src/provenance.js';

describe('each error class has its own name', () => {
  it('as inherited by instances, so logs and `error.name` checks tell them apart', () => {
    expect(new CriticalMineralsError('m').name).toBe('CriticalMineralsError');
    expect(new UnknownIdError('m', 'country', 'XX', []).name).toBe('UnknownIdError');
    expect(new AmbiguousInputError('m', 'Korea', ['KP', 'KR']).name).toBe('AmbiguousInputError');
    expect(new InvalidArgumentError('m', 'options', 1).name).toBe('InvalidArgumentError');
    expect(new DatasetError([]).name).toBe('DatasetError');
    const removed = new RemovedIdError({ id: 'old', kind: 'agreement', removedIn: '0.2.0', replacedBy: null, reason: 'merged' } as never, 'agreement');
    expect(removed.name).toBe('RemovedIdError');
    expect(String(removed)).toMatch(/^RemovedIdError: Removed agreement "old": the agreement was removed in 0\.2\.0 \(merged\)\. Nothing replaces it\.$/);
    expect(removed.stack).toMatch(/^RemovedIdError: Removed agreement "old"/);
  });
  it('from the prototype, not copied onto each error, and still assignable as an Error\'s is', () => {
    const error = new UnknownIdError('m', 'country', 'XX', []);
    expect(Object.hasOwn(error, 'name')).toBe(false);
    expect(Object.keys(error)).toEqual(['expected', 'input', 'suggestions']);
    expect(Object.getOwnPropertyDescriptor(UnknownIdError.prototype, 'name')).toEqual({ value: 'UnknownIdError', writable: true, enumerable: false, configurable: true });
    error.name = 'Renamed';
    expect(error.name).toBe('Renamed');
    expect(new UnknownIdError('m', 'country', 'XX', []).name).toBe('UnknownIdError');
    // A subclass made outside the library inherits the nearest library name until it sets its own.
    class MyError extends UnknownIdError {}
    expect(new MyError('m', 'country', 'XX', []).name).toBe('UnknownIdError');
  });
  it('a removed id with nothing in its place suggests nothing; with a replacement, that one', () => {
    const tombstone = { id: 'old', kind: 'agreement', removedIn: '0.2.0', reason: 'renamed' };
    expect(new RemovedIdError({ ...tombstone, replacedBy: null } as never, 'agreement').suggestions).toEqual([]);
    const replaced = new RemovedIdError({ ...tombstone, replacedBy: 'new' } as never, 'agreement');
    expect(replaced.suggestions).toEqual(['new']);
    expect(replaced.message).toMatch(/Use "new" instead\.$/);
  });
});

describe('DatasetError messages', () => {
  const issue = (n: number, path = 'id'): DatasetIssue => ({ record: `r${n}`, kind: 'country', path, message: `problem ${n}` });
  const issues = (count: number) => Array.from({ length: count }, (_, n) => issue(n));
  it('one problem is "1 problem"; a problem without a path has no "at"', () => {
    expect(new DatasetError([issue(0)]).message).toBe('Invalid dataset: 1 problem\n  - country "r0" at id: problem 0');
    expect(new DatasetError([{ record: 'r', kind: null, path: '', message: 'm' }]).message).toBe('Invalid dataset: 1 problem\n  - record "r": m');
  });
  it('lists up to 50 problems, then says how many more there are, and keeps them all in `issues`', () => {
    const fifty = new DatasetError(issues(50)).message.split('\n');
    expect(fifty[0]).toBe('Invalid dataset: 50 problems');
    expect(fifty).toHaveLength(51);
    expect(fifty.at(-1)).toBe('  - country "r49" at id: problem 49');
    const fiftyOne = new DatasetError(issues(51));
    const lines = fiftyOne.message.split('\n');
    expect(lines).toHaveLength(52);
    expect(lines.at(-2)).toBe('  - country "r49" at id: problem 49');
    expect(lines.at(-1)).toBe('  … and 1 more (see issues)');
    expect(fiftyOne.issues).toHaveLength(51);
    expect(new DatasetError(issues(120)).message.split('\n').at(-1)).toBe('  … and 70 more (see issues)');
  });
});

describe('valueAt', () => {
  it('walks objects only: a step into null, a string or a number is undefined', () => {
    expect(valueAt({ office: { country: 'KR' } }, 'office.country')).toBe('KR');
    expect(valueAt({ office: null }, 'office.country')).toBeUndefined();
    expect(valueAt({ name: 'abc' }, 'name.length')).toBeUndefined();
    expect(valueAt({ value: 6 }, 'value.toFixed')).toBeUndefined();
  });
});

describe('instanceof across copies of the library', async () => {
  // A second, separate copy of the module, as when `critical-minerals/catalog` and the core entry each bundle it.
  vi.resetModules();
  const other = await import('../src/errors.js');
  const removed = { id: 'old', kind: 'agreement', removedIn: '0.2.0', replacedBy: null, reason: 'merged' } as never;

  it('is a separate copy: its classes are not these', () => {
    expect(other.UnknownIdError).not.toBe(UnknownIdError);
  });
  it('an error made by the other copy is an instance of this copy’s class and of each class above it', () => {
    const error = new other.RemovedIdError(removed, 'agreement');
    expect(error instanceof RemovedIdError).toBe(true);
    expect(error instanceof UnknownIdError).toBe(true);
    expect(error instanceof CriticalMineralsError).toBe(true);
    expect(new other.DatasetError([]) instanceof DatasetError).toBe(true);
    expect(new InvalidArgumentError('m', 'options', 1) instanceof other.InvalidArgumentError).toBe(true);
  });
  it('but not of a sibling class, nor of a subclass it does not belong to', () => {
    expect(new other.UnknownIdError('m', 'country', 'XX', []) instanceof RemovedIdError).toBe(false);
    expect(new other.UnknownIdError('m', 'country', 'XX', []) instanceof InvalidArgumentError).toBe(false);
    expect(new other.AmbiguousInputError('m', 'Korea', []) instanceof UnknownIdError).toBe(false);
  });
  it('a plain Error, a non-object or an object without the mark is an instance of none', () => {
    for (const value of [new Error('m'), null, 'UnknownIdError', { name: 'UnknownIdError' }]) {
      expect(value instanceof CriticalMineralsError).toBe(false);
      expect(value instanceof UnknownIdError).toBe(false);
    }
  });
  it('a caller’s own subclass keeps the plain prototype check', () => {
    class MyError extends UnknownIdError {}
    expect(new MyError('m', 'country', 'XX', []) instanceof MyError).toBe(true);
    expect(new other.UnknownIdError('m', 'country', 'XX', []) instanceof MyError).toBe(false);
    expect(new MyError('m', 'country', 'XX', []) instanceof other.UnknownIdError).toBe(true);
  });
});

describe('instanceof, within one copy of the library and across copies', () => {
  it('is false for null, primitives, plain objects and errors of other classes', () => {
    for (const value of [null, undefined, 'UnknownIdError', 3, {}, Object.create(null), new Error('x'), new TypeError('x')]) {
      expect(value instanceof UnknownIdError).toBe(false);
      expect(value instanceof CriticalMineralsError).toBe(false);
    }
    expect(new InvalidArgumentError('x', 'p', 1) instanceof UnknownIdError).toBe(false);
  });

  it('takes the mark under the registry symbol critical-minerals.error-class: an error of another copy (or version) with it is an instance', () => {
    const mark = Symbol.for('critical-minerals.error-class');
    const fromAnotherCopy = Object.create(Object.assign(Object.create(Error.prototype), { [mark]: 'UnknownIdError' })) as object;
    expect(fromAnotherCopy instanceof UnknownIdError).toBe(true);
    expect(fromAnotherCopy instanceof InvalidArgumentError).toBe(false);
    const unmarked = Object.create(Object.assign(Object.create(Error.prototype), { [Symbol.for('')]: 'UnknownIdError' })) as object;
    expect(unmarked instanceof UnknownIdError).toBe(false);
  });
});
