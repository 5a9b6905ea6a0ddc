/**
 * `tsx scripts/release-snapshot.ts <version> [--commit <rev>]`: write `data/releases/<version>.ndjson`, the
 * dataset a release shipped, one record per line. With `--commit`, from that commit's `src/generated/`
 * modules (how 0.1.0's snapshot was made, from 29cd842); without, from the working tree's, at release time.
 * Record the commit in CHANGELOG.md. Refuses to overwrite an existing snapshot: a released dataset does not change.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVersion, toSnapshot } from '../src/changes/snapshot.js';
import { recordsAtCommit, recordsInWorkingTree, RELEASES_DIR } from './releases.js';

const [version, flag, commit] = process.argv.slice(2);
if (version === undefined || parseVersion(version) === null || (flag !== undefined && (flag !== '--commit' || commit === undefined))) {
  console.error('usage: tsx scripts/release-snapshot.ts <MAJOR.MINOR.PATCH> [--commit <rev>]');
  process.exit(2);
}
const path = join(RELEASES_DIR, `${version}.ndjson`);
if (existsSync(path)) {
  console.error(`${path} exists: a released dataset does not change`);
  process.exit(1);
}
const records = commit === undefined ? recordsInWorkingTree() : recordsAtCommit(commit);
writeFileSync(path, toSnapshot(records));
console.log(`data/releases/${version}.ndjson: ${records.length} records${commit ? ` from ${commit}` : ''}`);
