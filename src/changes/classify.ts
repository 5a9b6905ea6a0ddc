/**
 * The README's versioning policy for data, as code: what each kind of data change means for the version number.
 * The README's "Versioning policy for data" section states the same rules in prose; a test keeps the two in step.
 *
 * @module
 */

/** How much a change matters to a consumer, least first: the semantic-versioning part it needs bumped. */
export const CHANGE_LEVELS = ['patch', 'minor', 'major'] as const;
/** One of {@link CHANGE_LEVELS}. */
export type ChangeLevel = (typeof CHANGE_LEVELS)[number];

/** The larger of two levels. */
export function maxLevel(a: ChangeLevel | 'none', b: ChangeLevel | 'none'): ChangeLevel | 'none' {
  const rank = (level: ChangeLevel | 'none') => (level === 'none' ? -1 : CHANGE_LEVELS.indexOf(level));
  return rank(a) >= rank(b) ? a : b;
}

/**
 * Fields whose value is wording, not a fact: a name spelled better, a note said more clearly. A change of their
 * text is a patch (the README: "a typo in a name", "a clearer note"); matched on the last segment of the path.
 */
export const WORDING_FIELDS = ['name', 'officialName', 'familyName', 'title', 'label', 'note'] as const;

/**
 * Fields that support the values rather than state them: the quotes and where each value comes from. Any change
 * to them is a patch (the README: "a fixed quote offset", "a record's evidence extended"), as is a change of an
 * editor's `note`.
 */
export const SUPPORT_FIELDS = ['evidence', 'provenance'] as const;

/** A JSON value's type, as the diff compares them: `null`, `string`, `number`, `boolean`, `array` or `object`. */
export type JsonType = 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object';

/** The {@link JsonType} of a value. */
export function jsonType(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as 'string' | 'number' | 'boolean' | 'object';
}

/** What the classifier is told about one changed value. */
export interface ValueChange {
  /** Dotted path from the record: `date.earliest`, `aliases`. */
  readonly path: string;
  /** `added`: the field is new on the record; `removed`: gone from it; `changed`: its value differs. */
  readonly change: 'added' | 'removed' | 'changed';
  readonly old: unknown;
  readonly new: unknown;
  /** The non-null types the field takes across all records of its kind, in the old and the new release. */
  readonly oldTypes: ReadonlySet<JsonType>;
  readonly newTypes: ReadonlySet<JsonType>;
}

/** A change's level and, in a few words, why. */
export interface Classification {
  readonly level: ChangeLevel;
  readonly reason: string;
}

const stable = (value: unknown) => JSON.stringify(value);
const list = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `"${v}"` : stable(v))).join(', ');
const types = (set: ReadonlySet<JsonType>) => [...set].sort().join(' or ');

/**
 * Classifies one changed value by the policy, first rule that applies:
 * 1. a field new to the record: **minor** (an addition); a field gone from it: **major** (a removal);
 * 2. a field whose type changed across its kind (a number that became an object): **major**;
 * 3. evidence or provenance (quotes, offsets, a basis or rule) or an editor's note: **patch**, the value stands;
 * 4. a value that became `null` (a fact withdrawn): **major**; a `null` that got a value (a fact added): **minor**;
 * 5. wording ({@link WORDING_FIELDS}) respelled: **patch**;
 * 6. a list: items removed (a party taken off an agreement): **major**; only items added: **minor**; only
 *    reordered: **patch**;
 * 7. any other value replaced by another (a date, a count, an id, a vocabulary value): **major**, a fact revised.
 */
export function classify(change: ValueChange): Classification {
  if (change.change === 'added') return { level: 'minor', reason: 'new field' };
  if (change.change === 'removed') return { level: 'major', reason: 'field removed' };
  const before = [...change.oldTypes].sort().join();
  const after = [...change.newTypes].sort().join();
  if (change.oldTypes.size > 0 && change.newTypes.size > 0 && before !== after) {
    return { level: 'major', reason: `type changed from ${types(change.oldTypes)} to ${types(change.newTypes)}` };
  }
  const segments = change.path.split('.');
  const last = segments.at(-1)!;
  if ((SUPPORT_FIELDS as readonly string[]).includes(segments[0]!)) return { level: 'patch', reason: `${segments[0]} revised` };
  if (last === 'note') return { level: 'patch', reason: 'note revised' };
  const oldType = jsonType(change.old);
  const newType = jsonType(change.new);
  if (newType === 'null') return { level: 'major', reason: 'value withdrawn (now null)' };
  if (oldType === 'null') return { level: 'minor', reason: 'value added (was null)' };
  if ((WORDING_FIELDS as readonly string[]).includes(last) && oldType === 'string' && newType === 'string') {
    return { level: 'patch', reason: 'wording' };
  }
  if (oldType === 'array' && newType === 'array') {
    const oldItems = (change.old as unknown[]).map(stable);
    const newItems = (change.new as unknown[]).map(stable);
    const removed = (change.old as unknown[]).filter((_, i) => !newItems.includes(oldItems[i]!));
    const added = (change.new as unknown[]).filter((_, i) => !oldItems.includes(newItems[i]!));
    if (removed.length > 0) {
      return { level: 'major', reason: `items removed: ${list(removed)}${added.length > 0 ? `; added: ${list(added)}` : ''}` };
    }
    if (added.length > 0) return { level: 'minor', reason: `items added: ${list(added)}` };
    return { level: 'patch', reason: 'items reordered' };
  }
  return { level: 'major', reason: 'value changed' };
}
