/**
 * The data diff's parts one by one, on small made-up releases: the policy's rules (classify), the release
 * snapshots and versions (snapshot), and exactly which records, fields and provenance entries the diff lists.
 */
import { describe, expect, it } from 'vitest';
import { CHANGE_LEVELS, classify, jsonType, maxLevel, SUPPORT_FIELDS, WORDING_FIELDS, type JsonType } from '../src/changes/classify.js';
import { diffReleases } from '../src/changes/diff.js';
import { compareVersions, parseSnapshot, parseVersion, toSnapshot, type SnapshotRecord } from '../src/changes/snapshot.js';

const set = (...types: JsonType[]) => new Set<JsonType>(types);
const changed = (path: string, old: unknown, now: unknown, oldTypes = set(), newTypes = oldTypes) =>
  classify({ path, change: 'changed', old, new: now, oldTypes, newTypes });

describe('the change levels', () => {
  it('run from patch to major, and the larger of two wins, none below all', () => {
    expect(CHANGE_LEVELS).toEqual(['patch', 'minor', 'major']);
    expect(maxLevel('none', 'none')).toBe('none');
    expect(maxLevel('none', 'patch')).toBe('patch');
    expect(maxLevel('patch', 'none')).toBe('patch');
    expect(maxLevel('patch', 'minor')).toBe('minor');
    expect(maxLevel('minor', 'patch')).toBe('minor');
    expect(maxLevel('major', 'minor')).toBe('major');
    expect(maxLevel('minor', 'major')).toBe('major');
    expect(maxLevel('major', 'major')).toBe('major');
  });

  it('name the wording and support fields', () => {
    expect(WORDING_FIELDS).toEqual(['name', 'officialName', 'familyName', 'title', 'label', 'note']);
    expect(SUPPORT_FIELDS).toEqual(['evidence', 'provenance']);
  });
});

describe('jsonType', () => {
  it('names null and undefined null, arrays array, and the rest by typeof', () => {
    expect([null, undefined, [], {}, 'a', 1, true].map(jsonType)).toEqual(['null', 'null', 'array', 'object', 'string', 'number', 'boolean']);
  });
});

describe('classify', () => {
  it('a field added is minor, a field removed major, whatever the value', () => {
    const t = set('string');
    expect(classify({ path: 'name', change: 'added', old: undefined, new: 'x', oldTypes: t, newTypes: t })).toEqual({ level: 'minor', reason: 'new field' });
    expect(classify({ path: 'note', change: 'removed', old: 'x', new: undefined, oldTypes: t, newTypes: t })).toEqual({
      level: 'major',
      reason: 'field removed',
    });
  });

  it('a type change across the kind is major and names both type sets, sorted', () => {
    expect(changed('count', 1, { value: 1 }, set('number'), set('object'))).toEqual({ level: 'major', reason: 'type changed from number to object' });
    expect(changed('x', 1, 'a', set('string', 'number'), set('object', 'boolean'))).toEqual({
      level: 'major',
      reason: 'type changed from number or string to boolean or object',
    });
    // The same types in another order are no type change: a respelled name stays wording.
    expect(changed('name', 'a', 'b', set('string', 'number'), set('number', 'string'))).toEqual({ level: 'patch', reason: 'wording' });
    expect(changed('name', 'a', 'b', set('number', 'string'), set('string', 'number'))).toEqual({ level: 'patch', reason: 'wording' });
  });

  it('a field with no non-null value on one side has no type change', () => {
    expect(changed('name', 'a', 'b', set(), set('string'))).toEqual({ level: 'patch', reason: 'wording' });
    expect(changed('name', 'a', 'b', set('string'), set())).toEqual({ level: 'patch', reason: 'wording' });
  });

  it('evidence and provenance are patches, named by their top field; a note anywhere is a patch', () => {
    expect(changed('evidence', [], [1])).toEqual({ level: 'patch', reason: 'evidence revised' });
    expect(changed('provenance.date', { a: 1 }, null)).toEqual({ level: 'patch', reason: 'provenance revised' });
    expect(changed('date.note', 'a', null)).toEqual({ level: 'patch', reason: 'note revised' });
    expect(changed('note', 'a', 'b')).toEqual({ level: 'patch', reason: 'note revised' });
    // `evidence` deeper in the path is an ordinary value.
    expect(changed('date.evidence', 'a', 'b')).toEqual({ level: 'major', reason: 'value changed' });
  });

  it('a value withdrawn (null or gone) is major; a value given to a null is minor', () => {
    expect(changed('extent', 'large', null)).toEqual({ level: 'major', reason: 'value withdrawn (now null)' });
    expect(changed('extent', 'large', undefined)).toEqual({ level: 'major', reason: 'value withdrawn (now null)' });
    expect(changed('name', 'Kazakhstan', null)).toEqual({ level: 'major', reason: 'value withdrawn (now null)' });
    expect(changed('extent', null, 'large')).toEqual({ level: 'minor', reason: 'value added (was null)' });
    expect(changed('extent', undefined, 'large')).toEqual({ level: 'minor', reason: 'value added (was null)' });
  });

  it('every wording field respelled is a patch, but only from string to string', () => {
    for (const name of ['name', 'officialName', 'familyName', 'title', 'label', 'person.name']) {
      expect(changed(name, 'Astanna', 'Astana'), name).toEqual({ level: 'patch', reason: 'wording' });
    }
    expect(changed('name', 1, 'one')).toEqual({ level: 'major', reason: 'value changed' });
    expect(changed('name', 'one', 1)).toEqual({ level: 'major', reason: 'value changed' });
    expect(changed('name', ['a'], ['a', 'b'])).toEqual({ level: 'minor', reason: 'items added: "b"' });
    expect(changed('names', 'a', 'b')).toEqual({ level: 'major', reason: 'value changed' });
  });

  it('a list: items removed is major and names both sides; added only is minor; reordered is a patch', () => {
    expect(changed('parties', ['KR', 'KZ'], ['KR', 'UZ'])).toEqual({ level: 'major', reason: 'items removed: "KZ"; added: "UZ"' });
    expect(changed('parties', ['KR', 'KZ'], ['KR'])).toEqual({ level: 'major', reason: 'items removed: "KZ"' });
    expect(changed('parties', ['KR'], ['UZ', 'KR', 'KZ'])).toEqual({ level: 'minor', reason: 'items added: "UZ", "KZ"' });
    expect(changed('evidenceOf', [1, { a: 'b' }, null], [null, 2])).toEqual({ level: 'major', reason: 'items removed: 1, {"a":"b"}; added: 2' });
    expect(changed('parties', ['KR', 'KZ'], ['KZ', 'KR'])).toEqual({ level: 'patch', reason: 'items reordered' });
    // A string item is named in quote marks as it is, not as JSON would escape it.
    expect(changed('aliases', ['the "ROK"', 'a\\b'], [])).toEqual({ level: 'major', reason: 'items removed: "the "ROK"", "a\\b"' });
    // Items compare by value, not identity.
    expect(changed('points', [{ x: 1 }], [{ x: 1 }, { x: 2 }])).toEqual({ level: 'minor', reason: 'items added: {"x":2}' });
  });

  it('a list replaced by a scalar or the reverse is a value changed', () => {
    expect(changed('parties', ['KR'], 'KR')).toEqual({ level: 'major', reason: 'value changed' });
    expect(changed('parties', 'KR', ['KR'])).toEqual({ level: 'major', reason: 'value changed' });
  });
});

describe('release snapshots', () => {
  const records: SnapshotRecord[] = [
    { id: 'KR', kind: 'country', name: 'South Korea' },
    { id: 'lithium', kind: 'mineral', aliases: ['Li'] },
  ];

  it('are one JSON record per line, each ending in a newline', () => {
    expect(toSnapshot(records)).toBe('{"id":"KR","kind":"country","name":"South Korea"}\n{"id":"lithium","kind":"mineral","aliases":["Li"]}\n');
    expect(parseSnapshot(toSnapshot(records))).toEqual(records);
  });

  it('read back skipping blank lines', () => {
    expect(parseSnapshot('\n{"id":"a","kind":"topic"}\n  \n{"id":"b","kind":"topic"}')).toEqual([
      { id: 'a', kind: 'topic' },
      { id: 'b', kind: 'topic' },
    ]);
    expect(parseSnapshot('')).toEqual([]);
  });

  it('fail on a line that is not a record with a string id and kind, naming the snapshot and the line', () => {
    const good = '{"id":"a","kind":"topic"}';
    for (const bad of ['null', '1', '"a"', '[]', '{"kind":"topic"}', '{"id":1,"kind":"topic"}', '{"id":"a"}', '{"id":"a","kind":null}']) {
      expect(() => parseSnapshot(`${good}\n${bad}\n`, '0.1.0.ndjson'), bad).toThrow(
        new Error('0.1.0.ndjson, line 2: expected a record with an id and a kind'),
      );
    }
    // Blank lines count: the line named is the line of the text.
    expect(() => parseSnapshot(`${good}\n\n  \n[]\n`, 'x.ndjson')).toThrow(new Error('x.ndjson, line 4: expected a record with an id and a kind'));
    expect(() => parseSnapshot('7')).toThrow(new Error('snapshot, line 1: expected a record with an id and a kind'));
  });
});

describe('versions', () => {
  it('parse as three numbers, a pre-release or build suffix ignored', () => {
    expect(parseVersion('0.1.0')).toEqual([0, 1, 0]);
    expect(parseVersion('10.20.30')).toEqual([10, 20, 30]);
    expect(parseVersion('1.2.3-beta.1')).toEqual([1, 2, 3]);
    expect(parseVersion('1.2.3+build.5')).toEqual([1, 2, 3]);
  });

  it('anything else is no version', () => {
    for (const bad of ['', '1.2', 'v1.2.3', '1.2.3.4', '1.2.3x', ' 1.2.3', '1.2.3 ', 'a.b.c', '1..3', '1.2.3\n']) {
      expect(parseVersion(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('order numerically, major first, then minor, then patch; no version counts as 0.0.0', () => {
    expect(compareVersions('0.2.0', '0.10.0')).toBe(-8);
    expect(compareVersions('2.0.0', '1.9.9')).toBe(1);
    expect(compareVersions('1.3.0', '1.2.9')).toBe(1);
    expect(compareVersions('1.2.3', '1.2.5')).toBe(-2);
    expect(compareVersions('1.2.3', '1.2.3-rc.1')).toBe(0);
    expect(compareVersions('next', '0.0.1')).toBe(-1);
    expect(compareVersions('0.0.2', 'next')).toBe(2);
    expect(compareVersions('next', '0.0.0')).toBe(0);
    expect(['0.10.0', '0.2.0', '1.0.0', '0.2.1'].sort(compareVersions)).toEqual(['0.2.0', '0.2.1', '0.10.0', '1.0.0']);
  });
});

/** A quote, and a provenance entry citing quotes by position. */
const quote = (text: string) => ({ source: 'src', start: 0, end: text.length, quote: text });
const ref = (basis: string, ...evidence: number[]) => ({ basis, evidence });

describe('diffReleases on small releases', () => {
  const a = (id: string, fields: Record<string, unknown> = {}) => ({ id, kind: 'agreement', ...fields }) as SnapshotRecord;
  const release = (version: string, ...records: SnapshotRecord[]) => ({ version, records });

  it('two equal releases: no change at all', () => {
    const same = [a('x', { name: 'X', date: { value: '2024' } })];
    expect(diffReleases(release('0.1.0', ...same), release('0.2.0', ...same.map((r) => ({ ...r }))))).toStrictEqual({
      from: '0.1.0',
      to: '0.2.0',
      level: 'none',
      summary: { recordsAdded: 0, recordsRemoved: 0, recordsChanged: 0, fieldsChanged: 0, levels: { patch: 0, minor: 0, major: 0 } },
      fields: [],
      records: [],
    });
  });

  it('lists each changed field with exactly old, new, level, reason and provenance; objects field by field', () => {
    const before = a('x', { name: 'Old', date: { value: '2024', note: 'n' }, parties: ['KR'], gone: 1, kept: [1] });
    const after = a('x', {
      added: true,
      name: 'New',
      date: { value: '2025', note: 'n', precision: 'year' },
      parties: ['KR', 'KZ'],
      kept: [1],
    });
    const diff = diffReleases(release('0.1.0', before), release('0.2.0', after));
    expect(diff.records).toStrictEqual([
      {
        id: 'x',
        kind: 'agreement',
        change: 'changed',
        level: 'major',
        fields: [
          { path: 'added', change: 'added', new: true, level: 'minor', reason: 'new field', provenance: null },
          { path: 'name', change: 'changed', old: 'Old', new: 'New', level: 'patch', reason: 'wording', provenance: null },
          { path: 'date.value', change: 'changed', old: '2024', new: '2025', level: 'major', reason: 'value changed', provenance: null },
          { path: 'date.precision', change: 'added', new: 'year', level: 'minor', reason: 'new field', provenance: null },
          { path: 'parties', change: 'changed', old: ['KR'], new: ['KR', 'KZ'], level: 'minor', reason: 'items added: "KZ"', provenance: null },
          { path: 'gone', change: 'removed', old: 1, level: 'major', reason: 'field removed', provenance: null },
        ],
      },
    ]);
    expect(diff.summary).toStrictEqual({
      recordsAdded: 0,
      recordsRemoved: 0,
      recordsChanged: 1,
      fieldsChanged: 6,
      levels: { patch: 1, minor: 3, major: 2 },
    });
    expect(diff.level).toBe('major');
    expect(diff.fields).toStrictEqual([
      { kind: 'agreement', path: 'added', change: 'added', oldTypes: [], newTypes: ['boolean'] },
      { kind: 'agreement', path: 'date.precision', change: 'added', oldTypes: [], newTypes: ['string'] },
      { kind: 'agreement', path: 'gone', change: 'removed', oldTypes: ['number'], newTypes: [] },
    ]);
  });

  it('a record’s level is its largest field level, and a patch-only record is a patch', () => {
    const diff = diffReleases(release('1', a('x', { name: 'A', note: 'a' })), release('2', a('x', { name: 'B', note: 'b' })));
    expect(diff.records.map((r) => [r.id, r.level, r.fields.map((f) => f.level)])).toEqual([['x', 'patch', ['patch', 'patch']]]);
    expect(diff.level).toBe('patch');
    const minor = diffReleases(release('1', a('x', { name: 'A', extent: null })), release('2', a('x', { name: 'B', extent: 'large' })));
    expect(minor.records.map((r) => r.level)).toEqual(['minor']);
    expect(minor.level).toBe('minor');
  });

  it('a field named with the empty string is diffed like any other', () => {
    const diff = diffReleases(release('1', a('x', { '': 1 })), release('2', a('x', { '': 2 })));
    expect(diff.records[0]!.fields.map((f) => [f.path, f.old, f.new, f.level])).toEqual([['', 1, 2, 'major']]);
  });

  it('an id or kind inside an object that appears or goes is a schema change', () => {
    const diff = diffReleases(release('1', a('x', { host: { name: 'Seoul', kind: 'place' } })), release('2', a('x', { host: { name: 'Seoul', id: 'seoul' } })));
    expect(diff.fields).toStrictEqual([
      { kind: 'agreement', path: 'host.id', change: 'added', oldTypes: [], newTypes: ['string'] },
      { kind: 'agreement', path: 'host.kind', change: 'removed', oldTypes: ['string'], newTypes: [] },
    ]);
  });

  it('the same types met in another order are no type change', () => {
    const diff = diffReleases(
      release('1', a('x', { date: '2024' }), a('y', { date: { value: '2024' } })),
      release('2', a('x', { date: { value: '2024' } }), a('y', { date: '2024' })),
    );
    expect(diff.fields).toStrictEqual([]);
    expect(diff.records.map((r) => r.fields.map((f) => [f.path, f.reason]))).toEqual([[['date', 'value changed']], [['date', 'value changed']]]);
    const reversed = diffReleases(
      release('1', a('x', { date: { value: '2024' } }), a('y', { date: '2024' })),
      release('2', a('x', { date: '2024' }), a('y', { date: { value: '2024' } })),
    );
    expect(reversed.fields).toStrictEqual([]);
  });

  it('a type change lists both type sets sorted, whatever order the records show them in', () => {
    const diff = diffReleases(release('1', a('x', { n: 1 }), a('y', { n: 2 })), release('2', a('x', { n: 'one' }), a('y', { n: { value: 2 } })));
    expect(diff.fields).toStrictEqual([
      { kind: 'agreement', path: 'n', change: 'type', oldTypes: ['number'], newTypes: ['object', 'string'] },
      { kind: 'agreement', path: 'n.value', change: 'added', oldTypes: [], newTypes: ['number'] },
    ]);
  });

  it('records of the same kind and id (a release that repeats an id) keep the release’s order', () => {
    const diff = diffReleases(release('1', a('x', { n: 0 })), release('2', a('x', { n: 1 }), a('x', { n: 2 })));
    expect(diff.records.map((r) => r.fields[0]!.new)).toEqual([1, 2]);
  });

  it('only the record’s own provenance is left out of the kind’s fields: an object named provenance deeper is walked', () => {
    const diff = diffReleases(release('1', a('x', { host: { provenance: { a: 1 } } })), release('2', a('x', { host: { provenance: { b: 1 } } })));
    expect(diff.fields.map((f) => [f.path, f.change])).toEqual([
      ['host.provenance.b', 'added'],
      ['host.provenance.a', 'removed'],
    ]);
  });

  it('id, kind and provenance are not fields; an id or kind inside an object is', () => {
    const before = { id: 'x', kind: 'agreement', provenance: {}, host: { id: 'KR', kind: 'country' } } as SnapshotRecord;
    const after = { id: 'x', kind: 'agreement', host: { id: 'KZ', kind: 'place' } } as SnapshotRecord;
    const diff = diffReleases(release('1', before), release('2', after));
    expect(diff.records[0]!.fields.map((f) => [f.path, f.change, f.old, f.new])).toEqual([
      ['host.id', 'changed', 'KR', 'KZ'],
      ['host.kind', 'changed', 'country', 'place'],
    ]);
    // The schema change lists provenance going, but nothing inside it and neither id nor kind.
    expect(diff.fields).toStrictEqual([{ kind: 'agreement', path: 'provenance', change: 'removed', oldTypes: ['object'], newTypes: [] }]);
  });

  it('a value that becomes an object, or an object that becomes null, is one change of the whole field', () => {
    const diff = diffReleases(
      release('1', a('x', { date: '2024', count: { value: 1 } }), a('y', { date: { value: '2024' } })),
      release('2', a('x', { date: { value: '2024' }, count: null }), a('y', { date: { value: '2024' } })),
    );
    expect(diff.records.map((r) => r.id)).toEqual(['x']);
    expect(diff.records[0]!.fields.map((f) => [f.path, f.old, f.new, f.level, f.reason])).toEqual([
      ['date', '2024', { value: '2024' }, 'major', 'type changed from object or string to object'],
      ['count', { value: 1 }, null, 'major', 'value withdrawn (now null)'],
    ]);
    expect(diff.fields).toStrictEqual([
      { kind: 'agreement', path: 'date', change: 'type', oldTypes: ['object', 'string'], newTypes: ['object'] },
      // No record has a count object any more.
      { kind: 'agreement', path: 'count.value', change: 'removed', oldTypes: ['number'], newTypes: [] },
    ]);
  });

  it('a field null in every old record that gets a value is no type change', () => {
    const diff = diffReleases(release('1', a('x', { extent: null })), release('2', a('x', { extent: 'large' })));
    expect(diff.fields).toStrictEqual([]);
    expect(diff.records[0]!.fields[0]).toMatchObject({ path: 'extent', level: 'minor', reason: 'value added (was null)' });
  });

  it('records come in registry kind order, unknown kinds last, then by id; added minor, removed major', () => {
    const country = (id: string) => ({ id, kind: 'country' }) as SnapshotRecord;
    const other = (id: string) => ({ id, kind: 'zzz-unknown' }) as SnapshotRecord;
    const diff = diffReleases(
      release('1', a('b-gone'), country('KZ'), other('u2')),
      release('2', other('u1'), a('c-new'), a('a-new'), country('UZ'), country('KR'), { id: 'mica', kind: 'mineral' }),
    );
    expect(diff.records.map((r) => [r.kind, r.id, r.change, r.level])).toEqual([
      ['country', 'KR', 'added', 'minor'],
      ['country', 'KZ', 'removed', 'major'],
      ['country', 'UZ', 'added', 'minor'],
      ['mineral', 'mica', 'added', 'minor'],
      ['agreement', 'a-new', 'added', 'minor'],
      ['agreement', 'b-gone', 'removed', 'major'],
      ['agreement', 'c-new', 'added', 'minor'],
      ['zzz-unknown', 'u1', 'added', 'minor'],
      ['zzz-unknown', 'u2', 'removed', 'major'],
    ]);
    expect(diff.summary).toStrictEqual({
      recordsAdded: 6,
      recordsRemoved: 3,
      recordsChanged: 0,
      fieldsChanged: 0,
      levels: { patch: 0, minor: 6, major: 3 },
    });
    // A kind present in one release only has no schema changes.
    expect(diff.fields).toStrictEqual([]);
  });

  it('a removed record says what its tombstone says; without one, replacedBy is null and there is no reason', () => {
    const diff = diffReleases(release('1', a('toString'), a('y'), a('z')), release('2'), {
      y: { replacedBy: null, reason: 'withdrawn' },
      z: { replacedBy: 'w', reason: 'renamed' },
    });
    expect(diff.records).toStrictEqual([
      { id: 'toString', kind: 'agreement', change: 'removed', level: 'major', fields: [], replacedBy: null },
      { id: 'y', kind: 'agreement', change: 'removed', level: 'major', fields: [], replacedBy: null, removalReason: 'withdrawn' },
      { id: 'z', kind: 'agreement', change: 'removed', level: 'major', fields: [], replacedBy: 'w', removalReason: 'renamed' },
    ]);
  });
});

describe('diffReleases and provenance', () => {
  const evidence = [quote('Seoul'), quote('June 2024'), quote('Astana')];
  const rec = (fields: Record<string, unknown>, provenance: Record<string, unknown> | undefined) =>
    ({ id: 'x', kind: 'event', ...fields, evidence, ...(provenance ? { provenance } : {}) }) as SnapshotRecord;
  const diff = (before: SnapshotRecord, after: SnapshotRecord) =>
    diffReleases({ version: '1', records: [before] }, { version: '2', records: [after] }).records[0]?.fields ?? [];

  it('a changed value carries the new record’s entries for it, the field holding it and the fields inside it', () => {
    const provenance = {
      date: ref('stated', 1),
      'date.earliest': ref('derived', 1),
      dates: ref('stated', 0),
      place: ref('stated', 2),
    };
    const fields = diff(
      rec({ date: { earliest: '2024-06-01' }, place: 'Seoul', dates: 1 }, provenance),
      rec({ date: { earliest: '2024-06-02' }, place: 'Astana', dates: 1 }, provenance),
    );
    expect(fields.map((f) => [f.path, Object.keys(f.provenance ?? {})])).toEqual([
      ['date.earliest', ['date', 'date.earliest']],
      ['place', ['place']],
    ]);
    expect(fields[1]!.provenance).toEqual({ place: { basis: 'stated', evidence: [quote('Astana')] } });
    const whole = diff(rec({ date: null }, provenance), rec({ date: { earliest: '2024' } }, provenance));
    expect(whole.map((f) => [f.path, Object.keys(f.provenance ?? {})])).toEqual([['date', ['date', 'date.earliest']]]);
  });

  it('a value with no entry has provenance null; so does every value of a record without provenance', () => {
    expect(diff(rec({ place: 'a' }, { other: ref('stated') }), rec({ place: 'b' }, { other: ref('stated') }))[0]!.provenance).toBeNull();
    expect(diff(rec({ place: 'a' }, undefined), rec({ place: 'b' }, undefined))[0]!.provenance).toBeNull();
    // A removed field never has provenance, even if the new record has an entry under its name.
    expect(diff(rec({ place: 'a' }, { place: ref('stated', 2) }), rec({}, { place: ref('stated', 2) }))[0]).toStrictEqual({
      path: 'place',
      change: 'removed',
      old: 'a',
      level: 'major',
      reason: 'field removed',
      provenance: null,
    });
  });

  it('provenance changed alone is listed as provenance.<path>: changed, added or removed, a patch', () => {
    const schema = diffReleases(
      { version: '1', records: [rec({ place: 'Seoul' }, { place: ref('stated', 0) })] },
      { version: '2', records: [rec({ place: 'Seoul' }, { place: ref('stated', 0), year: ref('inferred') })] },
    );
    // Provenance keys are no fields of the kind: no schema change.
    expect(schema.fields).toStrictEqual([]);
    const fields = diff(
      rec({ place: 'Seoul', name: 'N', year: 1 }, { place: ref('stated', 0), name: ref('stated', 0) }),
      rec({ place: 'Seoul', name: 'N', year: 1 }, { place: ref('stated', 2), year: ref('inferred') }),
    );
    expect(fields).toStrictEqual([
      {
        path: 'provenance.place',
        change: 'changed',
        old: { basis: 'stated', evidence: [quote('Seoul')] },
        new: { basis: 'stated', evidence: [quote('Astana')] },
        level: 'patch',
        reason: 'provenance revised',
        provenance: { place: { basis: 'stated', evidence: [quote('Astana')] } },
      },
      {
        path: 'provenance.year',
        change: 'added',
        new: { basis: 'inferred', evidence: [] },
        level: 'patch',
        reason: 'provenance revised',
        provenance: { year: { basis: 'inferred', evidence: [] } },
      },
      {
        path: 'provenance.name',
        change: 'removed',
        old: { basis: 'stated', evidence: [quote('Seoul')] },
        level: 'patch',
        reason: 'provenance revised',
        provenance: null,
      },
    ]);
  });

  it('provenance that changed with its value, the field holding it or a field inside it is not listed again', () => {
    const fields = diff(
      rec({ date: { earliest: '1', latest: '2' }, when: { at: 1 }, dates: 'a' }, { date: ref('stated', 0), 'when.at': ref('stated', 0), dates: ref('stated', 0) }),
      rec({ date: { earliest: '3', latest: '2' }, when: null, dates: 'a' }, { date: ref('stated', 1), 'when.at': ref('stated', 1), dates: ref('stated', 1) }),
    );
    expect(fields.map((f) => f.path)).toEqual(['date.earliest', 'when', 'provenance.dates']);
    const same = diff(rec({ place: 'Seoul' }, { place: ref('stated', 0) }), rec({ place: 'Astana' }, { place: ref('stated', 2) }));
    expect(same.map((f) => f.path)).toEqual(['place']);
  });

  it('provenance in only one release lists no provenance change', () => {
    expect(diff(rec({ place: 'a' }, undefined), rec({ place: 'a' }, { place: ref('stated', 0) }))).toEqual([]);
    expect(diff(rec({ place: 'a' }, { place: ref('stated', 0) }), rec({ place: 'a' }, undefined))).toEqual([]);
  });

  it('a record without evidence expands its provenance with no quotes', () => {
    const before = { id: 'x', kind: 'event', place: 'a', provenance: { place: ref('inferred') } } as SnapshotRecord;
    const after = { id: 'x', kind: 'event', place: 'b', provenance: { place: ref('inferred') } } as SnapshotRecord;
    expect(diff(before, after)[0]!.provenance).toEqual({ place: { basis: 'inferred', evidence: [] } });
  });
});
