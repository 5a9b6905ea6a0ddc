/**
 * Release snapshots: a released dataset kept in the repository as `data/releases/<version>.ndjson`, one record
 * per line, so every released version stays reachable from any clone (tags may not travel with it). The records
 * keep the shape their release shipped (0.1.0's agreements have `signatories`, not `signedBy`): the diff reads
 * them as plain JSON and never through the current schema.
 *
 * Plain functions, no Node built-ins: the scripts read and write the files, the tests and the diff use these.
 *
 * @module
 */

/** A record as a snapshot holds it: any plain JSON object with an `id` and a `kind`. */
export interface SnapshotRecord {
  readonly id: string;
  readonly kind: string;
  readonly [field: string]: unknown;
}

/** One released dataset: its version and its records. */
export interface Release {
  /** The package version that shipped it (`0.1.0`), or the coming version for the working tree's data. */
  readonly version: string;
  readonly records: readonly SnapshotRecord[];
}

/** The snapshot text: one record per line (JSON, keys in the order the release wrote them), then a newline. */
export function toSnapshot(records: readonly SnapshotRecord[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + '\n';
}

/** The records of a snapshot text; fails on a line that is not a record, naming the line. */
export function parseSnapshot(text: string, name = 'snapshot'): SnapshotRecord[] {
  // Numbered before blank lines are skipped, so the line named is the line of the text.
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    const record = JSON.parse(line) as SnapshotRecord;
    if (record === null || typeof record !== 'object' || typeof record.id !== 'string' || typeof record.kind !== 'string') {
      throw new Error(`${name}, line ${index + 1}: expected a record with an id and a kind`);
    }
    return [record];
  });
}

/** `[major, minor, patch]` of a `MAJOR.MINOR.PATCH` version (a pre-release or build suffix is ignored), or `null`. */
export function parseVersion(version: string): readonly [number, number, number] | null {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** Orders versions oldest first. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
