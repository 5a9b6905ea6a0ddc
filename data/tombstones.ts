/**
 * Ids that named a record in a release and are gone, each with what replaces it (`null` for nothing) and why.
 * `npm run generate` compares the working tree with every snapshot under `data/releases/`: an id that disappeared
 * without an entry here, or an entry for an id that did not, fails it. It adds the kind and the release the id
 * went in, and writes `src/generated/tombstones.ts`. Removing an id is a major change (README, versioning policy).
 *
 * No id has been removed since 0.1.0.
 */
export interface TombstoneSpec {
  /** The id of the record that replaces the removed one, or `null`. */
  readonly replacedBy: string | null;
  /** Why it was removed, in a sentence. */
  readonly reason: string;
}

export const tombstones: Readonly<Record<string, TombstoneSpec>> = {};
