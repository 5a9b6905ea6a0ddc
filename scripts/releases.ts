/**
 * Reading release snapshots and the working tree's dataset, for the scripts that diff them
 * (`generate-data.ts`, `build-exports.ts`, `release-snapshot.ts`) and for the tests.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions, parseSnapshot, type Release, type SnapshotRecord } from '../src/changes/snapshot.js';
import { KIND_REGISTRY } from '../src/kinds.js';
import { unpack, type SourceTexts } from '../src/unpack.js';
import type { RecordKind } from '../src/vocabulary.js';

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
 * The records a generated module (`src/generated/<key>.ts`) holds. Since 0.2 the module is
 * `unpack<…>('<kind>', SOURCE_TEXTS, '<packed JSON>')` (see `scripts/pack-data.ts`), read with the source texts of
 * the same tree (`sourceTexts`, from `src/generated/source-texts.ts`); before, it was `deepFreeze<…>({ … JSON … });`.
 */
export function recordsOfModule(text: string, name: string, sourceTexts: () => SourceTexts): SnapshotRecord[] {
  const packed = /unpack<[^>]*>>\(\n {2}'([a-z]+)',\n {2}SOURCE_TEXTS,\n {2}'((?:[^'\\]|\\.)*)',\n\);/.exec(text);
  if (packed !== null) {
    const json = packed[2]!.replace(/\\(.)/g, '$1');
    return Object.values(unpack<Record<string, SnapshotRecord>>(packed[1] as RecordKind, sourceTexts(), json));
  }
  const start = text.indexOf('>({\n');
  const end = text.lastIndexOf('});');
  if (start === -1 || end === -1) throw new Error(`${name}: not a generated data module`);
  const map = JSON.parse(text.slice(start + 2, end + 1)) as Record<string, SnapshotRecord>;
  return Object.values(map);
}

/** The source texts a `src/generated/source-texts.ts` holds: one `[id, text]` JSON array a line. */
export function sourceTextsOfModule(text: string): SourceTexts {
  const lines = text.split('\n').filter((line) => line.startsWith('  ["'));
  return JSON.parse(`[${lines.map((line) => line.trim().replace(/,$/, '')).join(',')}]`) as SourceTexts;
}

/** Every record of the dataset a commit shipped, read from its `src/generated/` modules, in registry order. */
export function recordsAtCommit(commit: string, root = ROOT): SnapshotRecord[] {
  const show = (path: string) => execFileSync('git', ['show', `${commit}:${path}`], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const texts = () => sourceTextsOfModule(show('src/generated/source-texts.ts'));
  return KIND_REGISTRY.flatMap(({ key }) => recordsOfModule(show(`src/generated/${key}.ts`), `${commit}:src/generated/${key}.ts`, texts));
}

/** Every record of the working tree's generated dataset, in registry order. */
export function recordsInWorkingTree(root = ROOT): SnapshotRecord[] {
  const texts = () => sourceTextsOfModule(readFileSync(join(root, 'src/generated/source-texts.ts'), 'utf8'));
  return KIND_REGISTRY.flatMap(({ key }) =>
    recordsOfModule(readFileSync(join(root, `src/generated/${key}.ts`), 'utf8'), `src/generated/${key}.ts`, texts),
  );
}
