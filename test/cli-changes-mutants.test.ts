/**
 * `critical-minerals changes`, exactly: the whole table for each kind of change (a record added, removed with and
 * without a replacement, changed; a field added, removed, changed, evidence revised; values cut at 40 characters),
 * the head line with and without an id, `--json` with and without an id, the errors, and the command's help.
 * A small hand-written diff stands in for dist/data/changes.json, so every line is known.
 */
import { describe, expect, it } from 'vitest';
import type { DataChanges } from '../src/changes/diff.js';
import { type CliIo } from '../src/cli/run.js';
import { runCli, type CliResult, type CliSettings } from './cli-harness.js';

const cli = (args: string[], io: CliSettings = {}): CliResult => runCli(args, { changes: () => RELEASES, ...io });

/** 40 characters once written as JSON (38 letters and the two quotes): printed whole. */
const FORTY = `"${'a'.repeat(38)}"`;
/** 41 characters as JSON: cut to 39 and an ellipsis. */
const LONG = 'b'.repeat(39);

const since010: DataChanges = {
  from: '0.1.0',
  to: '0.2.0',
  level: 'major',
  summary: { recordsAdded: 1, recordsRemoved: 2, recordsChanged: 1, fieldsChanged: 6, levels: { major: 4, minor: 3, patch: 2 } },
  fields: [],
  records: [
    {
      id: 'KZ',
      kind: 'country',
      change: 'changed',
      level: 'major',
      fields: [
        { path: 'demonyms', change: 'added', new: ['Kazakh'], level: 'minor', reason: 'new field', provenance: null },
        { path: 'flag', change: 'removed', old: 'blue', level: 'major', reason: 'field removed', provenance: null },
        { path: 'officialName', change: 'changed', old: 'Republic of Kazakhstan', new: null, level: 'major', reason: 'value withdrawn (now null)', provenance: null },
        { path: 'evidence', change: 'changed', old: [{}, {}], new: [{}, {}, {}], level: 'patch', reason: 'evidence revised', provenance: null },
        { path: 'note', change: 'changed', old: JSON.parse(FORTY), new: LONG, level: 'patch', reason: 'wording', provenance: null },
        { path: 'capital', change: 'changed', new: 'Astana', level: 'minor', reason: 'value added', provenance: null },
      ],
    },
    { id: 'uranium', kind: 'mineral', change: 'added', level: 'minor', fields: [] },
    {
      id: 'kr-kz-old-lithium-mou',
      kind: 'agreement',
      change: 'removed',
      level: 'major',
      fields: [],
      replacedBy: 'kr-kz-critical-minerals-supply-chain-mou',
      removalReason: 'a duplicate',
    },
    { id: 'XK', kind: 'country', change: 'removed', level: 'major', fields: [], replacedBy: null, removalReason: 'never named' },
  ],
};

const since000: DataChanges = {
  from: '0.0.1',
  to: '0.2.0',
  level: 'minor',
  summary: { recordsAdded: 1, recordsRemoved: 0, recordsChanged: 0, fieldsChanged: 1, levels: { major: 0, minor: 1, patch: 0 } },
  fields: [],
  records: [{ id: 'uranium', kind: 'mineral', change: 'added', level: 'minor', fields: [] }],
};

/** Oldest first, as dist/data/changes.json lists them. */
const RELEASES: readonly DataChanges[] = [since000, since010];

const HEADER = 'LEVEL  RECORD                 FIELD         CHANGE                                                                               WHY';
const KZ_ROWS = [
  'minor  KZ                     demonyms      added ["Kazakh"]                                                                     new field',
  'major  KZ                     flag          removed (was "blue")                                                                 field removed',
  'major  KZ                     officialName  "Republic of Kazakhstan" → null                                                      value withdrawn (now null)',
  'patch  KZ                     evidence      2 → 3 quotes                                                                         evidence revised',
  `patch  KZ                     note          ${FORTY} → "${'b'.repeat(38)}…  wording`,
  // A value JSON cannot write (here an absent old value) prints as nothing.
  'minor  KZ                     capital        → "Astana"                                                                          value added',
];

describe('critical-minerals changes, the table', () => {
  it('lists every change since the latest earlier release: a line per changed field, one per record added or removed', () => {
    expect(cli(['changes'])).toEqual({
      code: 0,
      stdout: [
        '0.1.0 → 0.2.0: 1 added, 2 removed, 1 record changed; 6 field changes (4 major, 3 minor, 2 patch)',
        '',
        HEADER,
        ...KZ_ROWS,
        'minor  uranium                              record added                                                                         ',
        'major  kr-kz-old-lithium-mou                record removed                                                                       replaced by kr-kz-critical-minerals-supply-chain-mou',
        'major  XK                                   record removed                                                                       ',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('--since picks an earlier release, and the head line counts in the singular and plural', () => {
    expect(cli(['changes', '--since', '0.0.1'])).toEqual({
      code: 0,
      stdout: [
        '0.0.1 → 0.2.0: 1 added, 0 removed, 0 records changed; 1 field change (0 major, 1 minor, 0 patch)',
        '',
        'LEVEL  RECORD   FIELD  CHANGE        WHY',
        'minor  uranium         record added  ',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it.each([
    // The id as typed heads the answer; the rows name the record.
    ['kz', ['kz since 0.1.0: changed, major', '', HEADER.replace('RECORD                 ', 'RECORD  '), ...KZ_ROWS.map((row) => row.replace('KZ                     ', 'KZ      ')), '']],
    ['KR', ['KR since 0.1.0: no change', '']],
    // A record removed since the release is no record now, yet its change is listed.
    ['XK', ['XK since 0.1.0: removed, major', '', 'LEVEL  RECORD  FIELD  CHANGE          WHY', 'major  XK             record removed  ', '']],
    [
      'kr-kz-old-lithium-mou',
      [
        'kr-kz-old-lithium-mou since 0.1.0: removed, major',
        '',
        'LEVEL  RECORD                 FIELD  CHANGE          WHY',
        'major  kr-kz-old-lithium-mou         record removed  replaced by kr-kz-critical-minerals-supply-chain-mou',
        '',
      ],
    ],
  ])('changes %s prints only that record’s changes', (id, lines) => {
    expect(cli(['changes', id])).toEqual({ code: 0, stdout: lines.join('\n'), stderr: '' });
  });
});

describe('critical-minerals changes --json', () => {
  it('prints the whole diff, or with an id the diff with only that record’s changes', () => {
    const whole = cli(['changes', '--json']);
    expect([whole.code, whole.stderr]).toEqual([0, '']);
    expect(whole.stdout).toBe(`${JSON.stringify(since010, null, 2)}\n`);
    const one = cli(['changes', 'XK', '--since', '0.1.0', '--json']);
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect(JSON.parse(one.stdout)).toEqual({ ...since010, records: [since010.records[3]] });
    expect(JSON.parse(cli(['changes', 'KR', '--json']).stdout)).toEqual({ ...since010, records: [] });
  });
});

describe('critical-minerals changes, errors', () => {
  const usage = 'Usage: critical-minerals changes [id] [options]\nRun "critical-minerals changes --help" for more.\n';
  it.each([
    ['0.1', 'error: No release "0.1" to compare with: releases before 0.2.0 are 0.0.1, 0.1.0. Did you mean 0.1.0?\n'],
    ['0.0.2', 'error: No release "0.0.2" to compare with: releases before 0.2.0 are 0.0.1, 0.1.0. Did you mean 0.0.1?\n'],
    ['7.7.7-beta', 'error: No release "7.7.7-beta" to compare with: releases before 0.2.0 are 0.0.1, 0.1.0.\n'],
  ])('--since %s, a release there is not, is a usage error naming the releases there are and the nearest', (since, message) => {
    expect(cli(['changes', '--since', since])).toEqual({ code: 2, stdout: '', stderr: message + usage });
  });

  it('an id that names nothing gets the usual unknown-id error, exit code 1', () => {
    const { code, stdout, stderr } = cli(['changes', 'nothing-here']);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^error: Unknown record "nothing-here"\. Valid ids include .*"KZ" \(Kazakhstan\).*\n$/);
  });

  it('without diffs to read, or with no earlier release, says so, exit code 1', () => {
    expect(cli(['changes'], { changes: undefined })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: No data changes to read: run the built package (npm run build writes dist/data/changes.json).\n',
    });
    expect(cli(['changes', 'KZ'], { changes: () => [] })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: No earlier release to compare 0.2.0 with.\n',
    });
  });
});

describe('critical-minerals changes --help', () => {
  it('prints the usage, description, argument, options and examples', () => {
    expect(cli(['changes', '--help'])).toEqual({
      code: 0,
      stdout: [
        'Usage: critical-minerals changes [id] [options]',
        '',
        'Every record added, removed or changed since a release (the one before this version by default), and for each ' +
          'changed record each changed field: old value, new value, and what the change means for the version number ' +
          '(patch, minor or major, by the versioning policy in the README). With an id, only that record; an id that ' +
          "names nothing, or was removed before that release, gets the usual error. --json adds each new value's provenance.",
        '',
        'Arguments:',
        '  id  a record id: only its changes',
        '',
        'Options:',
        '      --since VERSION  the release to compare with, such as 0.1.0',
        '      --json           print the answer as JSON, for machines',
        '  -h, --help           show this help',
        '',
        'Examples:',
        '  critical-minerals changes',
        '  critical-minerals changes kr-kz-critical-minerals-supply-chain-mou --since 0.1.0',
        '  critical-minerals changes --since 0.1.0 --json',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('the global help lists it with its summary', () => {
    expect(cli(['help']).stdout).toContain(
      '\n  changes [id]                                 what changed in the data since an earlier release\n',
    );
  });
});
