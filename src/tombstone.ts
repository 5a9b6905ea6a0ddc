/**
 * Tombstones: an id that named a record in a release and is gone stays known, so asking for it says when it went
 * and what replaced it instead of "unknown id". They are data: `data/tombstones.ts` says, for each id that
 * disappeared, what replaces it and why; `npm run generate` finds the release it went in from the snapshots under
 * `data/releases/` and fails when an id disappears without a tombstone.
 *
 * @module
 */
import type { RecordKind } from './vocabulary.js';

/**
 * What is kept of a removed record.
 *
 * @group Data
 */
export interface Tombstone {
  /** The id it had. */
  readonly id: string;
  /** The kind it was. */
  readonly kind: RecordKind;
  /** The first release without it (`0.3.0`). */
  readonly removedIn: string;
  /** The id of the record that replaces it, or `null` where none does. */
  readonly replacedBy: string | null;
  /** Why it was removed, in a sentence. */
  readonly reason: string;
}

/**
 * Tombstones by id.
 *
 * @group Data
 */
export type Tombstones = Readonly<Record<string, Tombstone>>;
