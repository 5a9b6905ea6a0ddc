/**
 * The zod schemas: the single truth about every record's shape.
 *
 * This entry needs `zod` (an optional peer dependency): `npm install zod`. The core entry `critical-minerals`
 * does not import it. The TypeScript types in the core entry are proved equal to `z.output` of these schemas by
 * a type test, and the JSON Schema files shipped in `critical-minerals/json-schema/*` are generated from them.
 *
 * Schemas check shape and vocabulary. Whether a referenced id exists, and whether a quote stands at its offsets,
 * needs the whole dataset: `createCatalog` from `critical-minerals/catalog` checks both.
 *
 * @example
 * ```ts
 * import { CountrySchema } from 'critical-minerals/schema';
 * const result = CountrySchema.safeParse({ id: 'kz' });
 * console.log(result.success); // false
 * ```
 *
 * @groupDescription Record schemas
 * One zod schema per kind of record, and the union of them all.
 *
 * @groupDescription Field schemas
 * Schemas of the values records share: evidence, dates, quantities, provenance, offices, event codes.
 *
 * @groupDescription Id schemas
 * What an id looks like: an ISO country code or lower-case words joined by hyphens.
 *
 * @module critical-minerals/schema
 */
import * as z from 'zod';
import { DERIVATION_RULES, PROVENANCE_BASES, type DerivationRule } from '../provenance.js';
import { dayRange } from '../dates.js';
import {
  AGREEMENT_TYPES,
  CAMEO_LABELS,
  COMPARATORS,
  DATE_PRECISIONS,
  EVENT_STATUSES,
  EVENT_TYPES,
  FIGURE_TYPES,
  INITIATIVE_TYPES,
  MINERAL_CATEGORIES,
  ORGANIZATION_TYPES,
  PLOVER_CATEGORIES,
  RESOURCE_RELATIONS,
  STAGES,
  STATEMENT_MODES,
  RECORD_KINDS,
  type CameoCode,
  type RecordKind,
} from '../vocabulary.js';

import { notReference, refersTo } from './id-fields.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A record id of any kind but country: lower-case words joined by hyphens (`kr-kz-critical-minerals-mou`).
 *
 * @group Id schemas
 */
export const SlugIdSchema = z.string().regex(KEBAB, 'must be lower-case words joined by hyphens, like "astana"');
/**
 * A country id: its ISO 3166-1 alpha-2 code (`KZ`).
 *
 * @group Id schemas
 */
export const CountryIdSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, like "KZ"');
/**
 * A reference to a record of any kind.
 *
 * @group Id schemas
 */
export const RecordIdSchema = z.union([CountryIdSchema, SlugIdSchema]);

/** Who can act. */
const ACTOR = ['country', 'person', 'organization'] as const;
/** What a record can be about. */
const SUBJECT = [...ACTOR, 'region', 'mineral', 'topic', 'initiative'] as const;

/** A reference to one country. */
const countryRef = () => refersTo(CountryIdSchema, 'country');
/** A reference to a record of one of `kinds`, none of them a country. */
const slugRef = (...kinds: Exclude<RecordKind, 'country'>[]) => refersTo(SlugIdSchema, ...kinds);
/** A reference to a record of one of `kinds`, countries among them. */
const anyRef = (...kinds: readonly RecordKind[]) => refersTo(RecordIdSchema, ...kinds);

const note = z.string().min(1).nullable().meta({ description: "An editor's note: what the text leaves open, or how a value was read; `null` when there is nothing to say." });
const wikidata = z
  .string()
  .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id, like "Q232"')
  .nullable()
  .meta({ description: 'Checked Wikidata item id, or `null`.' });
const nonEmptyText = z.string().min(1);
/** The `id` of every kind but country. */
const slugId = SlugIdSchema.meta({ description: 'Stable id, unique across every kind: an ISO alpha-2 code for a country, lower-case words joined by hyphens otherwise.' });
/** The `kind` field of a record of `kind`. */
const kindIs = <K extends RecordKind>(kind: K) => z.literal(kind).meta({ description: 'The record kind.' });

/**
 * A quote and its offsets in a source text (W3C TextQuoteSelector + TextPositionSelector).
 *
 * @group Field schemas
 */
export const EvidenceSchema = z
  .object({
    source: slugRef('source').meta({ description: 'The id of the source the quote is from.' }),
    start: z.int().nonnegative().meta({ description: "Index of the quote's first character in the source text (UTF-16 code units, 0-based)." }),
    end: z.int().positive().meta({ description: "Index just past the quote's last character (`end` is excluded)." }),
    quote: nonEmptyText.meta({ description: 'The exact words: `source.text.slice(start, end) === quote`.' }),
  })
  .strict()
  .refine((e) => e.end - e.start === e.quote.length, {
    message: 'end - start must equal quote.length',
    path: ['end'],
  });

const evidence = z
  .array(EvidenceSchema)
  .min(1, 'every record needs at least one evidence quote')
  .meta({ description: 'The quotes that support the record: at least one.' });

const DATE_PATTERNS = { year: /^\d{4}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ };

/** Whether `value` is a day (`YYYY-MM-DD`) of the calendar: `dayRange`'s arithmetic, no `Date` made and printed. */
function isCalendarDay(value: string): boolean {
  return value.length === 10 && dayRange(value) !== null;
}

/**
 * A date with its precision: `2019` (year), `2024-06` (month), `2024-06-11` (day), and the days it may fall on.
 *
 * @group Field schemas
 */
export const PartialDateSchema = z
  .object({
    value: z.string().meta({ description: 'ISO 8601 to the stated precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`.' }),
    precision: z.enum(DATE_PRECISIONS).meta({ description: 'How precise `value` is.' }),
    earliest: z.iso.date().meta({ description: 'The first day it may fall on (`YYYY-MM-DD`): the first day of `value`, or later where the text bounds it.' }),
    latest: z.iso.date().meta({ description: 'The last day it may fall on (`YYYY-MM-DD`): the last day of `value`, or earlier where the text bounds it (not after publication, say).' }),
  })
  .strict()
  .refine((d) => DATE_PATTERNS[d.precision].test(d.value), {
    message: 'value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision',
    path: ['value'],
  })
  .refine((d) => d.precision !== 'day' || isCalendarDay(d.value), {
    message: 'value must be a real calendar day',
    path: ['value'],
  })
  .refine((d) => d.earliest <= d.latest, { message: 'earliest must not be after latest', path: ['latest'] })
  .refine(
    (d) => {
      const span = dayRange(d.value);
      return span === null || (span.first <= d.earliest && d.latest <= span.last);
    },
    { message: 'earliest and latest must lie within the span of value', path: ['earliest'] },
  );

/**
 * A number as exact as the source makes it: exactly, more than, or at least `value`.
 *
 * @group Field schemas
 */
export const QuantitySchema = z
  .object({
    value: z.int().nonnegative().meta({ description: 'The number, or the bound.' }),
    comparator: z.enum(COMPARATORS).meta({ description: '`eq`: exactly `value`; `gt`: more than `value`; `gte`: at least `value`.' }),
  })
  .strict();

const ruleNames = Object.keys(DERIVATION_RULES) as [DerivationRule, ...DerivationRule[]];
/**
 * One source's claim about a field's value: the value as it gives it, and the quotes it rests on.
 *
 * @group Field schemas
 */
export const ClaimRefSchema = z
  .object({
    value: z.unknown().meta({ description: 'The value this source gives, in the field’s own shape.' }),
    basis: z.enum(PROVENANCE_BASES).meta({ description: 'How the source gives it: `stated`, `derived` or `inferred`.' }),
    evidence: z.array(z.int().nonnegative()).min(1).meta({ description: "Positions in the record's `evidence` of the quotes the claim rests on (any source)." }),
    rule: z.enum(ruleNames).optional().meta({ description: 'For `derived`: the rule that reads the value from the quotes.' }),
    note: nonEmptyText.optional().meta({ description: 'Why, or what the claim assumes (a time zone, a schedule announced in advance).' }),
    gloss: nonEmptyText.optional().meta({ description: 'An English gloss of a quote in another language: our translation, not the source’s words.' }),
  })
  .strict()
  .refine((c) => (c.basis === 'derived') === (c.rule !== undefined), {
    message: 'a derived claim names its rule; only a derived claim has one',
    path: ['rule'],
  });
/**
 * Where one field's value comes from: a basis, the positions of the quotes in the record's evidence, a rule or a note.
 *
 * @group Field schemas
 */
export const ProvenanceRefSchema = z
  .object({
    basis: z.enum(PROVENANCE_BASES).meta({ description: '`stated`, `derived`, `standard` or `inferred`.' }),
    evidence: z.array(z.int().nonnegative()).meta({ description: "Positions in the record's `evidence` of the quotes that say the value, or that a rule reads." }),
    rule: z.enum(ruleNames).optional().meta({ description: 'For `derived`: the rule, from `DERIVATION_RULES`.' }),
    note: nonEmptyText.optional().meta({ description: 'Why: required for `inferred`.' }),
    comparator: z.literal('gte').optional().meta({ description: 'For a list the text leaves open ("including"): the true list holds at least these items.' }),
    reportedBy: SlugIdSchema.optional().meta({ description: 'For a value the source gives as someone\'s words: who.' }),
    claims: z.array(ClaimRefSchema).min(2).optional().meta({ description: 'Where more than one source gives the value: every source’s claim, the losing ones included.' }),
    conflict: z.boolean().optional().meta({ description: '`true` when the claims disagree; then the value is `derived` and `rule` names how it was resolved.' }),
  })
  .strict()
  .refine((p) => (p.basis === 'derived') === (p.rule !== undefined), {
    message: 'a derived value names its rule; only a derived value has one',
    path: ['rule'],
  })
  .refine((p) => p.basis !== 'inferred' || p.note !== undefined, {
    message: 'an inferred value needs a note saying why',
    path: ['note'],
  });
const provenance = z.record(z.string(), ProvenanceRefSchema).meta({
  description: 'Where each populated field comes from: field (dotted for nested ones) → basis, quote positions, rule or note. `provenanceOf` gives it with the quotes.',
});

const cameoCodes = Object.keys(CAMEO_LABELS) as [CameoCode, ...CameoCode[]];

/**
 * A CAMEO code with its codebook label; the label must match the code.
 *
 * @group Field schemas
 */
export const CameoSchema = z
  .object({
    code: z.enum(cameoCodes).meta({ description: "The CAMEO code, such as `'057'`; only codes in `CAMEO_LABELS` are allowed." }),
    label: z.string().meta({ description: 'Its codebook label, such as `Sign formal agreement`; it must be the label of `code`.' }),
  })
  .strict()
  .refine((c) => CAMEO_LABELS[c.code] === c.label, { message: 'label must be the CAMEO label of code', path: ['label'] });

/**
 * A PLOVER category and mode.
 *
 * @group Field schemas
 */
export const PloverSchema = z
  .object({
    category: z.enum(PLOVER_CATEGORIES).meta({ description: 'The PLOVER category (as used by POLECAT), such as `CONSULT`.' }),
    mode: z.string().min(1).nullable().meta({ description: 'The mode, where one applies (`visit`, `third-party`), else `null`.' }),
  })
  .strict();


/**
 * A source text and what is known about it.
 *
 * @group Record schemas
 */
export const SourceSchema = z
  .object({
    id: slugId,
    kind: kindIs('source'),
    title: nonEmptyText.meta({ description: 'The headline.' }),
    published: PartialDateSchema.meta({ description: 'The publication date.' }),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag, like "en"').meta({ description: 'BCP 47 language tag (`en`).' }),
    publisher: nonEmptyText.nullable().meta({ description: 'The publisher, or `null` where the text does not name one.' }),
    url: z
      .url()
      .nullable()
      .meta({ description: 'The address of the published text (http or https), or `null` where it is not known.' }),
    timeZone: z
      .string()
      .regex(/^[A-Za-z_]+(?:\/[A-Za-z_]+)+$/, 'must be an IANA time zone, like "Asia/Seoul"')
      .nullable()
      .meta({ description: 'The IANA time zone its relative dates ("Tuesday") are read in, or `null` where it is not known.' }),
    retrieved: z.iso.date().nullable().meta({ description: 'The day the text was read from its published page, or `null` for a text received without one.' }),
    excerpt: z.boolean().meta({ description: '`true` when `text` holds only the passages the data cites (verbatim), not the whole article.' }),
    rights: nonEmptyText.meta({ description: 'Who holds the text’s rights and on what terms the package ships it.' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits').meta({ description: 'Hex SHA-256 of the UTF-8 text; the build fails if the shipped text no longer matches.' }),
    text: nonEmptyText.meta({ description: 'The whole text, byte for byte, so anyone can check a quote.' }),
    evidence,
    provenance,
    note,
  })
  .strict();

/**
 * A country with its ISO 3166 codes.
 *
 * @group Record schemas
 */
export const CountrySchema = z
  .object({
    id: CountryIdSchema.meta({ description: 'The ISO 3166-1 alpha-2 code.' }),
    kind: kindIs('country'),
    name: nonEmptyText.meta({ description: 'Common English short name (`Kazakhstan`).' }),
    officialName: nonEmptyText.nullable().meta({ description: 'Formal name, where the reference list gives one (`Republic of Korea`); else `null`.' }),
    alpha2: notReference(CountryIdSchema, 'the ISO code itself, equal to id').meta({ description: 'ISO 3166-1 alpha-2 code (equals `id`).' }),
    alpha3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code, like "KAZ"').meta({ description: 'ISO 3166-1 alpha-3 code (`KAZ`).' }),
    numeric: z.string().regex(/^\d{3}$/, 'must be three digits, like "398"').meta({ description: "ISO 3166-1 numeric code, three digits as a string (`'398'`)." }),
    historical: z.boolean().meta({ description: '`true` for a country that no longer exists (the Soviet Union; ISO 3166-3).' }),
    aliases: z.array(nonEmptyText).meta({ description: 'Other names a source uses for it ("S. Korea", "the North"), and only those; `resolveCountry` reads them.' }),
    demonyms: z.array(nonEmptyText).meta({ description: 'The adjectives a source uses for it ("Kazakh", "Korean"); `resolveCountry` reads them too.' }),
    wikidata,
    evidence,
    provenance,
    note,
  })
  .strict()
  .refine((c) => c.id === c.alpha2, { message: 'id must equal alpha2', path: ['id'] });

/**
 * A region.
 *
 * @group Record schemas
 */
export const RegionSchema = z
  .object({
    id: slugId,
    kind: kindIs('region'),
    name: nonEmptyText.meta({ description: 'English name (`Central Asia`).' }),
    m49: z.string().regex(/^\d{3}$/, 'must be a three-digit UN M49 code').nullable().meta({ description: "UN M49 code (`'143'`), or `null` where there is none (the Korean Peninsula)." }),
    m49Members: z.array(notReference(CountryIdSchema, 'ISO codes of the M49 members, not limited to countries in the dataset')).meta({ description: 'ISO alpha-2 codes of the M49 members; not limited to countries in the dataset. Empty without an M49 code.' }),
    wikidata,
    evidence,
    provenance,
    note,
  })
  .strict()
  .refine((r) => r.m49 !== null || r.m49Members.length === 0, {
    message: 'm49Members must be empty without an m49 code',
    path: ['m49Members'],
  });

/**
 * A city or other place.
 *
 * @group Record schemas
 */
export const PlaceSchema = z
  .object({
    id: slugId,
    kind: kindIs('place'),
    name: nonEmptyText.meta({ description: 'English name (`Astana`).' }),
    country: countryRef().meta({ description: 'The country it is in.' }),
    capitalOf: countryRef().nullable().meta({ description: 'The country whose capital the text says it is ("the Kazakh capital of Astana"), or `null` where it does not say.' }),
    standsFor: countryRef().nullable().meta({ description: 'The government the text uses the name for ("Seoul\'s initiative"), or `null`.' }),
    wikidata,
    evidence,
    provenance,
    note,
  })
  .strict();

/**
 * A person's office as of a date.
 *
 * @group Field schemas
 */
export const OfficeSchema = z
  .object({
    title: nonEmptyText.meta({ description: 'The office, as the text gives it (`President`).' }),
    country: countryRef().meta({ description: 'The country the office is of.' }),
    asOf: z.iso.date().meta({ description: 'The date the office is reported for (the source date).' }),
  })
  .strict();

/**
 * A person.
 *
 * @group Record schemas
 */
export const PersonSchema = z
  .object({
    id: slugId,
    kind: kindIs('person'),
    name: nonEmptyText.meta({ description: 'Full name, in the order the text uses (`Kassym-Jomart Tokayev`).' }),
    familyName: nonEmptyText.meta({ description: 'Family name, as the text uses it alone ("Yoon", "Tokayev").' }),
    office: OfficeSchema.meta({ description: 'The office held as of the source date.' }),
    wikidata,
    evidence,
    provenance,
    note,
  })
  .strict();

/**
 * An organization or group, named or not.
 *
 * @group Record schemas
 */
export const OrganizationSchema = z
  .object({
    id: slugId,
    kind: kindIs('organization'),
    name: nonEmptyText.meta({ description: 'A descriptive name; for an unnamed group, the words the text uses.' }),
    named: z.boolean().meta({ description: '`false` when the text names no specific body.' }),
    type: z.enum(ORGANIZATION_TYPES).meta({ description: 'What sort of body or group it is.' }),
    country: countryRef().nullable().meta({ description: 'Whose it is, or `null` where the text does not say ("the public and private sectors").' }),
    industry: nonEmptyText.nullable().meta({ description: "The industry, where the text gives one (`'chips'`, `'batteries'`, `'finance'`), else `null`." }),
    evidence,
    provenance,
    note,
  })
  .strict();

/**
 * A mineral, class of minerals or energy commodity.
 *
 * @group Record schemas
 */
export const MineralSchema = z
  .object({
    id: slugId,
    kind: kindIs('mineral'),
    name: nonEmptyText.meta({ description: 'English name (`lithium`).' }),
    category: z.enum(MINERAL_CATEGORIES).meta({ description: 'What the record stands for: an `element`, an `element-group` (rare-earth metals), a `class` (critical minerals, rare metals) or an `energy-commodity` (oil, natural gas).' }),
    symbol: z.string().regex(/^[A-Z][a-z]?$/, 'must be an element symbol, like "Li"').nullable().meta({ description: 'Element symbol for a single element, else `null`.' }),
    atomicNumber: z.int().min(1).max(118).nullable().meta({ description: 'Atomic number for a single element, else `null`.' }),
    elements: z.array(z.string().regex(/^[A-Z][a-z]?$/, 'must be an element symbol')).meta({ description: 'Element symbols of an element group; empty otherwise (rare metals: the text does not say which).' }),
    aliases: z.array(nonEmptyText).meta({ description: 'Other names the text uses for it ("key minerals", "rare earth metals").' }),
    wikidata,
    evidence,
    provenance,
    note,
  })
  .strict()
  .refine((m) => (m.category === 'element' ? m.symbol !== null && m.atomicNumber !== null : m.symbol === null && m.atomicNumber === null), {
    message: 'an element needs symbol and atomicNumber; nothing else has them',
    path: ['symbol'],
  })
  .refine((m) => (m.category === 'element-group') === m.elements.length > 0, {
    message: 'an element group lists its elements; nothing else does',
    path: ['elements'],
  });

/**
 * A field of cooperation or discussion.
 *
 * @group Record schemas
 */
export const TopicSchema = z
  .object({
    id: slugId,
    kind: kindIs('topic'),
    name: nonEmptyText.meta({ description: 'English name (`climate change`).' }),
    evidence,
    provenance,
    note,
  })
  .strict();

/**
 * A country's stated tie to a mineral.
 *
 * @group Record schemas
 */
export const ResourceSchema = z
  .object({
    id: slugId,
    kind: kindIs('resource'),
    country: countryRef().meta({ description: 'The country.' }),
    mineral: slugRef('mineral').meta({ description: 'The mineral or commodity.' }),
    relation: z.enum(RESOURCE_RELATIONS).meta({ description: '`reserves` (holds a reserve of it) or `production` (produces it).' }),
    extent: nonEmptyText.nullable().meta({ description: 'The text\'s word for how much ("large", "major"), or `null`.' }),
    evidence,
    provenance,
    note,
  })
  .strict();

/**
 * An agreement.
 *
 * @group Record schemas
 */
export const AgreementSchema = z
  .object({
    id: slugId,
    kind: kindIs('agreement'),
    name: nonEmptyText.meta({ description: "A descriptive name, in the text's words where it gives one." }),
    type: z.enum(AGREEMENT_TYPES).meta({ description: 'What kind of instrument it is: `mou`, `deal` (signed deals of unstated form) or `agreement-in-principle` (agreed; nothing said to be signed).' }),
    count: QuantitySchema.nullable().meta({ description: 'How many instruments, as exact as the text says (`{ value: 2, comparator: \'gte\' }` for "deals"); `null` where it gives no clue ("Other MOUs").' }),
    parties: z.array(countryRef()).min(1, 'an agreement needs at least one party').meta({ description: 'The countries party to it.' }),
    signedBy: z.array(anyRef(...ACTOR)).nullable().meta({ description: 'Who signed it (people, organizations or countries), as far as the text says; `null` where it does not say, or nothing is said to be signed.' }),
    agreedBy: z.array(anyRef(...ACTOR)).nullable().meta({ description: 'Who agreed to it ("the two leaders agreed"), as far as the text says; `null` where it does not say.' }),
    reportedBy: slugRef('person').nullable().meta({ description: 'Who the source gives as reporting it ("Yoon said"), or `null` where the source reports it in its own voice.' }),
    subjects: z.array(anyRef(...SUBJECT)).meta({ description: 'Who or what it is about, distinct from its parties (North Korea, Korean companies).' }),
    topics: z.array(slugRef('topic')).meta({ description: 'The fields it covers.' }),
    stages: z.array(z.enum(STAGES)).meta({ description: 'The value-chain stages it covers, as the text names them.' }),
    minerals: z.array(slugRef('mineral')).meta({ description: 'The minerals it is on.' }),
    date: PartialDateSchema.nullable().meta({ description: 'When it was reached, as precise as the text allows; `null` if undated.' }),
    place: slugRef('place').nullable().meta({ description: 'Where it was reached, or `null`.' }),
    event: slugRef('event').nullable().meta({ description: 'The event it was reached at, or `null`.' }),
    cameo: CameoSchema.meta({ description: 'CAMEO code: `057` for a signing, `030` for an agreement to cooperate.' }),
    plover: PloverSchema.meta({ description: 'PLOVER category: `SUPPORT` for a signing, `AGREE` for an agreement to cooperate.' }),
    evidence,
    provenance,
    note,
  })
  .strict();

/**
 * An event.
 *
 * @group Record schemas
 */
export const EventSchema = z
  .object({
    id: slugId,
    kind: kindIs('event'),
    name: nonEmptyText.meta({ description: 'A descriptive name.' }),
    type: z.enum(EVENT_TYPES).meta({ description: 'What sort of happening it is.' }),
    status: z.enum(EVENT_STATUSES).meta({ description: 'Where it stands as of `statusAsOf`.' }),
    statusAsOf: z.iso.date().meta({ description: 'The day `status` holds as of (`YYYY-MM-DD`): the publication date of the source that reports it.' }),
    date: PartialDateSchema.nullable().meta({ description: 'When, as precise as the text allows; `null` if undated (see `after` and `before`).' }),
    place: slugRef('place').nullable().meta({ description: 'Where, or `null`.' }),
    actors: z.array(anyRef(...ACTOR)).meta({ description: 'Who acts.' }),
    recipients: z.array(anyRef(...ACTOR)).meta({ description: 'Who the action is directed at (the host of a visit), or empty.' }),
    subjects: z.array(anyRef(...SUBJECT)).meta({ description: 'Who or what it is about.' }),
    topics: z.array(slugRef('topic')).meta({ description: 'The fields it covers.' }),
    partOf: slugRef('event').nullable().meta({ description: 'The larger event it belongs to (the summit is part of the state visit), or `null`.' }),
    after: z.array(slugRef('event')).meta({ description: 'Events this one came after; `timeline()` never puts it before them.' }),
    before: z.array(slugRef('event')).meta({ description: 'Events this one came before; `timeline()` never puts it after them.' }),
    outcome: nonEmptyText.nullable().meta({ description: 'How it ended, in the text\'s words ("ended without a deal"), or `null`.' }),
    cameo: CameoSchema.nullable().meta({ description: 'CAMEO code, or `null` where no code in the reference table fits (independence, a nuclear test); then `note` says why.' }),
    plover: PloverSchema.nullable().meta({ description: 'PLOVER category, or `null` exactly when `cameo` is.' }),
    evidence,
    provenance,
    note,
  })
  .strict()
  .refine((e) => (e.cameo === null) === (e.plover === null), {
    message: 'cameo and plover are both coded or both null',
    path: ['plover'],
  })
  .refine((e) => e.cameo !== null || e.note !== null, {
    message: 'an event without a CAMEO code needs a note saying why',
    path: ['note'],
  });

/**
 * A statement, quoted or reported.
 *
 * @group Record schemas
 */
export const StatementSchema = z
  .object({
    id: slugId,
    kind: kindIs('statement'),
    speaker: slugRef('person').meta({ description: 'Who said it.' }),
    mode: z.enum(STATEMENT_MODES).meta({ description: '`direct` (quoted) or `reported`.' }),
    text: nonEmptyText.meta({ description: "For `direct`, the words inside the quotation marks; for `reported`, the text's report of them." }),
    occasion: slugRef('event').nullable().meta({ description: 'The event it was said at, or `null` where the text does not say.' }),
    date: PartialDateSchema.nullable().meta({ description: 'When it was said, as precise as the text allows, or `null`.' }),
    subjects: z.array(anyRef(...SUBJECT)).meta({ description: 'Who or what it is about.' }),
    topics: z.array(slugRef('topic')).meta({ description: 'The fields it covers.' }),
    cameo: CameoSchema.nullable().meta({ description: 'CAMEO code where one fits (`051` "Praise or endorse" for an endorsement), else `null`.' }),
    evidence,
    provenance,
    note,
  })
  .strict();

/**
 * A count, rank or list.
 *
 * @group Record schemas
 */
export const FigureSchema = z
  .object({
    id: slugId,
    kind: kindIs('figure'),
    label: nonEmptyText.meta({ description: 'What it measures.' }),
    type: z.enum(FIGURE_TYPES).meta({ description: 'A count, a rank or a list.' }),
    value: z.int().nonnegative().meta({ description: 'The number; for a list, its length.' }),
    comparator: z.enum(COMPARATORS).meta({ description: '`eq`: exactly `value`; `gt`: more than `value`; `gte`: at least `value` (a list the text leaves open with "including").' }),
    unit: nonEmptyText.nullable().meta({ description: "What is counted or ranked (`'companies'`), or `null` for a list." }),
    items: z.array(slugRef('topic')).meta({ description: 'The topics of a list; empty for a count or rank.' }),
    about: z.array(anyRef(...RECORD_KINDS)).min(1).meta({ description: 'The records the figure describes.' }),
    reportedBy: slugRef('person').nullable().meta({ description: 'Who the source gives as saying it ("Tokayev said"), or `null` where the source gives it in its own voice.' }),
    evidence,
    provenance,
    note,
  })
  .strict()
  .refine((f) => f.type !== 'list' || (f.items.length === f.value && f.comparator !== 'gt'), {
    message: 'a list figure has value equal to its number of items, and comparator "eq" (or "gte" for an open list)',
    path: ['value'],
  })
  .refine((f) => (f.type === 'list') === (f.unit === null), {
    message: 'a count or rank needs a unit; a list has none',
    path: ['unit'],
  })
  .refine((f) => f.type === 'list' || f.items.length === 0, {
    message: 'a count or rank has no items (only a list names its topics)',
    path: ['items'],
  });

/**
 * An initiative or plan.
 *
 * @group Record schemas
 */
export const InitiativeSchema = z
  .object({
    id: slugId,
    kind: kindIs('initiative'),
    name: nonEmptyText.meta({ description: 'Its name, as the text gives it (`K-Silk Road Cooperation Initiative`).' }),
    type: z.enum(INITIATIVE_TYPES).meta({ description: 'A `strategy` or a `plan`.' }),
    owner: countryRef().meta({ description: 'Whose initiative it is.' }),
    region: slugRef('region').nullable().meta({ description: 'The region it concerns, or `null`.' }),
    aim: nonEmptyText.nullable().meta({ description: "What it is for, in the text's words, or `null`." }),
    supporters: z.array(anyRef(...ACTOR)).meta({ description: 'Who the text says expressed support for it.' }),
    announcedAt: slugRef('event').nullable().meta({ description: 'The event at which it was announced, or `null`.' }),
    events: z.array(slugRef('event')).meta({ description: 'Events it plans or concerns.' }),
    evidence,
    provenance,
    note,
  })
  .strict();

/**
 * Every record schema, by kind.
 *
 * @group Record schemas
 */
export const RecordSchemas = {
  source: SourceSchema,
  country: CountrySchema,
  region: RegionSchema,
  place: PlaceSchema,
  person: PersonSchema,
  organization: OrganizationSchema,
  mineral: MineralSchema,
  topic: TopicSchema,
  resource: ResourceSchema,
  agreement: AgreementSchema,
  event: EventSchema,
  statement: StatementSchema,
  figure: FigureSchema,
  initiative: InitiativeSchema,
} as const satisfies { readonly [K in RecordKind]: z.ZodType<{ kind: K }> };

/**
 * One of {@link RecordSchemas}.
 *
 * @group Record schemas
 */
export type RecordSchema = (typeof RecordSchemas)[RecordKind];

/**
 * Any record: a union discriminated by `kind`, of the {@link RecordSchemas} in {@link RECORD_KINDS} order.
 *
 * @group Record schemas
 */
export const AnyRecordSchema = z.discriminatedUnion(
  'kind',
  RECORD_KINDS.map((kind) => RecordSchemas[kind]) as unknown as [RecordSchema, ...RecordSchema[]],
);
