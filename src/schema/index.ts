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

/** A record id of any kind but country: lower-case words joined by hyphens (`kr-kz-critical-minerals-mou`). */
export const SlugIdSchema = z.string().regex(KEBAB, 'must be lower-case words joined by hyphens, like "astana"');
/** A country id: its ISO 3166-1 alpha-2 code (`KZ`). */
export const CountryIdSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, like "KZ"');
/** A reference to a record of any kind. */
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

const note = z.string().min(1).nullable();
const wikidata = z.string().regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id, like "Q232"').nullable();
const nonEmptyText = z.string().min(1);

/** A quote and its offsets in a source text (W3C TextQuoteSelector + TextPositionSelector). */
export const EvidenceSchema = z
  .object({
    source: slugRef('source'),
    start: z.int().nonnegative(),
    end: z.int().positive(),
    quote: nonEmptyText,
  })
  .strict()
  .refine((e) => e.end - e.start === e.quote.length, {
    message: 'end - start must equal quote.length',
    path: ['end'],
  });

const evidence = z.array(EvidenceSchema).min(1, 'every record needs at least one evidence quote');

const DATE_PATTERNS = { year: /^\d{4}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ };

function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A date with its precision: `2019` (year), `2024-06` (month), `2024-06-11` (day), and the days it may fall on. */
export const PartialDateSchema = z
  .object({
    value: z.string(),
    precision: z.enum(DATE_PRECISIONS),
    earliest: z.iso.date(),
    latest: z.iso.date(),
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

/** A number as exact as the source makes it: exactly, more than, or at least `value`. */
export const QuantitySchema = z.object({ value: z.int().nonnegative(), comparator: z.enum(COMPARATORS) }).strict();

const ruleNames = Object.keys(DERIVATION_RULES) as [DerivationRule, ...DerivationRule[]];
/** Where one field's value comes from: a basis, the positions of the quotes in the record's evidence, a rule or a note. */
export const ProvenanceRefSchema = z
  .object({
    basis: z.enum(PROVENANCE_BASES),
    evidence: z.array(z.int().nonnegative()),
    rule: z.enum(ruleNames).optional(),
    note: nonEmptyText.optional(),
    comparator: z.literal('gte').optional(),
    reportedBy: SlugIdSchema.optional(),
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
const provenance = z.record(z.string(), ProvenanceRefSchema);

const cameoCodes = Object.keys(CAMEO_LABELS) as [CameoCode, ...CameoCode[]];

/** A CAMEO code with its codebook label; the label must match the code. */
export const CameoSchema = z
  .object({ code: z.enum(cameoCodes), label: z.string() })
  .strict()
  .refine((c) => CAMEO_LABELS[c.code] === c.label, { message: 'label must be the CAMEO label of code', path: ['label'] });

/** A PLOVER category and mode. */
export const PloverSchema = z.object({ category: z.enum(PLOVER_CATEGORIES), mode: z.string().min(1).nullable() }).strict();


/** A source text and what is known about it. */
export const SourceSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('source'),
    title: nonEmptyText,
    published: PartialDateSchema,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag, like "en"'),
    publisher: nonEmptyText.nullable(),
    url: z.url().nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
    text: nonEmptyText,
    evidence,
    provenance,
    note,
  })
  .strict();

/** A country with its ISO 3166 codes. */
export const CountrySchema = z
  .object({
    id: CountryIdSchema,
    kind: z.literal('country'),
    name: nonEmptyText,
    officialName: nonEmptyText.nullable(),
    alpha2: notReference(CountryIdSchema, 'the ISO code itself, equal to id'),
    alpha3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code, like "KAZ"'),
    numeric: z.string().regex(/^\d{3}$/, 'must be three digits, like "398"'),
    historical: z.boolean(),
    aliases: z.array(nonEmptyText),
    demonyms: z.array(nonEmptyText),
    wikidata,
    evidence,
    provenance,
    note,
  })
  .strict()
  .refine((c) => c.id === c.alpha2, { message: 'id must equal alpha2', path: ['id'] });

/** A region. */
export const RegionSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('region'),
    name: nonEmptyText,
    m49: z.string().regex(/^\d{3}$/, 'must be a three-digit UN M49 code').nullable(),
    m49Members: z.array(notReference(CountryIdSchema, 'ISO codes of the M49 members, not limited to countries in the dataset')),
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

/** A city or other place. */
export const PlaceSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('place'),
    name: nonEmptyText,
    country: countryRef(),
    capitalOf: countryRef().nullable(),
    standsFor: countryRef().nullable(),
    wikidata,
    evidence,
    provenance,
    note,
  })
  .strict();

/** A person's office as of a date. */
export const OfficeSchema = z
  .object({ title: nonEmptyText, country: countryRef(), asOf: z.iso.date() })
  .strict();

/** A person. */
export const PersonSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('person'),
    name: nonEmptyText,
    familyName: nonEmptyText,
    office: OfficeSchema,
    wikidata,
    evidence,
    provenance,
    note,
  })
  .strict();

/** An organization or group, named or not. */
export const OrganizationSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('organization'),
    name: nonEmptyText,
    named: z.boolean(),
    type: z.enum(ORGANIZATION_TYPES),
    country: countryRef().nullable(),
    industry: nonEmptyText.nullable(),
    evidence,
    provenance,
    note,
  })
  .strict();

/** A mineral, class of minerals or energy commodity. */
export const MineralSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('mineral'),
    name: nonEmptyText,
    category: z.enum(MINERAL_CATEGORIES),
    symbol: z.string().regex(/^[A-Z][a-z]?$/, 'must be an element symbol, like "Li"').nullable(),
    atomicNumber: z.int().min(1).max(118).nullable(),
    elements: z.array(z.string().regex(/^[A-Z][a-z]?$/, 'must be an element symbol')),
    aliases: z.array(nonEmptyText),
    wikidata,
    evidence,
    provenance,
    note,
  })
  .strict()
  .refine((m) => (m.category === 'element') === (m.symbol !== null && m.atomicNumber !== null), {
    message: 'an element needs symbol and atomicNumber; nothing else has them',
    path: ['symbol'],
  })
  .refine((m) => (m.category === 'element-group') === m.elements.length > 0, {
    message: 'an element group lists its elements; nothing else does',
    path: ['elements'],
  });

/** A field of cooperation or discussion. */
export const TopicSchema = z
  .object({ id: SlugIdSchema, kind: z.literal('topic'), name: nonEmptyText, evidence, provenance, note })
  .strict();

/** A country's stated tie to a mineral. */
export const ResourceSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('resource'),
    country: countryRef(),
    mineral: slugRef('mineral'),
    relation: z.enum(RESOURCE_RELATIONS),
    extent: nonEmptyText.nullable(),
    evidence,
    provenance,
    note,
  })
  .strict();

/** An agreement. */
export const AgreementSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('agreement'),
    name: nonEmptyText,
    type: z.enum(AGREEMENT_TYPES),
    count: QuantitySchema.nullable(),
    parties: z.array(countryRef()).min(1, 'an agreement needs at least one party'),
    signedBy: z.array(anyRef(...ACTOR)).nullable(),
    agreedBy: z.array(anyRef(...ACTOR)).nullable(),
    reportedBy: slugRef('person').nullable(),
    subjects: z.array(anyRef(...SUBJECT)),
    topics: z.array(slugRef('topic')),
    stages: z.array(z.enum(STAGES)),
    minerals: z.array(slugRef('mineral')),
    date: PartialDateSchema.nullable(),
    place: slugRef('place').nullable(),
    event: slugRef('event').nullable(),
    cameo: CameoSchema,
    plover: PloverSchema,
    evidence,
    provenance,
    note,
  })
  .strict();

/** An event. */
export const EventSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('event'),
    name: nonEmptyText,
    type: z.enum(EVENT_TYPES),
    status: z.enum(EVENT_STATUSES),
    statusAsOf: z.iso.date(),
    date: PartialDateSchema.nullable(),
    place: slugRef('place').nullable(),
    actors: z.array(anyRef(...ACTOR)),
    recipients: z.array(anyRef(...ACTOR)),
    subjects: z.array(anyRef(...SUBJECT)),
    topics: z.array(slugRef('topic')),
    partOf: slugRef('event').nullable(),
    after: z.array(slugRef('event')),
    before: z.array(slugRef('event')),
    outcome: nonEmptyText.nullable(),
    cameo: CameoSchema.nullable(),
    plover: PloverSchema.nullable(),
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

/** A statement, quoted or reported. */
export const StatementSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('statement'),
    speaker: slugRef('person'),
    mode: z.enum(STATEMENT_MODES),
    text: nonEmptyText,
    occasion: slugRef('event').nullable(),
    date: PartialDateSchema.nullable(),
    subjects: z.array(anyRef(...SUBJECT)),
    topics: z.array(slugRef('topic')),
    cameo: CameoSchema.nullable(),
    evidence,
    provenance,
    note,
  })
  .strict();

/** A count, rank or list. */
export const FigureSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('figure'),
    label: nonEmptyText,
    type: z.enum(FIGURE_TYPES),
    value: z.int().nonnegative(),
    comparator: z.enum(COMPARATORS),
    unit: nonEmptyText.nullable(),
    items: z.array(slugRef('topic')),
    about: z.array(anyRef(...RECORD_KINDS)).min(1),
    reportedBy: slugRef('person').nullable(),
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
  });

/** An initiative or plan. */
export const InitiativeSchema = z
  .object({
    id: SlugIdSchema,
    kind: z.literal('initiative'),
    name: nonEmptyText,
    type: z.enum(INITIATIVE_TYPES),
    owner: countryRef(),
    region: slugRef('region').nullable(),
    aim: nonEmptyText.nullable(),
    supporters: z.array(anyRef(...ACTOR)),
    announcedAt: slugRef('event').nullable(),
    events: z.array(slugRef('event')),
    evidence,
    provenance,
    note,
  })
  .strict();

/** Every record schema, by kind. */
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

/** One of {@link RecordSchemas}. */
export type RecordSchema = (typeof RecordSchemas)[RecordKind];

/** Any record: a union discriminated by `kind`, of the {@link RecordSchemas} in {@link RECORD_KINDS} order. */
export const AnyRecordSchema = z.discriminatedUnion(
  'kind',
  RECORD_KINDS.map((kind) => RecordSchemas[kind]) as unknown as [RecordSchema, ...RecordSchema[]],
);
