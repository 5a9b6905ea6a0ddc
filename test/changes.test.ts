/**
 * The data diff between releases, the versioning policy it enforces, the release snapshots and the CHANGELOG's
 * generated data section: the facts 0.2 changed, named one by one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, type ValueChange } from '../src/changes/classify.js';
import { diffReleases, type DataChanges, type FieldChange } from '../src/changes/diff.js';
import { bumpBetween, requiredBump, versionProblem } from '../src/changes/policy.js';
import { parseSnapshot, toSnapshot, type SnapshotRecord } from '../src/changes/snapshot.js';
import { buildTombstones, changesSinceEachRelease, policyProblem, readChangeInputs } from '../scripts/changes-build.js';
import { withDataChanges } from '../scripts/changelog.js';
import { recordsAtCommit, ROOT } from '../scripts/releases.js';

const inputs = readChangeInputs();
const since010 = changesSinceEachRelease(inputs).find((c) => c.from === '0.1.0')!;

function field(changes: DataChanges, id: string, path: string): FieldChange {
  const record = changes.records.find((r) => r.id === id);
  const found = record?.fields.find((f) => f.path === path);
  if (found === undefined) throw new Error(`no change of ${id}.${path}`);
  return found;
}

describe('the 0.1.0 snapshot', () => {
  it('is the dataset commit 29cd842 shipped, record for record', () => {
    const snapshot = readFileSync(join(ROOT, 'data/releases/0.1.0.ndjson'), 'utf8');
    expect(snapshot).toBe(toSnapshot(recordsAtCommit('29cd842')));
    expect(parseSnapshot(snapshot)).toHaveLength(101);
  });

  it('is recorded in CHANGELOG.md with the commit it came from', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/## \[0\.1\.0\][^\n]*\n\nReleased from commit 29cd842; its dataset is `data\/releases\/0\.1\.0\.ndjson`/);
    expect(execFileSync('git', ['cat-file', '-t', '29cd842'], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe('commit');
  });
});

describe('what changed in the data from 0.1.0 to the working tree', () => {
  it('the supply-chain MOU lost signatories and gained signedBy and agreedBy, each with its provenance', () => {
    const mou = 'kr-kz-critical-minerals-supply-chain-mou';
    expect(field(since010, mou, 'signatories')).toMatchObject({
      change: 'removed',
      old: ['yoon-suk-yeol', 'kassym-jomart-tokayev'],
      level: 'major',
      reason: 'field removed',
      provenance: null,
    });
    const signedBy = field(since010, mou, 'signedBy');
    expect(signedBy).toMatchObject({ change: 'added', new: ['KR', 'KZ'], level: 'minor' });
    expect(signedBy.provenance?.['signedBy']).toMatchObject({ basis: 'derived', rule: 'the-two-countries' });
    const agreedBy = field(since010, mou, 'agreedBy');
    expect(agreedBy).toMatchObject({ change: 'added', new: ['yoon-suk-yeol', 'kassym-jomart-tokayev'] });
    expect(agreedBy.provenance?.['agreedBy']?.basis).toBe('stated');
    expect(agreedBy.provenance?.['agreedBy']?.evidence.map((e) => e.quote).join(' ')).toContain('agreed');
  });

  it('the energy deals’ count went from null to at least two, a change of the field’s type', () => {
    const count = field(since010, 'kr-kz-energy-cooperation-deals', 'count');
    expect(count).toMatchObject({ change: 'changed', old: null, new: { value: 2, comparator: 'gte' }, level: 'major' });
    expect(count.reason).toBe('type changed from number to object');
    expect(count.provenance?.['count']).toMatchObject({ basis: 'derived', rule: 'plural-at-least-two' });
  });

  it('KR.aliases shrank to the one name the text uses: items removed, major', () => {
    const aliases = field(since010, 'KR', 'aliases');
    expect(aliases).toMatchObject({ old: ['S. Korea', 'South Korean', 'Republic of Korea', 'Korea, Republic of', 'ROK'], new: ['S. Korea'] });
    expect(aliases.level).toBe('major');
    expect(aliases.reason).toBe('items removed: "South Korean", "Republic of Korea", "Korea, Republic of", "ROK"');
    expect(aliases.provenance?.['aliases']?.basis).toBe('stated');
  });

  it('the trip and the state visit gained date bounds, and lost the date’s basis and note', () => {
    expect(field(since010, 'yoon-central-asia-trip', 'date.earliest')).toMatchObject({ change: 'added', new: '2024-06-01', level: 'minor' });
    expect(field(since010, 'yoon-central-asia-trip', 'date.latest')).toMatchObject({ change: 'added', new: '2024-06-30' });
    const visit = field(since010, 'yoon-state-visit-to-kazakhstan', 'date.latest');
    expect(visit).toMatchObject({ change: 'added', new: '2024-06-13' });
    expect(field(since010, 'yoon-state-visit-to-kazakhstan', 'date.earliest')).toMatchObject({ change: 'added', new: '2024-06-11' });
    expect(Object.keys(visit.provenance ?? {})).toEqual(['date']);
    expect(field(since010, 'yoon-state-visit-to-kazakhstan', 'date.basis')).toMatchObject({ change: 'removed', old: 'derived', level: 'major' });
  });

  it('every new value a record populates comes with its provenance', () => {
    const missing = since010.records.flatMap((record) =>
      record.fields
        .filter((f) => f.change !== 'removed' && !['evidence', 'note'].includes(f.path) && !f.path.startsWith('provenance.'))
        .filter((f) => f.new !== null && !(Array.isArray(f.new) && f.new.length === 0))
        .filter((f) => f.provenance === null)
        .map((f) => `${record.id}.${f.path}`),
    );
    expect(missing).toEqual([]);
  });

  it('adds the two excerpt sources, removes no record, and its figures add up', () => {
    const { summary } = since010;
    expect([summary.recordsAdded, summary.recordsRemoved]).toEqual([2, 0]);
    expect(summary.recordsChanged + summary.recordsAdded + summary.recordsRemoved).toBe(since010.records.length);
    expect(summary.fieldsChanged).toBe(since010.records.reduce((n, r) => n + r.fields.length, 0));
    expect(summary.levels.patch + summary.levels.minor + summary.levels.major).toBe(summary.fieldsChanged + summary.recordsAdded + summary.recordsRemoved);
    expect(since010.level).toBe('major');
  });

  it('lists, per kind, the fields that appeared, went and changed type', () => {
    const of = (kind: string, change: string) => since010.fields.filter((f) => f.kind === kind && f.change === change).map((f) => f.path);
    expect(of('agreement', 'removed')).toEqual(['signatories', 'date.basis', 'date.note']);
    expect(of('agreement', 'type')).toEqual(['count']);
    expect(of('country', 'added')).toEqual(['demonyms', 'provenance']);
  });
});

describe('the versioning policy', () => {
  const current = inputs.current.records;
  /** The working tree as if released as `version`, and a copy with `KZ` taken off the lithium MOU. */
  const released = { version: '0.2.0', records: current };
  const withoutKz = current.map((r) =>
    r.id === 'kr-kz-lithium-mou' ? ({ ...r, parties: (r['parties'] as string[]).filter((p) => p !== 'KZ') } as SnapshotRecord) : r,
  );

  it('holds for the working tree: package.json is 0.2.0, a minor bump, as 0.1.0 → now needs', () => {
    expect(inputs.current.version).toBe('0.2.0');
    expect(requiredBump(since010.level, '0.1.0')).toBe('minor');
    expect(policyProblem(inputs)).toBeNull();
  });

  it('fails when a party is removed and nothing is bumped, naming the record, the field and the bump it needs', () => {
    const problem = policyProblem({ releases: [released], current: { version: '0.2.0', records: withoutKz }, tombstones: [] });
    expect(problem).toContain('0.2.0 is released');
    expect(problem).toContain('agreement "kr-kz-lithium-mou" at parties: items removed: "KZ" (major)');
    expect(problem).toContain('at least a minor bump (before 1.0.0, a breaking change needs at least a minor bump)');
  });

  it('fails a patch bump for a removed party, and passes a minor one', () => {
    const patch = versionProblem(diffReleases(released, { version: '0.2.1', records: withoutKz }));
    expect(patch).toMatch(/^Version 0\.2\.1 is a patch bump from 0\.2\.0, but the data changes need at least a minor bump/);
    expect(patch).toContain('kr-kz-lithium-mou');
    expect(versionProblem(diffReleases(released, { version: '0.3.0', records: withoutKz }))).toBeNull();
  });

  it('after 1.0.0, a removed party needs a major bump', () => {
    const minor = versionProblem(diffReleases({ ...released, version: '1.0.0' }, { version: '1.1.0', records: withoutKz }));
    expect(minor).toContain('need at least a major bump');
    expect(bumpBetween('1.0.0', '2.0.0')).toBe('major');
  });

  const types = (...list: ValueChange['oldTypes'] extends ReadonlySet<infer T> ? T[] : never) => new Set(list);
  const change = (path: string, old: unknown, now: unknown, t = types()) =>
    classify({ path, change: 'changed', old, new: now, oldTypes: t, newTypes: t });

  it('classifies by the README’s rules', () => {
    expect(change('parties', ['KR', 'KZ'], ['KR', 'KZ', 'UZ'], types('array')).level).toBe('minor');
    expect(change('parties', ['KR', 'KZ'], ['KZ', 'KR'], types('array'))).toEqual({ level: 'patch', reason: 'items reordered' });
    expect(change('name', 'Astanna', 'Astana', types('string'))).toEqual({ level: 'patch', reason: 'wording' });
    expect(change('date.value', '2024-06-11', '2024-06-10', types('string'))).toEqual({ level: 'major', reason: 'value changed' });
    expect(change('officialName', 'Republic of Kazakhstan', null, types('string')).level).toBe('major');
    expect(change('extent', null, 'large', types('string')).level).toBe('minor');
    expect(change('evidence', [], [{ quote: 'x' }], types('array')).level).toBe('patch');
    expect(change('note', 'a', 'b', types('string')).level).toBe('patch');
  });

  it('a record added is minor, a record removed major, with what its tombstone says', () => {
    const extra = { id: 'kz-new', kind: 'topic' } as SnapshotRecord;
    const added = diffReleases(released, { version: '0.3.0', records: [...current, extra] });
    expect(added.records).toEqual([{ id: 'kz-new', kind: 'topic', change: 'added', level: 'minor', fields: [] }]);
    const removed = diffReleases(
      { version: '0.3.0', records: [...current, extra] },
      { version: '0.4.0', records: current },
      { 'kz-new': { replacedBy: 'lithium', reason: 'merged into lithium' } },
    );
    expect(removed.records).toEqual([
      { id: 'kz-new', kind: 'topic', change: 'removed', level: 'major', fields: [], replacedBy: 'lithium', removalReason: 'merged into lithium' },
    ]);
  });
});

describe('tombstones from the snapshots', () => {
  const current = inputs.current.records;
  const old = { version: '0.2.0', records: [...current, { id: 'kz-old-topic', kind: 'topic' } as SnapshotRecord] };

  it('none: no id of 0.1.0 is gone', () => {
    expect(inputs.tombstones).toEqual([]);
  });

  it('fail the build for an id gone without one, naming it', () => {
    expect(() => buildTombstones([old], current, '0.3.0', {})).toThrow('"kz-old-topic" is gone (since 0.3.0): add it to data/tombstones.ts');
  });

  it('say the release an id went in and what replaced it', () => {
    const spec = { 'kz-old-topic': { replacedBy: 'critical-minerals-supply-chain', reason: 'a duplicate' } };
    expect(buildTombstones([old], current, '0.3.0', spec)).toEqual([
      { id: 'kz-old-topic', kind: 'topic', removedIn: '0.3.0', replacedBy: 'critical-minerals-supply-chain', reason: 'a duplicate' },
    ]);
    expect(() => buildTombstones([old], current, '0.3.0', { 'kz-old-topic': { replacedBy: 'nowhere', reason: 'x' } })).toThrow(
      'replaced by "nowhere", which names no record',
    );
  });
});

describe('CHANGELOG.md', () => {
  it('has a 0.2.0 entry whose data section is the diff since 0.1.0, as npm run generate writes it', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('<!-- data-changes 0.2.0 -->');
    expect(withDataChanges(changelog, since010)).toBe(changelog);
    expect(changelog).toContain('- agreement `kr-kz-critical-minerals-supply-chain-mou` changed (major)');
  });
});

describe('critical-minerals changes', async () => {
  const { run } = await import('../src/cli/run.js');
  const cli = (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = run(args, {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      version: inputs.current.version,
      env: {},
      changes: () => changesSinceEachRelease(inputs),
    });
    return { code, stdout, stderr };
  };

  it('--since 0.1.0 --json prints the diff as valid JSON', () => {
    const { code, stdout, stderr } = cli(['changes', '--since', '0.1.0', '--json']);
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(since010)));
  });

  it('with an id, prints that record’s changed fields with their levels', () => {
    const { code, stdout } = cli(['changes', 'KR']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^KR since 0\.1\.0: changed, major\n/);
    expect(stdout).toMatch(/major +KR +aliases +.+items removed: "South Korean"/);
  });

  it('an unknown release is a usage error that names the releases there are', () => {
    const { code, stderr } = cli(['changes', '--since', '0.1']);
    expect(code).toBe(2);
    expect(stderr).toContain('No release "0.1" to compare with: releases before 0.2.0 are 0.1.0.');
  });
});
