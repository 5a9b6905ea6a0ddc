/**
 * The record types. Each mirrors one zod schema of `critical-minerals/schema`; a type test proves that
 * `z.output` of every schema equals the type here with plain `string` ids, so the two cannot drift.
 *
 * Every type takes an {@link IdSpace}: by default the embedded dataset's literal id unions (so `parties` is
 * `readonly CountryCode[]`, not `string[]`); {@link AnyIds} for datasets of your own.
 *
 * @module
 */
import type {
  AgreementType,
  DatasetKeys,
  RecordKind,
  CameoCode,
  Comparator,
  DatePrecision,
  EventStatus,
  EventType,
  FigureType,
  InitiativeType,
  MineralCategory,
  OrganizationType,
  PloverCategory,
  ResourceRelation,
  Stage,
  StatementMode,
} from './vocabulary.js';
import type { EmbeddedIds } from './generated/ids.js';
import type { ProvenanceRefs } from './provenance.js';

/**
 * The id type of each record kind.
 *
 * @group Names
 */
export interface IdSpace extends Record<RecordKind, string> {}

/**
 * The id space of a dataset you bring yourself: every id is a `string`.
 *
 * @group Names
 */
export interface AnyIds extends IdSpace {}

/**
 * The embedded dataset's id space: every id is a literal union, so a typo fails to compile.
 *
 * @group Names
 */
export type Ids = EmbeddedIds;

/**
 * Who can act: a country, a person or an organization.
 *
 * @group Names
 */
export type ActorId<I extends IdSpace = Ids> = I['country'] | I['person'] | I['organization'];

/**
 * What a record can be about: an actor, a region, a mineral, a topic or an initiative.
 *
 * @group Names
 */
export type SubjectId<I extends IdSpace = Ids> =
  | ActorId<I>
  | I['region']
  | I['mineral']
  | I['topic']
  | I['initiative'];

/**
 * Any record id.
 *
 * @group Names
 */
export type RecordId<I extends IdSpace = Ids> = I[keyof IdSpace];

/**
 * A quote from a source and where it stands: `source.text.slice(start, end) === quote`.
 * Offsets are JavaScript string indices (UTF-16 code units), 0-based, `end` excluded, as in W3C's
 * TextPositionSelector.
 *
 * @group Provenance and evidence
 */
export interface Evidence<I extends IdSpace = Ids> {
  /** The id of the source the quote is from. */
  readonly source: I['source'];
  /** Index of the quote's first character in the source text (UTF-16 code units, 0-based). */
  readonly start: number;
  /** Index just past the quote's last character (`end` is excluded). */
  readonly end: number;
  /** The exact words: `source.text.slice(start, end) === quote`. */
  readonly quote: string;
}

/**
 * A date as precise as the source makes it: `2019` (year), `2024-06` (month) or `2024-06-11` (day), with the
 * first and last day it may fall on. `earliest`–`latest` is the span `value` names, or narrower where the text
 * bounds it more tightly (a month-precision event the source reports on 2024-06-12 has `latest` 2024-06-12), as
 * in ISO 8601-2 (EDTF) intervals. Where the date comes from (stated, or derived from "Tuesday") is in the
 * record's provenance.
 *
 * @group Record types
 */
export interface PartialDate {
  /** ISO 8601 to the stated precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`. */
  readonly value: string;
  /** How precise `value` is. */
  readonly precision: DatePrecision;
  /** The first day it may fall on (`YYYY-MM-DD`): the first day of `value`, or later where the text bounds it. */
  readonly earliest: string;
  /**
   * The last day it may fall on (`YYYY-MM-DD`): the last day of `value`, or earlier where the text bounds it (not after
   * publication, say).
   */
  readonly latest: string;
}

/**
 * A number as exact as the source makes it: `{ value: 2, comparator: 'gte' }` is "at least two".
 *
 * @group Record types
 */
export interface Quantity {
  /** The number, or the bound. */
  readonly value: number;
  /** `eq`: exactly `value`; `gt`: more than `value`; `gte`: at least `value`. */
  readonly comparator: Comparator;
}

/**
 * A CAMEO event code with its codebook label.
 *
 * @group Record types
 */
export interface Cameo {
  /** The CAMEO code, such as `'057'`; only codes in `CAMEO_LABELS` are allowed. */
  readonly code: CameoCode;
  /** Its codebook label, such as `Sign formal agreement`; it must be the label of `code`. */
  readonly label: string;
}

/**
 * A PLOVER category with its mode, where one applies (`visit`, `third-party`, `disapprove`).
 *
 * @group Record types
 */
export interface Plover {
  /** The PLOVER category (as used by POLECAT), such as `CONSULT`. */
  readonly category: PloverCategory;
  /** The mode, where one applies (`visit`, `third-party`), else `null`. */
  readonly mode: string | null;
}

/**
 * What every record has: a stable id, its kind, the evidence for it and an editor's note.
 *
 * @typeParam K - the record kind.
 * @typeParam Id - the id type of that kind.
 * @typeParam I - the id space evidence refers into.
 *
 * @group Record types
 */
export interface RecordBase<K extends RecordKind, Id extends string, I extends IdSpace = Ids> {
  /**
   * Stable id, unique across every kind: an ISO alpha-2 code for a country, lower-case words joined by hyphens
   * otherwise.
   */
  readonly id: Id;
  /** The record kind. */
  readonly kind: K;
  /** The quotes that support the record: at least one. */
  readonly evidence: readonly Evidence<I>[];
  /**
   * Where each populated field comes from: field (dotted for nested ones) → basis, quote positions, rule or note.
   * `provenanceOf` gives it with the quotes.
   */
  readonly provenance: ProvenanceRefs<I>;
  /** An editor's note: what the text leaves open, or how a value was read; `null` when there is nothing to say. */
  readonly note: string | null;
}

/**
 * A source text: the article every quote points into.
 *
 * @group Record types
 */
export interface Source<I extends IdSpace = Ids> extends RecordBase<'source', I['source'], I> {
  /** The headline. */
  readonly title: string;
  /** The publication date. */
  readonly published: PartialDate;
  /** BCP 47 language tag (`en`). */
  readonly language: string;
  /** The publisher, or `null` where the text does not name one. */
  readonly publisher: string | null;
  /** The address of the published text (http or https), or `null` where it is not known. */
  readonly url: string | null;
  /** The IANA time zone its relative dates ("Tuesday") are read in, or `null` where it is not known. */
  readonly timeZone: string | null;
  /** The day the text was read from its published page, or `null` for a text received without one. */
  readonly retrieved: string | null;
  /** `true` when `text` holds only the passages the data cites (verbatim), not the whole article. */
  readonly excerpt: boolean;
  /** Who holds the text’s rights and on what terms the package ships it. */
  readonly rights: string;
  /** Hex SHA-256 of the UTF-8 text; the build fails if the shipped text no longer matches. */
  readonly sha256: string;
  /** The whole text, byte for byte, so anyone can check a quote. */
  readonly text: string;
}

/**
 * A country, past or present, with its ISO 3166 codes.
 *
 * @group Record types
 */
export interface Country<I extends IdSpace = Ids> extends RecordBase<'country', I['country'], I> {
  /** The ISO 3166-1 alpha-2 code. */
  readonly id: I['country'];
  /** Common English short name (`Kazakhstan`). */
  readonly name: string;
  /** Formal name, where the reference list gives one (`Republic of Korea`); else `null`. */
  readonly officialName: string | null;
  /** ISO 3166-1 alpha-2 code (equals `id`). */
  readonly alpha2: string;
  /** ISO 3166-1 alpha-3 code (`KAZ`). */
  readonly alpha3: string;
  /** ISO 3166-1 numeric code, three digits as a string (`'398'`). */
  readonly numeric: string;
  /** `true` for a country that no longer exists (the Soviet Union; ISO 3166-3). */
  readonly historical: boolean;
  /** Other names a source uses for it ("S. Korea", "the North"), and only those; `resolveCountry` reads them. */
  readonly aliases: readonly string[];
  /** The adjectives a source uses for it ("Kazakh", "Korean"); `resolveCountry` reads them too. */
  readonly demonyms: readonly string[];
  /** Checked Wikidata item id, or `null`. */
  readonly wikidata: string | null;
}

/**
 * A region: a UN M49 area or a region the text names without a standard code.
 *
 * @group Record types
 */
export interface Region<I extends IdSpace = Ids> extends RecordBase<'region', I['region'], I> {
  /** English name (`Central Asia`). */
  readonly name: string;
  /** UN M49 code (`'143'`), or `null` where there is none (the Korean Peninsula). */
  readonly m49: string | null;
  /** ISO alpha-2 codes of the M49 members; not limited to countries in the dataset. Empty without an M49 code. */
  readonly m49Members: readonly string[];
  /** Checked Wikidata item id, or `null`. */
  readonly wikidata: string | null;
}

/**
 * A city or other place.
 *
 * @group Record types
 */
export interface Place<I extends IdSpace = Ids> extends RecordBase<'place', I['place'], I> {
  /** English name (`Astana`). */
  readonly name: string;
  /** The country it is in. */
  readonly country: I['country'];
  /**
   * The country whose capital the text says it is ("the Kazakh capital of Astana"), or `null` where it does not say.
   */
  readonly capitalOf: I['country'] | null;
  /** The government the text uses the name for ("Seoul's initiative"), or `null`. */
  readonly standsFor: I['country'] | null;
  /** Checked Wikidata item id, or `null`. */
  readonly wikidata: string | null;
}

/**
 * A person's office as of a date.
 *
 * @group Record types
 */
export interface Office<I extends IdSpace = Ids> {
  /** The office, as the text gives it (`President`). */
  readonly title: string;
  /** The country the office is of. */
  readonly country: I['country'];
  /** The date the office is reported for (the source date). */
  readonly asOf: string;
}

/**
 * A person the text names.
 *
 * @group Record types
 */
export interface Person<I extends IdSpace = Ids> extends RecordBase<'person', I['person'], I> {
  /** Full name, in the order the text uses (`Kassym-Jomart Tokayev`). */
  readonly name: string;
  /** Family name, as the text uses it alone ("Yoon", "Tokayev"). */
  readonly familyName: string;
  /** The office held as of the source date. */
  readonly office: Office<I>;
  /** Checked Wikidata item id, or `null`. */
  readonly wikidata: string | null;
}

/**
 * An organization or group, named or not ("financial institutions of the two countries").
 *
 * @group Record types
 */
export interface Organization<I extends IdSpace = Ids> extends RecordBase<'organization', I['organization'], I> {
  /** A descriptive name; for an unnamed group, the words the text uses. */
  readonly name: string;
  /** `false` when the text names no specific body. */
  readonly named: boolean;
  /** What sort of body or group it is. */
  readonly type: OrganizationType;
  /** Whose it is, or `null` where the text does not say ("the public and private sectors"). */
  readonly country: I['country'] | null;
  /** The industry, where the text gives one (`'chips'`, `'batteries'`, `'finance'`), else `null`. */
  readonly industry: string | null;
}

/**
 * A mineral, a class of minerals or an energy commodity.
 *
 * @group Record types
 */
export interface Mineral<I extends IdSpace = Ids> extends RecordBase<'mineral', I['mineral'], I> {
  /** English name (`lithium`). */
  readonly name: string;
  /**
   * What the record stands for: an `element`, an `element-group` (rare-earth metals), a `class` (critical minerals,
   * rare metals) or an `energy-commodity` (oil, natural gas).
   */
  readonly category: MineralCategory;
  /** Element symbol for a single element, else `null`. */
  readonly symbol: string | null;
  /** Atomic number for a single element, else `null`. */
  readonly atomicNumber: number | null;
  /** Element symbols of an element group; empty otherwise (rare metals: the text does not say which). */
  readonly elements: readonly string[];
  /** Other names the text uses for it ("key minerals", "rare earth metals"). */
  readonly aliases: readonly string[];
  /** Checked Wikidata item id, or `null`. */
  readonly wikidata: string | null;
}

/**
 * A field of cooperation or discussion ("climate change", "renewable energy").
 *
 * @group Record types
 */
export interface Topic<I extends IdSpace = Ids> extends RecordBase<'topic', I['topic'], I> {
  /** English name (`climate change`). */
  readonly name: string;
}

/**
 * A country's tie to a mineral that the text states outside any agreement (reserves, production).
 *
 * @group Record types
 */
export interface Resource<I extends IdSpace = Ids> extends RecordBase<'resource', I['resource'], I> {
  /** The country. */
  readonly country: I['country'];
  /** The mineral or commodity. */
  readonly mineral: I['mineral'];
  /** `reserves` (holds a reserve of it) or `production` (produces it). */
  readonly relation: ResourceRelation;
  /** The text's word for how much ("large", "major"), or `null`. */
  readonly extent: string | null;
}

/**
 * An agreement: an MOU, a set of deals, or an agreement in principle.
 *
 * @group Record types
 */
export interface Agreement<I extends IdSpace = Ids> extends RecordBase<'agreement', I['agreement'], I> {
  /** A descriptive name, in the text's words where it gives one. */
  readonly name: string;
  /**
   * What kind of instrument it is: `mou`, `deal` (signed deals of unstated form) or `agreement-in-principle` (agreed;
   * nothing said to be signed).
   */
  readonly type: AgreementType;
  /**
   * How many instruments, as exact as the text says (`{ value: 2, comparator: 'gte' }` for "deals"); `null` where it
   * gives no clue ("Other MOUs").
   */
  readonly count: Quantity | null;
  /** The countries party to it. */
  readonly parties: readonly I['country'][];
  /**
   * Who signed it (people, organizations or countries), as far as the text says; `null` where it does not say, or
   * nothing is said to be signed.
   */
  readonly signedBy: readonly ActorId<I>[] | null;
  /** Who agreed to it ("the two leaders agreed"), as far as the text says; `null` where it does not say. */
  readonly agreedBy: readonly ActorId<I>[] | null;
  /** Who the source gives as reporting it ("Yoon said"), or `null` where the source reports it in its own voice. */
  readonly reportedBy: I['person'] | null;
  /** Who or what it is about, distinct from its parties (North Korea, Korean companies). */
  readonly subjects: readonly SubjectId<I>[];
  /** The fields it covers. */
  readonly topics: readonly I['topic'][];
  /** The value-chain stages it covers, as the text names them. */
  readonly stages: readonly Stage[];
  /** The minerals it is on. */
  readonly minerals: readonly I['mineral'][];
  /** When it was reached, as precise as the text allows; `null` if undated. */
  readonly date: PartialDate | null;
  /** Where it was reached, or `null`. */
  readonly place: I['place'] | null;
  /** The event it was reached at, or `null`. */
  readonly event: I['event'] | null;
  /** CAMEO code: `057` for a signing, `030` for an agreement to cooperate. */
  readonly cameo: Cameo;
  /** PLOVER category: `SUPPORT` for a signing, `AGREE` for an agreement to cooperate. */
  readonly plover: Plover;
}

/**
 * Something that happened, or is planned.
 *
 * @group Record types
 */
export interface Event<I extends IdSpace = Ids> extends RecordBase<'event', I['event'], I> {
  /** A descriptive name. */
  readonly name: string;
  /** What sort of happening it is. */
  readonly type: EventType;
  /** Where it stands as of `statusAsOf`. */
  readonly status: EventStatus;
  /** The day `status` holds as of (`YYYY-MM-DD`): the publication date of the source that reports it. */
  readonly statusAsOf: string;
  /** When, as precise as the text allows; `null` if undated (see `after` and `before`). */
  readonly date: PartialDate | null;
  /** Where, or `null`. */
  readonly place: I['place'] | null;
  /** Who acts. */
  readonly actors: readonly ActorId<I>[];
  /** Who the action is directed at (the host of a visit), or empty. */
  readonly recipients: readonly ActorId<I>[];
  /** Who or what it is about. */
  readonly subjects: readonly SubjectId<I>[];
  /** The fields it covers. */
  readonly topics: readonly I['topic'][];
  /** The larger event it belongs to (the summit is part of the state visit), or `null`. */
  readonly partOf: I['event'] | null;
  /** Events this one came after; `timeline()` never puts it before them. */
  readonly after: readonly I['event'][];
  /** Events this one came before; `timeline()` never puts it after them. */
  readonly before: readonly I['event'][];
  /** How it ended, in the text's words ("ended without a deal"), or `null`. */
  readonly outcome: string | null;
  /**
   * CAMEO code, or `null` where no code in the reference table fits (independence, a nuclear test); then `note` says
   * why.
   */
  readonly cameo: Cameo | null;
  /** PLOVER category, or `null` exactly when `cameo` is. */
  readonly plover: Plover | null;
}

/**
 * Something a person said, quoted directly or reported.
 *
 * @group Record types
 */
export interface Statement<I extends IdSpace = Ids> extends RecordBase<'statement', I['statement'], I> {
  /** Who said it. */
  readonly speaker: I['person'];
  /** `direct` (quoted) or `reported`. */
  readonly mode: StatementMode;
  /** For `direct`, the words inside the quotation marks; for `reported`, the text's report of them. */
  readonly text: string;
  /** The event it was said at, or `null` where the text does not say. */
  readonly occasion: I['event'] | null;
  /** When it was said, as precise as the text allows, or `null`. */
  readonly date: PartialDate | null;
  /** Who or what it is about. */
  readonly subjects: readonly SubjectId<I>[];
  /** The fields it covers. */
  readonly topics: readonly I['topic'][];
  /** CAMEO code where one fits (`051` "Praise or endorse" for an endorsement), else `null`. */
  readonly cameo: Cameo | null;
}

/**
 * A number or a list the text gives: a count, a rank, or a named list of sectors.
 *
 * @group Record types
 */
export interface Figure<I extends IdSpace = Ids> extends RecordBase<'figure', I['figure'], I> {
  /** What it measures. */
  readonly label: string;
  /** A count, a rank or a list. */
  readonly type: FigureType;
  /** The number; for a list, its length. */
  readonly value: number;
  /**
   * `eq`: exactly `value`; `gt`: more than `value`; `gte`: at least `value` (a list the text leaves open with
   * "including").
   */
  readonly comparator: Comparator;
  /** What is counted or ranked (`'companies'`), or `null` for a list. */
  readonly unit: string | null;
  /** The topics of a list; empty for a count or rank. */
  readonly items: readonly I['topic'][];
  /** The records the figure describes. */
  readonly about: readonly RecordId<I>[];
  /** Who the source gives as saying it ("Tokayev said"), or `null` where the source gives it in its own voice. */
  readonly reportedBy: I['person'] | null;
}

/**
 * A country's initiative or plan.
 *
 * @group Record types
 */
export interface Initiative<I extends IdSpace = Ids> extends RecordBase<'initiative', I['initiative'], I> {
  /** Its name, as the text gives it (`K-Silk Road Cooperation Initiative`). */
  readonly name: string;
  /** A `strategy` or a `plan`. */
  readonly type: InitiativeType;
  /** Whose initiative it is. */
  readonly owner: I['country'];
  /** The region it concerns, or `null`. */
  readonly region: I['region'] | null;
  /** What it is for, in the text's words, or `null`. */
  readonly aim: string | null;
  /** Who the text says expressed support for it. */
  readonly supporters: readonly ActorId<I>[];
  /** The event at which it was announced, or `null`. */
  readonly announcedAt: I['event'] | null;
  /** Events it plans or concerns. */
  readonly events: readonly I['event'][];
}

/**
 * The record type of each kind: `RecordTypes<I>['agreement']` is `Agreement<I>`.
 *
 * @group Record types
 */
export interface RecordTypes<I extends IdSpace = Ids> {
  /** See {@link Source}. */
  source: Source<I>;
  /** See {@link Country}. */
  country: Country<I>;
  /** See {@link Region}. */
  region: Region<I>;
  /** See {@link Place}. */
  place: Place<I>;
  /** See {@link Person}. */
  person: Person<I>;
  /** See {@link Organization}. */
  organization: Organization<I>;
  /** See {@link Mineral}. */
  mineral: Mineral<I>;
  /** See {@link Topic}. */
  topic: Topic<I>;
  /** See {@link Resource}. */
  resource: Resource<I>;
  /** See {@link Agreement}. */
  agreement: Agreement<I>;
  /** See {@link Event}. */
  event: Event<I>;
  /** See {@link Statement}. */
  statement: Statement<I>;
  /** See {@link Figure}. */
  figure: Figure<I>;
  /** See {@link Initiative}. */
  initiative: Initiative<I>;
}

/**
 * Any record.
 *
 * @group Record types
 */
export type AnyRecord<I extends IdSpace = Ids> = RecordTypes<I>[RecordKind];

/**
 * A whole dataset: one read-only map per kind, under its {@link DATASET_KEYS} key (`people`), keyed by id.
 *
 * @group Record types
 */
export type Dataset<I extends IdSpace = Ids> = {
  readonly [K in RecordKind as DatasetKeys[K]]: Readonly<Record<I[K], RecordTypes<I>[K]>>;
};
