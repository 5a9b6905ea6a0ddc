/**
 * Closed vocabularies: the fixed value sets that fields draw from.
 *
 * These are plain constant arrays (no zod) so the core entry can check run-time input against them and the
 * `/schema` entry can build its enums from the same lists: one list, two uses, no drift.
 *
 * @module
 */
import { deepFreeze } from './freeze.js';

export { KIND_REGISTRY, RECORD_KINDS, DATASET_KEYS, typeNamesOf } from './kinds.js';
export type { KindEntry, RecordKind, RecordKinds, DatasetKey, DatasetKeys } from './kinds.js';

/**
 * How precise a {@link PartialDate} is.
 *
 * @group Vocabularies
 */
export const DATE_PRECISIONS = /* @__PURE__ */ deepFreeze(['year', 'month', 'day'] as const);
/**
 * `'year'` (`2019`), `'month'` (`2024-06`) or `'day'` (`2024-06-11`).
 *
 * @group Vocabularies
 */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * What kind of instrument an agreement is.
 *
 * @group Vocabularies
 */
export const AGREEMENT_TYPES = /* @__PURE__ */ deepFreeze(['mou', 'deal', 'agreement-in-principle'] as const);
/**
 * `'mou'` (memorandum of understanding), `'deal'` (signed deals of unstated form) or `'agreement-in-principle'` (agreed, nothing said to be signed).
 *
 * @group Vocabularies
 */
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/**
 * Stages of the mineral value chain an agreement covers, as the source names them.
 *
 * @group Vocabularies
 */
export const STAGES = /* @__PURE__ */ deepFreeze(['exploration', 'development', 'mining', 'refining', 'commercialization', 'final-use'] as const);
/**
 * One of {@link STAGES}.
 *
 * @group Vocabularies
 */
export type Stage = (typeof STAGES)[number];

/**
 * How a country is tied to a mineral in a {@link Resource} record.
 *
 * @group Vocabularies
 */
export const RESOURCE_RELATIONS = /* @__PURE__ */ deepFreeze(['reserves', 'production'] as const);
/**
 * `'reserves'` (holds a reserve of it) or `'production'` (produces it).
 *
 * @group Vocabularies
 */
export type ResourceRelation = (typeof RESOURCE_RELATIONS)[number];

/**
 * How a country is tied to a mineral in a query answer: a resource record, or an agreement it is party to.
 *
 * @group Vocabularies
 */
export const MINERAL_RELATIONS = /* @__PURE__ */ deepFreeze(['reserves', 'production', 'agreement'] as const);
/**
 * One of {@link MINERAL_RELATIONS}.
 *
 * @group Vocabularies
 */
export type MineralRelation = (typeof MINERAL_RELATIONS)[number];

/**
 * What a mineral record stands for.
 *
 * @group Vocabularies
 */
export const MINERAL_CATEGORIES = /* @__PURE__ */ deepFreeze(['class', 'element', 'element-group', 'energy-commodity'] as const);
/**
 * `'class'` (critical minerals, rare metals), `'element'` (lithium), `'element-group'` (rare-earth metals) or `'energy-commodity'` (oil).
 *
 * @group Vocabularies
 */
export type MineralCategory = (typeof MINERAL_CATEGORIES)[number];

/**
 * What sort of body an organization record is.
 *
 * @group Vocabularies
 */
export const ORGANIZATION_TYPES = /* @__PURE__ */ deepFreeze(['financial-institutions', 'companies', 'sector'] as const);
/**
 * One of {@link ORGANIZATION_TYPES}.
 *
 * @group Vocabularies
 */
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/**
 * What sort of happening an event record is.
 *
 * @group Vocabularies
 */
export const EVENT_TYPES = /* @__PURE__ */ deepFreeze([
  'summit',
  'state-visit',
  'press-conference',
  'briefing',
  'trip',
  'announcement',
  'independence',
  'site-closure',
  'disarmament',
  'nuclear-test',
  'nuclear-test-series',
  'negotiations',
] as const);
/**
 * One of {@link EVENT_TYPES}.
 *
 * @group Vocabularies
 */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Where an event stands as of the source date.
 *
 * @group Vocabularies
 */
export const EVENT_STATUSES = /* @__PURE__ */ deepFreeze(['occurred', 'ongoing', 'planned', 'stalled'] as const);
/**
 * One of {@link EVENT_STATUSES}.
 *
 * @group Vocabularies
 */
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * Whether a statement quotes the speaker's words or reports them.
 *
 * @group Vocabularies
 */
export const STATEMENT_MODES = /* @__PURE__ */ deepFreeze(['direct', 'reported'] as const);
/**
 * One of {@link STATEMENT_MODES}.
 *
 * @group Vocabularies
 */
export type StatementMode = (typeof STATEMENT_MODES)[number];

/**
 * What a figure measures.
 *
 * @group Vocabularies
 */
export const FIGURE_TYPES = /* @__PURE__ */ deepFreeze(['count', 'rank', 'list'] as const);
/**
 * `'count'` (six tests), `'rank'` (fourth-largest) or `'list'` (a named list of sectors).
 *
 * @group Vocabularies
 */
export type FigureType = (typeof FIGURE_TYPES)[number];

/**
 * How a number relates to the true one: `eq` exactly, `gt` more than, `gte` at least (bounds, not the value).
 *
 * @group Vocabularies
 */
export const COMPARATORS = /* @__PURE__ */ deepFreeze(['eq', 'gt', 'gte'] as const);
/**
 * One of {@link COMPARATORS}.
 *
 * @group Vocabularies
 */
export type Comparator = (typeof COMPARATORS)[number];

/**
 * What sort of initiative an initiative record is.
 *
 * @group Vocabularies
 */
export const INITIATIVE_TYPES = /* @__PURE__ */ deepFreeze(['strategy', 'plan'] as const);
/**
 * One of {@link INITIATIVE_TYPES}.
 *
 * @group Vocabularies
 */
export type InitiativeType = (typeof INITIATIVE_TYPES)[number];

/**
 * The CAMEO event codes this dataset uses, with their official labels (CAMEO codebook, as used by GDELT and ICEWS).
 * Only codes the project's reference table lists are allowed.
 *
 * @group Vocabularies
 */
export const CAMEO_LABELS = /* @__PURE__ */ deepFreeze({
  '030': 'Express intent to cooperate',
  '0311': 'Express intent to cooperate economically',
  '036': 'Express intent to meet or negotiate',
  '040': 'Consult',
  '042': 'Make a visit',
  '043': 'Host a visit',
  '044': "Meet at a 'third' location",
  '046': 'Engage in negotiation',
  '051': 'Praise or endorse',
  '057': 'Sign formal agreement',
  '111': 'Criticize or denounce',
} as const);
/**
 * A CAMEO code from {@link CAMEO_LABELS}, such as `'057'`.
 *
 * @group Vocabularies
 */
export type CameoCode = keyof typeof CAMEO_LABELS;

/**
 * The PLOVER categories (as used by POLECAT) this dataset uses.
 *
 * @group Vocabularies
 */
export const PLOVER_CATEGORIES = /* @__PURE__ */ deepFreeze(['AGREE', 'CONSULT', 'SUPPORT', 'ACCUSE'] as const);
/**
 * One of {@link PLOVER_CATEGORIES}.
 *
 * @group Vocabularies
 */
export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];
