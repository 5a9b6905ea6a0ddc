/**
 * The library's own errors. Every check on caller input throws one of these, never a `TypeError` from inside.
 *
 * @module
 */
import { escapeControls, quote } from './printable.js';
import type { Tombstone } from './tombstone.js';
import type { RecordKind } from './vocabulary.js';

/** The key of the mark each error class sets on its prototype: the same in every copy of the library. */
const ERROR_CLASS = Symbol.for('critical-minerals.error-class');

interface Branded {
  readonly [ERROR_CLASS]?: string;
}

/**
 * Marks `errorClass` as the library's class `name`, for {@link CriticalMineralsError}'s `instanceof`, and sets the
 * `name` its errors inherit (on the prototype, as `Error.prototype.name` is: an error made costs no own copy).
 */
function brand(errorClass: abstract new (...args: never[]) => Error, name: string): void {
  Object.defineProperty(errorClass.prototype, ERROR_CLASS, { value: name });
  Object.defineProperty(errorClass.prototype, 'name', { value: name, writable: true, configurable: true });
}

/** How many problems a {@link DatasetError} message lists; the rest are counted (all stay in `issues`). */
const LISTED_ISSUES = 50;

/**
 * The base class of every error this library throws on purpose.
 *
 * @example
 * ```ts
 * import { mineralsOf, CriticalMineralsError } from 'critical-minerals';
 * try {
 *   mineralsOf('XX' as never);
 * } catch (error) {
 *   console.log(error instanceof CriticalMineralsError); // true
 * }
 * ```
 *
 * @group Errors
 */
export class CriticalMineralsError extends Error {
  static {
    brand(this, 'CriticalMineralsError');
  }
  /** The name of the error's class (the nearest of the library's own): `'UnknownIdError'`. */
  declare name: string;

  /**
   * `error instanceof` one of this library's error classes holds for an error its class made, and for one made
   * by another copy of the library, such as `critical-minerals/catalog` loaded beside the core entry (the ES
   * module core entry is one self-contained file) or a second copy in a bundle: each class marks its prototype
   * with its name under a key that is the same in every copy.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // A subclass made outside the library has no mark of its own: the prototype chain alone decides.
    const mark = Object.hasOwn(this.prototype, ERROR_CLASS) && (this.prototype as Branded)[ERROR_CLASS];
    for (let link: unknown = value; typeof link === 'object' && link !== null; link = Object.getPrototypeOf(link)) {
      if (link === this.prototype || (mark && (link as Branded)[ERROR_CLASS] === mark)) return true;
    }
    return false;
  }
}

/**
 * An id or name that names nothing of the expected kind. `suggestions` holds the nearest valid values.
 *
 * @example
 * ```ts
 * import { mineralsOf, UnknownIdError } from 'critical-minerals';
 * try {
 *   mineralsOf('Kazakstan' as never);
 * } catch (error) {
 *   if (error instanceof UnknownIdError) console.log(error.message, error.suggestions);
 *   // Unknown country "Kazakstan". Did you mean "KZ" (Kazakhstan)? [ 'KZ' ]
 * }
 * ```
 *
 * @group Errors
 */
export class UnknownIdError extends CriticalMineralsError {
  static {
    brand(this, 'UnknownIdError');
  }
  /** What was asked for, e.g. `country`, or `mineral or topic`. */
  declare readonly expected: string;
  /** The input as given. */
  declare readonly input: unknown;
  /** The nearest valid values, best first; empty when nothing is close. */
  declare readonly suggestions: readonly string[];
  constructor(message: string, expected: string, input: unknown, suggestions: readonly string[]) {
    super(message);
    this.expected = expected;
    this.input = input;
    this.suggestions = suggestions;
  }
}

/**
 * An id that named a record in an earlier release and names none now. It is an {@link UnknownIdError} (code that
 * catches unknown ids keeps working), with what its tombstone says: the release it was removed in, the record that
 * replaces it (also its one suggestion) and why.
 *
 * @example
 * ```ts
 * import { RemovedIdError, UnknownIdError } from 'critical-minerals';
 * const error = new RemovedIdError(
 *   { id: 'kr-kz-old-mou', kind: 'agreement', removedIn: '0.3.0', replacedBy: 'kr-kz-lithium-mou', reason: 'a duplicate' },
 *   'record',
 * );
 * console.log(error.message);
 * // Removed record "kr-kz-old-mou": the agreement was removed in 0.3.0 (a duplicate). Use "kr-kz-lithium-mou" instead.
 * console.log(error instanceof UnknownIdError, error.suggestions); // true [ 'kr-kz-lithium-mou' ]
 * ```
 * @group Errors
 */
export class RemovedIdError extends UnknownIdError {
  static {
    brand(this, 'RemovedIdError');
  }
  /** The kind of the record the id named. */
  declare readonly kind: RecordKind;
  /** The first release without it. */
  declare readonly removedIn: string;
  /** The id of the record that replaces it, or `null` where none does. */
  declare readonly replacedBy: string | null;
  /** Why it was removed. */
  declare readonly reason: string;
  constructor(tombstone: Tombstone, expected: string) {
    const { id, kind, removedIn, replacedBy, reason } = tombstone;
    super(
      `Removed ${expected} ${JSON.stringify(id)}: the ${kind} was removed in ${removedIn} (${reason}). ` +
        (replacedBy === null ? 'Nothing replaces it.' : `Use ${JSON.stringify(replacedBy)} instead.`),
      expected,
      id,
      replacedBy === null ? [] : [replacedBy],
    );
    this.kind = kind;
    this.removedIn = removedIn;
    this.replacedBy = replacedBy;
    this.reason = reason;
  }
}

/**
 * An input that could name more than one thing ("Korea": South or North). `candidates` lists them.
 *
 * @example
 * ```ts
 * import { resolveCountry, AmbiguousInputError } from 'critical-minerals';
 * try {
 *   resolveCountry('Korea');
 * } catch (error) {
 *   if (error instanceof AmbiguousInputError) console.log(error.candidates); // [ 'KP', 'KR' ]
 * }
 * ```
 *
 * @group Errors
 */
export class AmbiguousInputError extends CriticalMineralsError {
  static {
    brand(this, 'AmbiguousInputError');
  }
  /** The input as given. */
  declare readonly input: string;
  /** Every value the input could name, sorted. */
  declare readonly candidates: readonly string[];
  constructor(message: string, input: string, candidates: readonly string[]) {
    super(message);
    this.input = input;
    this.candidates = candidates;
  }
}

/**
 * An argument of the wrong type or shape (`null`, a number, an unknown option).
 *
 * @example
 * ```ts
 * import { agreementsBetween, InvalidArgumentError } from 'critical-minerals';
 * try {
 *   agreementsBetween(null as never, 'KZ');
 * } catch (error) {
 *   console.log(error instanceof InvalidArgumentError); // true
 * }
 * ```
 *
 * @group Errors
 */
export class InvalidArgumentError extends CriticalMineralsError {
  static {
    brand(this, 'InvalidArgumentError');
  }
  /** The parameter at fault, e.g. `country`. */
  declare readonly parameter: string;
  /** The argument as given. */
  declare readonly input: unknown;
  constructor(message: string, parameter: string, input: unknown) {
    super(message);
    this.parameter = parameter;
    this.input = input;
  }
}

/**
 * One problem with a dataset: which record, which field, what is wrong.
 *
 * @group Errors
 */
export interface DatasetIssue {
  /** The record's id, or `records[i]` where it has none. */
  readonly record: string;
  /** The record's kind, or `null` where it has no valid one. */
  readonly kind: RecordKind | null;
  /** Dotted path to the field, e.g. `evidence.0.quote`; empty for the record as a whole. */
  readonly path: string;
  /** What is wrong, in a sentence. */
  readonly message: string;
}

/**
 * A dataset that fails validation. The message lists the first 50 problems, one per line, with record id
 * (quoted, control characters escaped, so an id cannot forge a line) and field, then how many more there are;
 * `issues` holds every one.
 *
 * @example
 * ```ts
 * import { DatasetError } from 'critical-minerals';
 * const error = new DatasetError([{ record: 'kz', kind: 'country', path: 'id', message: 'must be an ISO 3166-1 alpha-2 code' }]);
 * console.log(error.message);
 * // Invalid dataset: 1 problem
 * //   - country "kz" at id: must be an ISO 3166-1 alpha-2 code
 * ```
 *
 * @group Errors
 */
export class DatasetError extends CriticalMineralsError {
  static {
    brand(this, 'DatasetError');
  }
  /** Every problem found, in the order found. */
  declare readonly issues: readonly DatasetIssue[];
  constructor(issues: readonly DatasetIssue[]) {
    const lines = issues
      .slice(0, LISTED_ISSUES)
      .map((i) => `  - ${i.kind ?? 'record'} ${quote(i.record)}${i.path ? ` at ${escapeControls(i.path)}` : ''}: ${escapeControls(i.message)}`);
    if (issues.length > LISTED_ISSUES) lines.push(`  … and ${issues.length - LISTED_ISSUES} more (see issues)`);
    super(`Invalid dataset: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`);
    this.issues = issues;
  }
}
