/**
 * The queries on the embedded dataset, as plain functions. Each checks its input at run time and throws the
 * library's own errors ({@link UnknownIdError}, {@link InvalidArgumentError}, {@link AmbiguousInputError}).
 * Answers are deep-frozen arrays, in the order each function documents.
 *
 * @module
 */
import type { AgreementOptions, BetweenOptions, LinkOptions, RecordOf, TimelineOptions } from './catalog.js';
import { catalog } from './embedded.js';
import type { AmbiguousInputError, InvalidArgumentError, UnknownIdError } from './errors.js';
import type { CountryCode, MineralId, PersonId, TopicId } from './generated/ids.js';
import type { CountryLink, MineralLink, Partner, TimelineEntry } from './indexes.js';
import type { Claim, ProvenanceMap } from './provenance.js';
import type { Agreement, Evidence, Ids, RecordId, Statement } from './types.js';

/**
 * The record with this id, of any kind, typed by its id.
 *
 * @throws {@link UnknownIdError} for an id that names no record, with the nearest ids.
 * @example
 * ```ts
 * import { get } from 'critical-minerals';
 * const mou = get('kr-kz-critical-minerals-supply-chain-mou');
 * console.log(mou.date?.value, mou.agreedBy); // 2024-06-12 [ 'yoon-suk-yeol', 'kassym-jomart-tokayev' ]
 * ```
 *
 * @group Queries
 */
export function get<K extends RecordId>(id: K): RecordOf<Ids, K> {
  return catalog.get(id);
}

/**
 * The minerals and commodities tied to a country, each as `{ mineral, relation, via, evidence }`: `relation`
 * is `reserves` or `production` (from a resource record) or `agreement` (the country is party to an agreement
 * on the mineral). Ordered by mineral id, then relation, then `via`. A country tied to nothing gets `[]`.
 *
 * @param country - ISO alpha-2 code, such as `'KZ'`.
 * @param options - `relation`: keep only this relation, or these.
 * @throws {@link UnknownIdError} for an unknown code, suggesting the nearest ("Kazakstan" → "KZ").
 * @example
 * ```ts
 * import { mineralsOf } from 'critical-minerals';
 * console.log(mineralsOf('KZ', { relation: 'reserves' }).map((link) => link.mineral));
 * // [ 'chromium', 'rare-earth-metals', 'titanium', 'uranium' ]
 * ```
 *
 * @group Queries
 */
export function mineralsOf(country: CountryCode, options?: LinkOptions): readonly MineralLink<Ids>[] {
  return catalog.mineralsOf(country, options);
}

/**
 * The countries tied to a mineral: the inverse of {@link mineralsOf}, each as `{ country, relation, via, evidence }`.
 * Ordered by country code, then relation, then `via`.
 *
 * @param mineral - a mineral id, such as `'lithium'`.
 * @param options - `relation`: keep only this relation, or these.
 * @throws {@link UnknownIdError} for an unknown mineral.
 * @example
 * ```ts
 * import { countriesWith } from 'critical-minerals';
 * console.log(countriesWith('lithium').map((link) => `${link.country} ${link.relation}`));
 * // [ 'KR agreement', 'KZ agreement' ]
 * ```
 *
 * @group Queries
 */
export function countriesWith(mineral: MineralId, options?: LinkOptions): readonly CountryLink<Ids>[] {
  return catalog.countriesWith(mineral, options);
}

/**
 * The agreements both countries are parties to, by date then id; the same whichever order they are given in.
 * A country an agreement is only about (a subject, like North Korea) is not a party to it.
 *
 * @param options - `type`: keep only `mou`, `deal` or `agreement-in-principle` (or several).
 * @throws {@link UnknownIdError} for an unknown code.
 * @example
 * ```ts
 * import { agreementsBetween } from 'critical-minerals';
 * console.log(agreementsBetween('KZ', 'KR', { type: 'mou' }).length); // 4
 * console.log(agreementsBetween('KR', 'KP').length); // 0
 * ```
 *
 * @group Queries
 */
export function agreementsBetween(a: CountryCode, b: CountryCode, options?: AgreementOptions): readonly Agreement<Ids>[] {
  return catalog.agreementsBetween(a, b, options);
}

/**
 * The agreements a country is party to, by date then id.
 *
 * @throws {@link UnknownIdError} for an unknown code.
 * @example
 * ```ts
 * import { agreementsOf } from 'critical-minerals';
 * console.log(agreementsOf('KZ', { type: 'agreement-in-principle' }).map((a) => a.id));
 * // [ 'kr-kz-new-areas-cooperation', 'kr-kz-north-korea-condemnation' ]
 * ```
 *
 * @group Queries
 */
export function agreementsOf(country: CountryCode, options?: AgreementOptions): readonly Agreement<Ids>[] {
  return catalog.agreementsOf(country, options);
}

/**
 * The agreements that name a mineral or a topic, by date then id.
 *
 * @param mineralOrTopic - a mineral id (`'lithium'`) or a topic id (`'renewable-energy'`).
 * @throws {@link UnknownIdError} for an id that is neither.
 * @example
 * ```ts
 * import { agreementsOn } from 'critical-minerals';
 * console.log(agreementsOn('lithium').map((a) => a.name));
 * // [ 'MOU on joint lithium mine exploration and development' ]
 * ```
 *
 * @group Queries
 */
export function agreementsOn(mineralOrTopic: MineralId | TopicId, options?: AgreementOptions): readonly Agreement<Ids>[] {
  return catalog.agreementsOn(mineralOrTopic, options);
}

/**
 * The countries that share at least one agreement with `country`, by code, each with those agreements.
 *
 * @throws {@link UnknownIdError} for an unknown code.
 * @example
 * ```ts
 * import { partnersOf } from 'critical-minerals';
 * console.log(partnersOf('KR').map((p) => `${p.country}: ${p.agreements.length}`)); // [ 'KZ: 7' ]
 * ```
 *
 * @group Queries
 */
export function partnersOf(country: CountryCode): readonly Partner<Ids>[] {
  return catalog.partnersOf(country);
}

/**
 * The events and agreements dated in `from`–`to`, both inclusive, in timeline order. Each bound is `YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`, or a `Date`, which stands for its UTC day. A record's date may fall on any day from its `date.earliest` to its `date.latest`
 * (a year-precision `2019` on any day of 2019; a month the text bounds more tightly, only within those bounds):
 * `mode: 'overlaps'` (the default) keeps every record that may fall in the range, `mode: 'within'` only those
 * that certainly do. Undated records are never in range.
 *
 * @param options - `mode`: `'overlaps'` (default) or `'within'`.
 * @throws {@link InvalidArgumentError} for a malformed date, `from` after `to`, or an unknown mode.
 * @example
 * ```ts
 * import { eventsBetween } from 'critical-minerals';
 * console.log(eventsBetween('2019-02-27', '2019-02-28').map((e) => e.id)); // [ 'hanoi-summit-2019' ]
 * console.log(eventsBetween('2019-02-27', '2019-02-28', { mode: 'within' }).length); // 0
 * console.log(eventsBetween(new Date('2024-06-12T23:30:00Z'), new Date(Date.UTC(2024, 5, 12))).length); // 12
 * ```
 *
 * @group Queries
 */
export function eventsBetween(from: string | Date, to: string | Date, options?: BetweenOptions): readonly TimelineEntry<Ids>[] {
  return catalog.eventsBetween(from, to, options);
}

/**
 * Every dated event and agreement, by its earliest possible day, then its latest, then id (a year sorts at its
 * first day, before a day of that year). With
 * `{ includeUndated: true }`, the undated ones follow, by id.
 *
 * @example
 * ```ts
 * import { timeline } from 'critical-minerals';
 * console.log(timeline().slice(0, 3).map((e) => `${e.date?.value} ${e.id}`));
 * // [ '1991 kazakhstan-independence', '2017 north-korea-last-nuclear-test', '2019 hanoi-summit-2019' ]
 * ```
 *
 * @group Queries
 */
export function timeline(options?: TimelineOptions): readonly TimelineEntry<Ids>[] {
  return catalog.timeline(options);
}

/**
 * What a person said, quoted (`mode: 'direct'`) or reported, by date then id.
 *
 * @throws {@link UnknownIdError} for an unknown person id.
 * @example
 * ```ts
 * import { statementsBy } from 'critical-minerals';
 * const direct = statementsBy('kassym-jomart-tokayev').filter((s) => s.mode === 'direct');
 * console.log(direct.map((s) => s.occasion)); // [ 'tokayev-briefing', 'tokayev-briefing' ]
 * ```
 *
 * @group Queries
 */
export function statementsBy(person: PersonId): readonly Statement<Ids>[] {
  return catalog.statementsBy(person);
}

/**
 * The evidence behind a record, given as the record or its id: each quote with its offsets, so that
 * `sources[e.source].text.slice(e.start, e.end) === e.quote`.
 *
 * @throws {@link UnknownIdError} for an unknown id.
 * @example
 * ```ts
 * import { evidenceOf, countries } from 'critical-minerals';
 * const [first] = evidenceOf(countries.KZ);
 * console.log(first?.quote, first?.start, first?.end); // the Kazakh capital of Astana 321 349
 * ```
 *
 * @group Provenance and evidence
 */
export function evidenceOf(recordOrId: RecordId | { readonly id: RecordId }): readonly Evidence<Ids>[] {
  return catalog.evidenceOf(recordOrId);
}

/**
 * Where each value of a record comes from, given the record or its id: a frozen map from field name (a dotted
 * path for nested fields, `office.title`) to `{ basis, evidence, rule?, note?, comparator?, reportedBy? }`.
 * `basis` is `stated` (the quotes in `evidence` say it), `derived` (the named `rule` computes it from the quotes),
 * `standard` (an outside identifier from the reference list) or `inferred` (an editorial reading; `note` says
 * why). Every populated field has an entry; `id`, `kind`, `evidence` and `note` have none.
 *
 * @throws {@link UnknownIdError} for an unknown id.
 * @example
 * ```ts
 * import { provenanceOf } from 'critical-minerals';
 * const { date, signedBy, agreedBy } = provenanceOf('kr-kz-critical-minerals-supply-chain-mou');
 * console.log(date?.basis, date?.rule, date?.conflict, date?.claims?.length); // derived local-date-of-event true 3
 * console.log(agreedBy?.basis, signedBy?.basis, signedBy?.rule); // stated derived the-two-countries
 * ```
 *
 * @group Provenance and evidence
 */
export function provenanceOf(recordOrId: RecordId | { readonly id: RecordId }): ProvenanceMap<Ids> {
  return catalog.provenanceOf(recordOrId);
}

/**
 * Every source's claim on one field of a record, given the record or its id and the field (dotted for nested
 * fields). Where sources disagree, the record's value is the resolved one (its provenance names the rule and has
 * `conflict: true`) and every claim is listed, the losing ones included, each with its `value`, `source`, quotes
 * and basis (and an English `gloss`, ours, for a quote in another language). A field only one source speaks to
 * gives that one claim; a value with no quotes (a standard identifier) gives `[]`.
 *
 * @throws {@link UnknownIdError} for an unknown id; {@link InvalidArgumentError} for a field the record does not have populated.
 * @example
 * ```ts
 * import { claimsOf } from 'critical-minerals';
 * const claims = claimsOf('astana-summit', 'date');
 * console.log(claims.map((c) => `${(c.value as { value: string }).value} ${c.source}`));
 * // [
 * //   '2024-06-11 2024-06-12-kr-kz-critical-minerals',
 * //   '2024-06-12 2024-06-12-kbs-world-kr-kz-mous',
 * //   '2024-06-12 2024-06-11-chosun-yoon-arrives-in-astana'
 * // ]
 * ```
 * @group Provenance and evidence
 */
export function claimsOf(recordOrId: RecordId | { readonly id: RecordId }, field: string): readonly Claim<Ids>[] {
  return catalog.claimsOf(recordOrId, field);
}

/**
 * The code of a country named by ISO 3166 alpha-2, alpha-3 or numeric code, or by English name or short form
 * ("South Korea", "S. Korea", "Kazakh"), case-insensitive.
 *
 * @throws {@link AmbiguousInputError} for a name that fits several countries ("Korea"), listing them.
 * @throws {@link UnknownIdError} for a name that fits none, with the nearest.
 * @example
 * ```ts
 * import { resolveCountry } from 'critical-minerals';
 * console.log(resolveCountry('S. Korea'), resolveCountry('kaz'), resolveCountry(398)); // KR KZ KZ
 * ```
 *
 * @group Names
 */
export function resolveCountry(input: string | number): CountryCode {
  return catalog.resolveCountry(input);
}
