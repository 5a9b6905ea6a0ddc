/**
 * Names in the reader's language: {@link nameOf}. Its own module, so a bundle that does not call it carries
 * none of it.
 *
 * @module
 */
import { catalog } from './embedded.js';
import { InvalidArgumentError } from './errors.js';
import { checkOptions, describeInput } from './check-input.js';
import type { Ids } from './types.js';

/**
 * The ids {@link nameOf} takes: the records that have a `name` (not sources, resources, statements or figures,
 * which have a title, a label or none).
 *
 * @group Names
 */
export type NamedId = Ids['country' | 'region' | 'place' | 'person' | 'organization' | 'mineral' | 'topic' | 'agreement' | 'event' | 'initiative'];

/**
 * Options of {@link nameOf}.
 *
 * @group Names
 */
export interface NameOptions {
  /** A BCP 47 language tag, such as `'ko'` or `'de-CH'`; `'en'` when not given. */
  readonly locale?: string;
}

/**
 * What {@link nameOf} answers: a name, the language it is in, and where it comes from.
 *
 * @group Names
 */
export interface LocalName {
  /** The name. */
  readonly name: string;
  /** The language `name` is written in, as a BCP 47 tag: the locale asked for, or `'en'` on `fallback`. */
  readonly locale: string;
  /**
   * Where the name comes from: `'intl'` is the runtime's `Intl.DisplayNames` (CLDR), for current countries and UN
   * M49 regions; `'dataset'` is the record's own `name`, in English, as the shipped sources state it.
   */
  readonly from: 'intl' | 'dataset';
  /** `true` when no name in the language asked for is known, so the English name stands in. */
  readonly fallback: boolean;
}

function checkLocale(options: NameOptions | undefined): string {
  const locale = checkOptions(options, ['locale'])['locale'];
  if (locale === undefined) return 'en';
  try {
    const canonical = typeof locale === 'string' ? Intl.getCanonicalLocales(locale)[0] : undefined;
    if (canonical !== undefined && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
  } catch {
    // Not a well-formed language tag: the error below.
  }
  throw new InvalidArgumentError(
    `Invalid locale ${describeInput(locale)}: expected a BCP 47 language tag this runtime supports, such as "en", "ko" or "de-CH".`,
    'locale',
    locale,
  );
}

/** The runtime's name for an ISO region code or M49 number in `locale`, or `undefined` where it has none. */
function intlRegionName(code: string, locale: string): string | undefined {
  // A runtime without `Intl.DisplayNames` throws here too, and so has no name either.
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

/**
 * A record's name in the reader's language. Current countries and UN M49 regions are named by the runtime's
 * `Intl.DisplayNames` (CLDR), so the name may differ from the record's `name` (`VN` is "Vietnam" in English,
 * not the ISO "Viet Nam"). A historical country is named from the dataset, never by Intl (which calls `SU`
 * "Russia"). People, minerals, organizations, topics, places, agreements, events and initiatives are named only
 * as a shipped source states them: in English for now, so in another language the answer is the English name
 * with `fallback: true`.
 *
 * @param id - the id of a record with a name: `'KZ'`, `'central-asia'`, `'lithium'`, `'yoon-suk-yeol'`.
 * @param options - `locale`: a BCP 47 tag (`'ko'`, `'de-CH'`); `'en'` by default.
 * @throws {@link UnknownIdError} for an unknown id, {@link InvalidArgumentError} for a locale the runtime does not
 * know, or an id whose record has no name (a statement, a figure).
 * @example
 * ```ts
 * import { nameOf } from 'critical-minerals';
 * console.log(nameOf('SU', { locale: 'en' }).name); // Soviet Union
 * console.log(nameOf('lithium', { locale: 'ko' })); // { name: 'lithium', locale: 'en', from: 'dataset', fallback: true }
 * const kz = nameOf('KZ', { locale: 'ko' });
 * console.log(kz.from, /\p{Script=Hangul}/u.test(kz.name)); // intl true
 * ```
 *
 * @group Names
 */
export function nameOf(id: NamedId, options?: NameOptions): LocalName {
  const locale = checkLocale(options);
  const record = catalog.get(id) as { readonly kind: string; readonly name?: unknown; readonly historical?: boolean; readonly alpha2?: string; readonly m49?: string | null };
  if (typeof record.name !== 'string') {
    throw new InvalidArgumentError(
      `Invalid id ${describeInput(id)}: a ${record.kind} has no name; expected the id of a country, region, place, person, organization, mineral, topic, agreement, event or initiative.`,
      'id',
      id,
    );
  }
  const code = record.kind === 'country' && record.historical !== true ? record.alpha2 : record.kind === 'region' ? record.m49 : null;
  const intl = typeof code === 'string' ? intlRegionName(code, locale) : undefined;
  // The language subtag: `'de'` for `'de-CH'`.
  const english = locale.split('-')[0]!.toLowerCase() === 'en';
  return Object.freeze(
    intl !== undefined && intl !== code
      ? { name: intl, locale, from: 'intl', fallback: false }
      : { name: record.name, locale: english ? locale : 'en', from: 'dataset', fallback: !english },
  );
}
