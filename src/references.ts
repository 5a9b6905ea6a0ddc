/**
 * Which fields of which record kinds hold ids, and what kinds those ids may name. Used to check referential
 * integrity (every id a record refers to exists and is of an allowed kind) and to follow links.
 *
 * @module
 */
import type { RecordKind } from './vocabulary.js';

const ACTOR = ['country', 'person', 'organization'] as const;
const SUBJECT = [...ACTOR, 'region', 'mineral', 'topic', 'initiative'] as const;
const ANY = [
  'source', 'country', 'region', 'place', 'person', 'organization', 'mineral', 'topic',
  'resource', 'agreement', 'event', 'statement', 'figure', 'initiative',
] as const;

/** For each kind, each reference field (a dotted path for nested ones) and the kinds it may point to. */
export const REFERENCE_FIELDS: { readonly [K in RecordKind]: Readonly<Record<string, readonly RecordKind[]>> } = {
  source: {},
  country: {},
  region: {},
  place: { country: ['country'], capitalOf: ['country'], standsFor: ['country'] },
  person: { 'office.country': ['country'] },
  organization: { country: ['country'] },
  mineral: {},
  topic: {},
  resource: { country: ['country'], mineral: ['mineral'] },
  agreement: {
    parties: ['country'],
    signedBy: ACTOR,
    agreedBy: ACTOR,
    reportedBy: ['person'],
    subjects: SUBJECT,
    topics: ['topic'],
    minerals: ['mineral'],
    place: ['place'],
    event: ['event'],
  },
  event: {
    place: ['place'],
    actors: ACTOR,
    recipients: ACTOR,
    subjects: SUBJECT,
    topics: ['topic'],
    partOf: ['event'],
    after: ['event'],
    before: ['event'],
  },
  statement: { speaker: ['person'], occasion: ['event'], subjects: SUBJECT, topics: ['topic'] },
  figure: { items: ['topic'], about: ANY, reportedBy: ['person'] },
  initiative: {
    owner: ['country'],
    region: ['region'],
    supporters: ACTOR,
    announcedAt: ['event'],
    events: ['event'],
  },
};

/** The ids a record's reference field holds: none for `null`, one for a string, all of an array. */
export function referencedIds(record: object, path: string): readonly string[] {
  let value: unknown = record;
  for (const key of path.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}
