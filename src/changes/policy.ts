/**
 * The version check: the version in `package.json` must be bumped at least as much as the largest data change
 * requires. Before 1.0.0 every part moves one place down, as semantic versioning leaves 0.x free and npm's caret
 * ranges treat it: a breaking (major) change needs at least a minor bump, an addition or a correction a patch.
 *
 * @module
 */
import type { ChangeLevel } from './classify.js';
import type { DataChanges } from './diff.js';
import { parseVersion } from './snapshot.js';

/** How far one version is from another: the part bumped, or `none`. */
export type Bump = 'none' | ChangeLevel;
const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The bump from `from` to `to`; fails on versions that are not `MAJOR.MINOR.PATCH`. */
export function bumpBetween(from: string, to: string): Bump {
  const a = parseVersion(from);
  const b = parseVersion(to);
  if (a === null || b === null) throw new Error(`not a MAJOR.MINOR.PATCH version: ${a === null ? from : to}`);
  if (b[0] !== a[0]) return 'major';
  if (b[1] !== a[1]) return 'minor';
  return b[2] !== a[2] ? 'patch' : 'none';
}

/** The bump a change of `level` needs after release `from`: one place less before 1.0.0 (major → minor). */
export function requiredBump(level: ChangeLevel | 'none', from: string): Bump {
  if (level === 'none') return 'none';
  const prerelease = parseVersion(from)?.[0] === 0;
  if (!prerelease) return level;
  return level === 'major' ? 'minor' : 'patch';
}

/**
 * The problem with releasing `changes` as `changes.to`, or `null` when the bump is large enough: names the version
 * bump it needs and every change that needs more than the bump made, by record and field.
 */
export function versionProblem(changes: DataChanges): string | null {
  const made = bumpBetween(changes.from, changes.to);
  const needed = requiredBump(changes.level, changes.from);
  if (BUMPS.indexOf(made) >= BUMPS.indexOf(needed)) return null;
  const prerelease = parseVersion(changes.from)?.[0] === 0;
  const tooBig = (level: ChangeLevel) => BUMPS.indexOf(requiredBump(level, changes.from)) > BUMPS.indexOf(made);
  const lines: string[] = [];
  for (const record of changes.records) {
    if (record.change !== 'changed') {
      if (tooBig(record.level)) lines.push(`  - ${record.kind} "${record.id}": record ${record.change} (${record.level})`);
      continue;
    }
    for (const field of record.fields) {
      if (tooBig(field.level)) lines.push(`  - ${record.kind} "${record.id}" at ${field.path}: ${field.reason} (${field.level})`);
    }
  }
  const why = prerelease && changes.level === 'major' ? ' (before 1.0.0, a breaking change needs at least a minor bump)' : '';
  return (
    `Version ${changes.to} is ${made === 'none' ? 'no bump' : `a ${made} bump`} from ${changes.from}, but the data changes need ` +
    `at least a ${needed} bump${why}: bump package.json to a ${needed} release. ${lines.length} ${lines.length === 1 ? 'change needs' : 'changes need'} it:\n` +
    lines.join('\n')
  );
}
