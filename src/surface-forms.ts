/**
 * Surface forms: the words by which a quote can say a value. A `stated` provenance entry is accepted only when,
 * for every item of the value, one of its evidence quotes holds one of the item's surface forms:
 * - a reference: a name, alias or demonym of the record it names (and, for a country, the name of a city the text
 *   uses for its government, "Seoul"); an event by the words for its type ("summit", "press conference");
 * - a number: its digits or its word ("six"; "fourth" for a rank); a year: its digits; a day: "June 12, 2024";
 * - a vocabulary value: its words or a listed synonym ("MOU" for `mou`, "producer" for `production`);
 * - any other text: the text itself.
 * Matching ignores case, curly versus straight apostrophes, quotation marks, parentheses and hyphens, and needs word
 * boundaries.
 *
 * @module
 */
import { dayRange } from './dates.js';
import { valueAt } from './provenance.js';
import type { AnyIds, AnyRecord } from './types.js';

/** Synonyms of vocabulary values, by `kind.field`, then value. A value not listed is said by its own words. */
const VOCABULARY_FORMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'agreement.type': {
    mou: ['MOU', 'MOUs', 'memorandum of understanding'],
    deal: ['deal', 'deals'],
    'agreement-in-principle': ['agreed'],
  },
  'agreement.stages': {
    mining: ['mining', 'mine'],
    'final-use': ['final use'],
  },
  'event.type': {
    'state-visit': ['state visit'],
    'press-conference': ['press conference'],
    announcement: ['announced'],
    independence: ['independence'],
    'site-closure': ['closing'],
    disarmament: ['dismantling'],
    'nuclear-test': ['test'],
    'nuclear-test-series': ['nuclear tests'],
    summit: ['summit', 'summit talks'],
  },
  'event.status': {
    stalled: ['stalled'],
    planned: ['plan to'],
  },
  'resource.relation': {
    reserves: ['reserve', 'reserves'],
    production: ['producer', 'produces', 'production'],
  },
  'organization.type': {
    'financial-institutions': ['financial institutions'],
    companies: ['companies', 'makers'],
    sector: ['sector', 'sectors'],
  },
  'figure.comparator': {
    gt: ['more than', 'over'],
    gte: ['including', 'such as', 'at least'],
  },
};

/** Words for the numbers a text is likely to spell out ("a memorandum" is one). */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A number's digits and word; one is also "a" or "an". */
function numberForms(value: number): string[] {
  const word = NUMBER_WORDS[value];
  return [String(value), ...(word ? [word] : []), ...(value === 1 ? ['a', 'an'] : [])];
}

/**
 * Lower case; curly apostrophes straight; quotation marks and parentheses dropped; hyphens and dashes as spaces;
 * spaces folded; a plural "s" dropped from words of five letters or more ("minerals" matches "mineral").
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”"()]/g, '')
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([a-z]{3,}[^s\s'])s\b/g, '$1');
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether `text` holds `form` as whole words (both already normalized). */
export function holds(text: string, form: string): boolean {
  if (form === '') return false;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + form.length] ?? '';
    if (!WORD.test(before) && !WORD.test(after)) return true;
  }
  return false;
}

/** A word and its singular, so "batteries" is said by "battery" and "chips" by "chip". */
function withSingular(word: string): string[] {
  if (/ies$/.test(word)) return [word, word.replace(/ies$/, 'y')];
  if (/[^s]s$/.test(word)) return [word, word.slice(0, -1)];
  return [word];
}

/**
 * The names by which the text can refer to a record; for a country, also the cities it uses for its government,
 * except `speaker` itself (a city's own name does not say which country it is in).
 */
export function namesOf(record: AnyRecord<AnyIds>, standsFor: SurfaceContext['standsFor'], speaker?: string): string[] {
  const r = record as unknown as Record<string, unknown>;
  const names: string[] = [];
  for (const key of ['name', 'title', 'label', 'familyName']) if (typeof r[key] === 'string') names.push(r[key] as string);
  for (const key of ['aliases', 'demonyms']) if (Array.isArray(r[key])) names.push(...(r[key] as string[]));
  if (record.kind === 'event') names.push(...(VOCABULARY_FORMS['event.type']![record.type] ?? [record.type.replace(/-/g, ' ')]));
  if (record.kind === 'statement') names.push(record.text);
  for (const city of standsFor.get(record.id) ?? []) if (city.id !== speaker) names.push(city.name);
  return names;
}

/** What the check needs to know about the dataset: how to look a record up, and which fields hold ids. */
export interface SurfaceContext {
  /** The record with this id, or `undefined`. */
  readonly lookup: (id: string) => AnyRecord<AnyIds> | undefined;
  /** Whether `path` of a `kind` record holds ids. */
  readonly isReference: (kind: string, path: string) => boolean;
  /** For each country, the cities the text uses for its government (a place's `standsFor`), by id and name. */
  readonly standsFor: ReadonlyMap<string, readonly { readonly id: string; readonly name: string }[]>;
}

/** The forms of a date: a year's digits, "June 2024", or "June 12, 2024" and "12 June 2024". */
function dateForms(value: string): string[] {
  const [year, month, day] = value.split('-');
  if (month === undefined) return [year!];
  const name = MONTHS[Number(month) - 1]!;
  if (day === undefined) return [`${name} ${year}`];
  // English ("June 12, 2024", "12 June 2024"), ISO, and Korean bylines ("2024. 6. 11.").
  return [`${name} ${Number(day)}, ${year}`, `${Number(day)} ${name} ${year}`, value, `${year}. ${Number(month)}. ${Number(day)}.`];
}

/**
 * The surface forms of a field's value: one list of acceptable forms per item (one item for a single value), or
 * `null` where no words can state such a value (a boolean, a code, a date bounded by more than its own span).
 */
export function surfaceForms(record: AnyRecord<AnyIds>, path: string, context: SurfaceContext): (readonly string[])[] | null {
  const value = valueAt(record, path);
  const items = Array.isArray(value) ? value : [value];
  const forms: (readonly string[])[] = [];
  const vocabulary = VOCABULARY_FORMS[`${record.kind}.${path}`];
  for (const item of items) {
    if (typeof item === 'string' && context.isReference(record.kind, path)) {
      // A reference to a record that is not there is the reference check's to report, not this one's.
      const target = context.lookup(item);
      if (target !== undefined) forms.push(namesOf(target, context.standsFor, record.id));
    } else if (typeof item === 'string') {
      forms.push(vocabulary?.[item] ?? (item.includes(' ') ? [item] : withSingular(item)));
    } else if (typeof item === 'number') {
      const rank = record.kind === 'figure' && record.type === 'rank';
      forms.push(rank ? [ORDINAL_WORDS[item] ?? `${item}th`] : numberForms(item));
    } else if (item !== null && typeof item === 'object' && 'precision' in item && 'value' in item) {
      const date = item as { value: string; earliest?: string; latest?: string };
      if (date.earliest !== undefined && date.latest !== undefined && !spansExactly(date.value, date.earliest, date.latest)) return null;
      forms.push(dateForms(date.value));
    } else if (item !== null && typeof item === 'object' && 'comparator' in item && 'value' in item) {
      const count = item as { value: number; comparator: string };
      if (count.comparator !== 'eq') return null;
      forms.push(numberForms(count.value));
    } else {
      return null;
    }
  }
  return forms;
}

/** Whether `earliest`–`latest` is exactly the span of days `value` names (no narrower bound added). */
function spansExactly(value: string, earliest: string, latest: string): boolean {
  const span = dayRange(value);
  return span !== null && span.first === earliest && span.last === latest;
}

/**
 * Why `quotes` do not state the field's value, or `null` when they do: each item of the value needs a quote that
 * holds one of its surface forms.
 */
export function unstatedReason(record: AnyRecord<AnyIds>, path: string, quotes: readonly string[], context: SurfaceContext): string | null {
  const forms = surfaceForms(record, path, context);
  if (forms === null) return 'no words can state a value of this kind: mark it derived, standard or inferred';
  const texts = quotes.map(normalize);
  for (const itemForms of forms) {
    const said = itemForms.some((form) => texts.some((text) => holds(text, normalize(form))));
    if (!said) return `no quote holds ${itemForms.map((f) => JSON.stringify(f)).join(' or ') || 'a surface form'}`;
  }
  return null;
}

/** Positions of the quotes that say at least one item of the field's value (what a `stated` entry points at). */
export function sayingQuotes(record: AnyRecord<AnyIds>, path: string, quotes: readonly string[], context: SurfaceContext): number[] {
  const forms = surfaceForms(record, path, context);
  if (forms === null) return [];
  const texts = quotes.map(normalize);
  return texts.flatMap((text, i) => (forms.some((itemForms) => itemForms.some((form) => holds(text, normalize(form)))) ? [i] : []));
}
