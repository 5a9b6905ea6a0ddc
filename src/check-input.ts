/**
 * Run-time checks on what callers pass in, for plain-JavaScript callers and `as any` casts: each bad input
 * becomes one of the library's errors, naming the input, what was expected, and the nearest valid values.
 *
 * @module
 */
import { InvalidArgumentError, UnknownIdError } from './errors.js';
import { quote } from './printable.js';
import { createSuggester, describeCandidates, nearest, type Candidate, type Suggester, type WorkCounter } from './suggest.js';

/** How an input reads in a message: `"KZ"`, `null`, `the number 7`, `an object`. */
export function describeInput(input: unknown): string {
  const type = typeof input;
  if (type === 'string') return quote(input as string);
  if (input === null || input === undefined) return String(input);
  if (Array.isArray(input)) return 'an array';
  if (type === 'object') return 'an object';
  // A number, a bigint or a boolean is shown; a symbol or a function only named.
  return type === 'symbol' || type === 'function' ? `a ${type}` : `the ${type} ${String(input)}`;
}

/** Where to look an id up, and what to suggest when it is not there. */
export interface IdDomain {
  /** What the id names, for messages: `country`, `mineral or topic`. */
  readonly expected: string;
  /** An example of a valid id, for messages. */
  readonly example: string;
  has(id: string): boolean;
  candidates(): Iterable<Candidate>;
}

/** Checks that `input` is a known id of `domain`; returns it, or throws a helpful error. */
export function checkId(input: unknown, parameter: string, domain: IdDomain): string {
  if (typeof input !== 'string' || input.trim() === '') {
    const text = typeof input === 'string';
    const what = text ? `Empty ${parameter}` : input === undefined ? `Missing ${parameter}` : `Invalid ${parameter} ${describeInput(input)}`;
    throw new InvalidArgumentError(
      `${what}: expected a ${domain.expected} id${text ? '' : ' (a string)'}, such as "${domain.example}".`,
      parameter,
      input,
    );
  }
  if (domain.has(input)) return input;
  throw unknownId(input, domain);
}

/** Each domain's suggester, built on its first unknown id and kept, so later typos cost a search, not a scan. */
const suggesters = new WeakMap<IdDomain, Suggester>();

/**
 * The error for an id that names nothing: with the nearest matches, or else a few valid ids. The search's
 * cost is bounded (see `suggest.ts`); `counter`, if given, counts its work.
 */
export function unknownId(input: string, domain: IdDomain, counter?: WorkCounter): UnknownIdError {
  let suggester = suggesters.get(domain);
  if (!suggester) suggesters.set(domain, (suggester = createSuggester(() => domain.candidates())));
  const near = suggester.nearest(input, 3, counter);
  const hint = near.length > 0 ? `Did you mean ${describeCandidates(near)}?` : `Valid ids include ${describeCandidates(suggester.some(6))}.`;
  return new UnknownIdError(`Unknown ${domain.expected} ${quote(input)}. ${hint}`, domain.expected, input, near.map((c) => c.value));
}

/**
 * Checks an options argument: `undefined` or a plain object whose keys are all in `allowed`. Returns its own
 * properties on a null prototype, so nothing inherited is read as an option.
 */
export function checkOptions(input: unknown, allowed: readonly string[]): Record<string, unknown> {
  // Own properties only, copied onto a null prototype: an option set on Object.prototype by other code
  // (prototype pollution) is not an option the caller gave.
  const own = Object.create(null) as Record<string, unknown>;
  if (input === undefined) return own;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidArgumentError(`Invalid options ${describeInput(input)}: expected an object or nothing.`, 'options', input);
  }
  for (const key of Object.keys(input)) {
    own[key] = (input as Record<string, unknown>)[key];
    if (!allowed.includes(key)) {
      throw new InvalidArgumentError(`Unknown option ${quote(key)}. Options are: ${allowed.join(', ')}.${didYouMean(key, allowed)}`, 'options', input);
    }
  }
  return own;
}

/**
 * Checks an option that takes one value or a list from a closed vocabulary; returns the list, or `null`
 * where the option is absent (meaning: no filter). An empty list is rejected: it would silently match nothing.
 */
export function checkChoice<T extends string>(input: unknown, option: string, choices: readonly T[]): readonly T[] | null {
  if (input === undefined) return null;
  const values = Array.isArray(input) ? input : [input];
  if (values.length === 0) {
    // An empty list would keep nothing: never what a caller means by a filter.
    throw new InvalidArgumentError(
      `Invalid ${option} []: an empty list would match nothing. Expected one of ${quoteEach(choices)}, or a list of them; leave ${option} out for no filter.`,
      option,
      input,
    );
  }
  for (const value of values) {
    if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
      const hint = typeof value === 'string' ? didYouMean(value, choices) : '';
      throw new InvalidArgumentError(
        `Invalid ${option} ${describeInput(value)}: expected one of ${quoteEach(choices)}.${hint}`,
        option,
        value,
      );
    }
  }
  return values as T[];
}

/** `"a", "b", "c"`: a closed list of values, for a message. */
function quoteEach(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** ` Did you mean "x"?`, where `x` is the value of `choices` nearest to `input`; empty when none is near. */
function didYouMean(input: string, choices: readonly string[]): string {
  const [near] = nearest(input, choices.map((value) => ({ value, label: value, names: [value] })), 1);
  return near ? ` Did you mean "${near.value}"?` : '';
}
