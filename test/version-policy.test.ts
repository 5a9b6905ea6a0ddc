/**
 * The versioning policy on its own (src/changes/policy.ts): the bump between two versions, the bump a change
 * needs before and after 1.0.0, and the whole message `versionProblem` gives, for diffs written out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { RecordChange } from '../src/changes/diff.js';
import { bumpBetween, requiredBump, versionProblem } from '../src/changes/policy.js';

describe('bumpBetween', () => {
  it('names the part that moved, or none', () => {
    expect(bumpBetween('0.2.0', '0.2.0')).toBe('none');
    expect(bumpBetween('0.2.0', '0.2.1')).toBe('patch');
    expect(bumpBetween('0.2.0', '0.3.0')).toBe('minor');
    expect(bumpBetween('0.2.0', '1.0.0')).toBe('major');
  });

  it('names the version that is not MAJOR.MINOR.PATCH, whichever side it is on', () => {
    expect(() => bumpBetween('0.2', '0.3.0')).toThrow(new Error('not a MAJOR.MINOR.PATCH version: 0.2'));
    expect(() => bumpBetween('0.2.0', 'next')).toThrow(new Error('not a MAJOR.MINOR.PATCH version: next'));
  });
});

describe('requiredBump', () => {
  it('no change needs no bump, before and after 1.0.0', () => {
    expect(requiredBump('none', '0.1.0')).toBe('none');
    expect(requiredBump('none', '1.0.0')).toBe('none');
  });

  it('before 1.0.0 every level moves one place down: major → minor, minor and patch → patch', () => {
    expect(requiredBump('major', '0.1.0')).toBe('minor');
    expect(requiredBump('minor', '0.1.0')).toBe('patch');
    expect(requiredBump('patch', '0.1.0')).toBe('patch');
  });

  it('from 1.0.0 on, a change needs its own level', () => {
    expect(requiredBump('major', '1.2.0')).toBe('major');
    expect(requiredBump('minor', '1.2.0')).toBe('minor');
    expect(requiredBump('patch', '1.2.0')).toBe('patch');
  });
});

describe('versionProblem', () => {
  const summary = { recordsAdded: 0, recordsRemoved: 0, recordsChanged: 0, fieldsChanged: 0, levels: { patch: 0, minor: 0, major: 0 } };
  const diff = (from: string, to: string, level: 'major' | 'minor' | 'patch', records: RecordChange[]) => ({ from, to, level, summary, fields: [], records });
  const partyRemoved = { path: 'parties', change: 'changed', level: 'major', reason: 'items removed: "KZ"', provenance: null } as const;
  const reworded = { path: 'name', change: 'changed', level: 'patch', reason: 'wording', provenance: null } as const;
  const lithiumMou: RecordChange = { id: 'kr-kz-lithium-mou', kind: 'agreement', change: 'changed', level: 'major', fields: [partyRemoved, reworded] };
  const removedTopic: RecordChange = { id: 'old-topic', kind: 'topic', change: 'removed', level: 'major', fields: [] };
  const addedTopic: RecordChange = { id: 'new-topic', kind: 'topic', change: 'added', level: 'minor', fields: [] };
  const rewordedTopic: RecordChange = { id: 'lithium', kind: 'mineral', change: 'changed', level: 'patch', fields: [reworded] };

  it('is null when the bump made is at least the bump needed', () => {
    expect(versionProblem(diff('1.0.0', '2.0.0', 'major', [lithiumMou]))).toBeNull();
    expect(versionProblem(diff('0.2.0', '0.3.0', 'major', [lithiumMou]))).toBeNull();
    expect(versionProblem(diff('0.2.0', '0.2.1', 'minor', [addedTopic]))).toBeNull();
  });

  it('after 1.0.0, lists every change that needs more than a patch bump, records added and removed included', () => {
    expect(versionProblem(diff('1.0.0', '1.0.1', 'major', [lithiumMou, removedTopic, addedTopic, rewordedTopic]))).toBe(
      'Version 1.0.1 is a patch bump from 1.0.0, but the data changes need at least a major bump: bump package.json to a major release. ' +
        '3 changes need it:\n' +
        '  - agreement "kr-kz-lithium-mou" at parties: items removed: "KZ" (major)\n' +
        '  - topic "old-topic": record removed (major)\n' +
        '  - topic "new-topic": record added (minor)',
    );
  });

  it('lists only what needs more than the bump made: a minor bump after 1.0.0 leaves out the added record', () => {
    expect(versionProblem(diff('1.0.0', '1.1.0', 'major', [removedTopic, addedTopic, rewordedTopic]))).toBe(
      'Version 1.1.0 is a minor bump from 1.0.0, but the data changes need at least a major bump: bump package.json to a major release. ' +
        '1 change needs it:\n' +
        '  - topic "old-topic": record removed (major)',
    );
  });

  it('before 1.0.0, a breaking change released with no bump says it needs a minor one, and why', () => {
    expect(versionProblem(diff('0.2.0', '0.2.0', 'major', [lithiumMou]))).toBe(
      'Version 0.2.0 is no bump from 0.2.0, but the data changes need at least a minor bump ' +
        '(before 1.0.0, a breaking change needs at least a minor bump): bump package.json to a minor release. ' +
        '2 changes need it:\n' +
        '  - agreement "kr-kz-lithium-mou" at parties: items removed: "KZ" (major)\n' +
        '  - agreement "kr-kz-lithium-mou" at name: wording (patch)',
    );
  });

  it('before 1.0.0, an addition released with no bump needs a patch bump, without the breaking-change note', () => {
    expect(versionProblem(diff('0.2.0', '0.2.0', 'minor', [addedTopic]))).toBe(
      'Version 0.2.0 is no bump from 0.2.0, but the data changes need at least a patch bump: bump package.json to a patch release. ' +
        '1 change needs it:\n' +
        '  - topic "new-topic": record added (minor)',
    );
  });
});
