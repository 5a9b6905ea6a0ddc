/**
 * Reading release snapshots and the working tree's dataset, for the scripts that diff them
 * (`generate-data.ts`, `build-exports.ts`, `release-snapshot.ts`) and for the tests.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions, parseSnapshot, type Release, type SnapshotRecord } from '../src/changes/snapshot.js';
import { KIND_REGISTRY } from '../src/kinds.js';

export const ROOT = new URL('..', import.meta.url).pathname;
export const RELEASES_DIR = join(ROOT, 'data/releases');

/** Every snapshot under `data/releases/`, oldest first. */
export function readReleases(dir = RELEASES_DIR): Release[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ndjson'))
    .map((name) => ({ version: name.replace(/\.ndjson$/, ''), records: parseSnapshot(readFileSync(join(dir, name), 'utf8'), name) }))
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** The version in `package.json`. */
export function packageVersion(root = ROOT): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The records a generated module (`src/generated/<key>.ts`) holds: the module is `deepFreeze<…>({ … JSON … });`,
 * as every release so far has written it.
 */
export function recordsOfModule(text: string, name: string): SnapshotRecord[] {
  const start = text.indexOf('>({\n');
  const end = text.lastIndexOf('});');
  if (start === -1 || end === -1) throw new Error(`${name}: not a generated data module`);
  const map = JSON.parse(text.slice(start + 2, end + 1)) as Record<string, SnapshotRecord>;
  return Object.values(map);
}

/** Every record of the dataset a commit shipped, read from its `src/generated/` modules, in registry order. */
export function recordsAtCommit(commit: string, root = ROOT): SnapshotRecord[] {
  const show = (path: string) => execFileSync('git', ['show', `${commit}:${path}`], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return KIND_REGISTRY.flatMap(({ key }) => recordsOfModule(show(`src/generated/${key}.ts`), `${commit}:src/generated/${key}.ts`));
}

/** Every record of the working tree's generated dataset, in registry order. */
export function recordsInWorkingTree(root = ROOT): SnapshotRecord[] {
  return KIND_REGISTRY.flatMap(({ key }) =>
    recordsOfModule(readFileSync(join(root, `src/generated/${key}.ts`), 'utf8'), `src/generated/${key}.ts`),
  );
}
