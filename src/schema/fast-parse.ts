/**
 * A fast path through the zod schemas for records that are valid: each record schema is compiled once into a
 * walk that checks a value against the schema's own definition (types, vocabularies, its checks and refinements,
 * run by the schema's own check functions) and builds a frozen plain copy as it goes. Zod builds a copy too, but
 * through a payload object and an issue list per value, which on a large catalog is most of the time and most of
 * the garbage.
 *
 * The walk only ever says "valid" or "not sure": anything it does not know (a schema type or check it was not
 * written for, a getter-shaped oddity, a refinement that does not return `true`) makes it give up, and the caller
 * asks zod, whose answer and messages stand. So a record the fast path accepts is one zod accepts, and its copy is
 * zod's output (same keys in the same order, same values), frozen; the empty list and the one-item lists of small
 * whole numbers are one frozen list each, shared by every copy.
 *
 * @module
 */
import * as z from 'zod';
import { deepFreeze } from '../freeze.js';

/** What a compiled walk returns when it is not sure the value is valid: then zod decides. */
export const NOT_SURE: unique symbol = Symbol('not sure');

/** A compiled walk: the value's frozen plain copy, or {@link NOT_SURE}. */
export type FastParse = (value: unknown) => unknown;

interface Def {
  readonly type: string;
  readonly checks?: readonly z.core.$ZodCheck[];
  readonly coerce?: boolean;
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly catchall?: z.core.$ZodType;
  readonly keyType?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
}

type Check = (value: unknown) => boolean;

/** The checks the walk runs itself: each fails exactly where zod's own check would. */
const EXACT_CHECKS = new WeakSet<Check>();
function exact(check: Check): Check {
  EXACT_CHECKS.add(check);
  return check;
}

/** One of a schema's checks as a predicate, the hot kinds inlined, the rest run by zod's own check function. */
function compileCheck(check: z.core.$ZodCheck): Check {
  const def = check._zod.def as unknown as {
    check: string;
    format?: string;
    pattern?: RegExp;
    minimum?: number;
    value?: unknown;
    inclusive?: boolean;
    fn?: (v: unknown) => unknown;
    when?: (payload: { value: unknown; issues: unknown[] }) => boolean;
  };
  // Zod skips a check whose `when` says no (a refinement's own condition, a size check on a value without one).
  const when = def.when;
  if (def.check === 'string_format' && def.format === 'regex' && def.pattern instanceof RegExp && !def.pattern.global && !def.pattern.sticky) {
    const pattern = def.pattern;
    return exact((value) => pattern.test(value as string));
  }
  // An ISO date's check is its pattern's test (zod's own check for the format); other formats may check more.
  if (
    def.check === 'string_format' &&
    def.format === 'date' &&
    (check._zod as unknown as { traits: ReadonlySet<string> }).traits.has('$ZodISODate') &&
    def.pattern instanceof RegExp &&
    !def.pattern.global &&
    !def.pattern.sticky
  ) {
    const pattern = def.pattern;
    return exact((value) => pattern.test(value as string));
  }
  if (def.check === 'min_length' && typeof def.minimum === 'number') {
    const minimum = def.minimum;
    return exact((value) => (value as { length: number }).length >= minimum);
  }
  if (def.check === 'number_format' && def.format === 'safeint') return exact((value) => Number.isSafeInteger(value));
  if (def.check === 'greater_than' && typeof def.value === 'number') {
    const bound = def.value;
    return exact(def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound);
  }
  if (def.check === 'less_than' && typeof def.value === 'number') {
    const bound = def.value;
    return exact(def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound);
  }
  if (def.check === 'custom' && typeof def.fn === 'function') {
    const fn = def.fn;
    if (when) return (value) => !when({ value, issues: [] }) || fn(value) === true;
    return (value) => fn(value) === true;
  }
  // Any other check (a number format, a bound, an ISO date, a URL): zod's own check, on a payload of its own. One
  // that rewrites the value (`trim`, `toLowerCase`) passes only where it leaves the value as it was: the copy
  // holds the value as given, so zod's output must be that value.
  return (value) => {
    const payload = { value, issues: [] as unknown[] };
    if (when && !when(payload)) return true;
    const result = (check._zod as unknown as { check: (p: typeof payload) => unknown }).check(payload);
    return !(result instanceof Promise) && payload.issues.length === 0 && Object.is(payload.value, value);
  };
}

/** A schema's checks: its own (a string format is its own check) and those its definition lists. */
function checksOf(schema: z.core.$ZodType): Check[] {
  const def = schema._zod.def as Def;
  const own = schema._zod.traits.has('$ZodCheck') ? [schema as unknown as z.core.$ZodCheck] : [];
  return [...own, ...(def.checks ?? [])].map(compileCheck);
}

/**
 * Lists every copy shares, frozen: the empty list, and the one-item lists of the small whole numbers (a
 * provenance entry's `evidence: [0]`). On a large catalog they are a good part of all the objects a copy would
 * make, and sharing them is invisible: they are frozen, and equal wherever they stand.
 */
const EMPTY_LIST: readonly never[] = Object.freeze([]);
const SMALL_NUMBER_LISTS: readonly (readonly number[])[] = Array.from({ length: 32 }, (_, n) => Object.freeze([n]));

/** The shared one-item list holding `item`, if there is one. */
function shared(item: unknown): readonly unknown[] | undefined {
  return typeof item === 'number' && item >= 0 && item < SMALL_NUMBER_LISTS.length && Number.isInteger(item) && !Object.is(item, -0)
    ? SMALL_NUMBER_LISTS[item]
    : undefined;
}

/** A plain object of the prototype a JSON object has (or none), with no symbol keys and no hidden ones. */
function isPlainRecord(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Zod's own parse of one schema, for the parts the walk was not written for: its data, or {@link NOT_SURE}. */
function byZod(schema: z.core.$ZodType): FastParse {
  return (value) => {
    const result = (schema as unknown as z.ZodType).safeParse(value);
    return result.success ? deepFreeze(result.data) : NOT_SURE;
  };
}

/**
 * Compiles `schema` into a walk. `generate`: whether objects get generated code (the default where the platform
 * allows it) or a loop over their fields.
 */
export function compileFastParse(schema: z.core.$ZodType, generate: boolean = canGenerate()): FastParse {
  const compile = (inner: z.core.$ZodType) => compileFastParse(inner, generate);
  const def = schema._zod.def as Def;
  const checks = checksOf(schema);
  const withChecks = (parse: FastParse): FastParse => {
    if (checks.length === 0) return parse;
    return (value) => {
      const out = parse(value);
      if (out === NOT_SURE) return NOT_SURE;
      for (const check of checks) if (!check(out)) return NOT_SURE;
      return out;
    };
  };
  if (def.coerce) return byZod(schema);
  switch (def.type) {
    case 'string':
      return withChecks((value) => (typeof value === 'string' ? value : NOT_SURE));
    case 'number':
      return withChecks((value) => (typeof value === 'number' && Number.isFinite(value) ? value : NOT_SURE));
    case 'boolean':
      return withChecks((value) => (typeof value === 'boolean' ? value : NOT_SURE));
    case 'literal':
    case 'enum': {
      const values = schema._zod.values;
      if (!values) return byZod(schema);
      return withChecks((value) => (typeof value === 'string' && values.has(value) ? value : NOT_SURE));
    }
    case 'unknown':
    case 'any':
      // Zod hands such a value on as it is; so does the walk (frozen, as everything the catalog holds). Checks on a
      // value that may be of any type (the length of null) are left to zod's parse.
      if (checks.length > 0) return byZod(schema);
      return withChecks((value) => (value === undefined ? NOT_SURE : deepFreeze(value)));
    case 'nullable': {
      const inner = compile(def.innerType!);
      return withChecks((value) => (value === null ? null : inner(value)));
    }
    case 'array': {
      const element = compile(def.element!);
      return withChecks((value) => {
        if (!Array.isArray(value)) return NOT_SURE;
        const length = value.length;
        if (length === 0) return EMPTY_LIST;
        if (length === 1) {
          const item = element(value[0]);
          return item === NOT_SURE ? NOT_SURE : (shared(item) ?? Object.freeze([item]));
        }
        const out = new Array<unknown>(length);
        for (let i = 0; i < length; i++) {
          const item = element(value[i]);
          if (item === NOT_SURE) return NOT_SURE;
          out[i] = item;
        }
        return Object.freeze(out);
      });
    }
    case 'object':
      return withChecks(compileObject(schema, def, compile, generate));
    case 'record':
      return withChecks(compileRecord(schema, def, compile));
    case 'union': {
      // Zod takes the first option that accepts the value (in a discriminated union, the one its discriminator
      // names): a later option's copy stands only where every option before it surely rejects the value.
      const options = def.options!.map(compile);
      const discriminated = (def as { discriminator?: unknown }).discriminator !== undefined;
      const sure = def.options!.map((option) => discriminated || rejectsExactly(option));
      return withChecks((value) => {
        for (let i = 0; i < options.length; i++) {
          const out = options[i]!(value);
          if (out !== NOT_SURE) return out;
          if (!sure[i]) return NOT_SURE;
        }
        return NOT_SURE;
      });
    }
    default:
      return byZod(schema);
  }
}

/**
 * Whether the walk of `schema` answers {@link NOT_SURE} only for values zod rejects: a string, number or boolean
 * whose checks are all ones the walk runs itself (a pattern, a length, a whole number, a bound), a vocabulary of
 * strings, or such a value or null. Anything else (an object, a list, a refinement) may be unsure of a valid value.
 */
function rejectsExactly(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as Def;
  if (def.coerce) return true; // zod's own parse
  switch (def.type) {
    case 'nullable':
      return rejectsExactly(def.innerType!);
    case 'literal':
    case 'enum':
      return schema._zod.values !== undefined && [...schema._zod.values].every((value) => typeof value === 'string');
    case 'string':
    case 'number':
    case 'boolean':
      return checksOf(schema).every((check) => EXACT_CHECKS.has(check));
    default:
      return false;
  }
}

/** A strict (or stripping) object: its keys in shape order; an absent optional key stays absent. */
function compileObject(schema: z.core.$ZodType, def: Def, compile: (inner: z.core.$ZodType) => FastParse, generate: boolean): FastParse {
  if (def.catchall !== undefined && def.catchall._zod.def.type !== 'never') return byZod(schema);
  const strict = def.catchall !== undefined;
  const keys = Object.keys(def.shape!);
  if (Object.getOwnPropertySymbols(def.shape!).length > 0 || keys.includes('__proto__')) return byZod(schema);
  const keySet = new Set(keys);
  const fields = keys.map((key) => {
    const field = def.shape![key]!;
    const optional = (field._zod.def as Def).type === 'optional';
    return { key, optional, parse: compile(optional ? (field._zod.def as Def).innerType! : field) };
  });
  return (generate ? generatedObjectWalk(fields, strict, keySet) : undefined) ?? objectWalk(fields, strict, keySet);
}

interface Field {
  readonly key: string;
  readonly optional: boolean;
  readonly parse: FastParse;
}

/** An object's walk as a loop over its fields (where code cannot be generated). */
function objectWalk(fields: readonly Field[], strict: boolean, keySet: ReadonlySet<string>): FastParse {
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !isPlainRecord(value)) return NOT_SURE;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, optional, parse } of fields) {
      const item = input[key];
      if (item === undefined) {
        if (optional && !(key in input)) continue;
        return NOT_SURE;
      }
      const parsed = parse(item);
      if (parsed === NOT_SURE) return NOT_SURE;
      out[key] = parsed;
    }
    if (strict) for (const key in input) if (!keySet.has(key)) return NOT_SURE;
    return Object.freeze(out);
  };
}

/**
 * The same walk as generated code, one statement per field with the key written out, as zod itself does where the
 * platform allows it: each read and write is then a plain property access, not a lookup by a key held in a
 * variable, and every copy of one schema gets the same hidden class. `undefined` where code cannot be generated
 * (a content security policy, or zod configured `jitless`).
 */
function generatedObjectWalk(fields: readonly Field[], strict: boolean, keySet: ReadonlySet<string>): FastParse | undefined {
  const lines = fields.map(({ key, optional }, i) => {
    const k = JSON.stringify(key);
    const absent = optional ? `if (!(${k} in input)) {} else return NOT_SURE;` : 'return NOT_SURE;';
    return `item = input[${k}]; if (item === undefined) { ${absent} } else { parsed = parse[${i}](item); if (parsed === NOT_SURE) return NOT_SURE; out[${k}] = parsed; }`;
  });
  const body = `return function walk(input) {
    if (input === null || typeof input !== 'object' || Array.isArray(input) || !isPlainRecord(input)) return NOT_SURE;
    const out = {};
    let item, parsed;
    ${lines.join('\n    ')}
    ${strict ? 'for (const key in input) if (!keySet.has(key)) return NOT_SURE;' : ''}
    return Object.freeze(out);
  };`;
  try {
    return new Function('NOT_SURE', 'isPlainRecord', 'keySet', 'parse', body)(NOT_SURE, isPlainRecord, keySet, fields.map((f) => f.parse)) as FastParse;
  } catch {
    return undefined;
  }
}

let generates: boolean | undefined;
/** Whether code can be generated here: not under zod's `jitless`, and `new Function` allowed. */
function canGenerate(): boolean {
  if (generates === undefined) {
    try {
      generates = !z.config().jitless && typeof new Function('return 1') === 'function';
    } catch {
      generates = false;
    }
  }
  return generates;
}

/** A record of string keys (no checks on the key): its own enumerable keys, in their order. */
function compileRecord(schema: z.core.$ZodType, def: Def, compile: (inner: z.core.$ZodType) => FastParse): FastParse {
  const keyDef = def.keyType!._zod.def as Def;
  if (keyDef.type !== 'string' || keyDef.coerce || checksOf(def.keyType!).length > 0 || def.keyType!._zod.values) return byZod(schema);
  const parse = compile(def.valueType!);
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !isPlainRecord(value)) return NOT_SURE;
    const keys = Object.keys(value);
    if (Reflect.ownKeys(value).length !== keys.length) return NOT_SURE;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (key === '__proto__' || key === 'constructor') return NOT_SURE;
      const parsed = parse(input[key]);
      if (parsed === NOT_SURE) return NOT_SURE;
      out[key] = parsed;
    }
    return Object.freeze(out);
  };
}
