/**
 * The library's own errors. Every check on caller input throws one of these, never a `TypeError` from inside.
 *
 * @module
 */
import type { RecordKind } from './vocabulary.js';

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
  override name = 'CriticalMineralsError';
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
  override name = 'UnknownIdError';
  /** What was asked for, e.g. `country`, or `mineral or topic`. */
  readonly expected: string;
  /** The input as given. */
  readonly input: unknown;
  /** The nearest valid values, best first; empty when nothing is close. */
  readonly suggestions: readonly string[];
  constructor(message: string, expected: string, input: unknown, suggestions: readonly string[]) {
    super(message);
    this.expected = expected;
    this.input = input;
    this.suggestions = suggestions;
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
  override name = 'AmbiguousInputError';
  /** The input as given. */
  readonly input: string;
  /** Every value the input could name, sorted. */
  readonly candidates: readonly string[];
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
  override name = 'InvalidArgumentError';
  /** The parameter at fault, e.g. `country`. */
  readonly parameter: string;
  /** The argument as given. */
  readonly input: unknown;
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
 * A dataset that fails validation. The message lists every problem, one per line, with record id and field.
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
  override name = 'DatasetError';
  /** Every problem found, in the order found. */
  readonly issues: readonly DatasetIssue[];
  constructor(issues: readonly DatasetIssue[]) {
    const lines = issues.map(
      (i) => `  - ${i.kind ?? 'record'} "${i.record}"${i.path ? ` at ${i.path}` : ''}: ${i.message}`,
    );
    super(`Invalid dataset: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`);
    this.issues = issues;
  }
}
