import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliAsync } from './cli-harness.js';
import { ATLANTIS_TEXT, draftSource } from './fixtures/atlantis.js';

const work = mkdtempSync(join(tmpdir(), 'critical-minerals-cli-authoring-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliAsync(args, { version: '0', cwd: work });

writeFileSync(join(work, 'atlantis.txt'), ATLANTIS_TEXT);
const source = draftSource({ textFile: 'atlantis.txt' });

describe('critical-minerals check', () => {
  it('lists every problem with its record and field, and exits 1', async () => {
    writeFileSync(join(work, 'bad.json'), JSON.stringify([source, { id: 'pact', kind: 'topic', name: 'pact', evidence: ['cobalt'], note: null }, { id: 'Bad', kind: 'topic', name: 'x', evidence: ['pact'], note: null }]));
    const ran = await cli('check', 'bad.json');
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('Invalid dataset: 3 problems');
    expect(ran.stderr).toContain('topic "Bad" at provenance.name: not stated by the record');
    expect(ran.stderr).toContain('topic "pact" at evidence.0: quote is ambiguous: "cobalt" occurs 2 times in "atlantis-news"');
    expect(ran.stderr).toContain('topic "Bad" at id:');
  });

  it('says what is wrong with a file that is not a dataset', async () => {
    writeFileSync(join(work, 'not.json'), '{"records": 3}');
    expect(await cli('check', 'not.json')).toMatchObject({ code: 1, stderr: expect.stringContaining('holds no records') });
    expect(await cli('check', 'missing.json')).toMatchObject({ code: 1, stderr: expect.stringContaining('cannot read dataset') });
  });

  it('writes the resolved records, and never over an existing file without --force', async () => {
    writeFileSync(join(work, 'good.json'), JSON.stringify({ records: [source, { id: 'cobalt-pact', kind: 'topic', name: 'cobalt pact', evidence: ['cobalt pact'], note: null }] }));
    expect(await cli('check', 'good.json', '--out', 'resolved.json')).toMatchObject({ code: 0 });
    const resolved = JSON.parse(readFileSync(join(work, 'resolved.json'), 'utf8')) as { evidence: { start: number }[] }[];
    expect(resolved[1]?.evidence[0]?.start).toBe(ATLANTIS_TEXT.indexOf('cobalt pact'));
    writeFileSync(join(work, 'keep.json'), 'precious');
    expect(await cli('check', 'good.json', '--out', 'keep.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('keep.json exists: add --force') });
    expect(readFileSync(join(work, 'keep.json'), 'utf8')).toBe('precious');
    expect(await cli('check', 'good.json', '--out', 'keep.json', '--force')).toMatchObject({ code: 0 });
    expect(readFileSync(join(work, 'keep.json'), 'utf8')).toContain('"cobalt-pact"');
  });
});

describe('critical-minerals anchor', () => {
  it('prints the offsets, or the closest passage with exit 1', async () => {
    expect(await cli('anchor', 'atlantis.txt', 'cobalt pact')).toEqual({ code: 0, stdout: '30 41\n', stderr: '' });
    const missing = await cli('anchor', 'atlantis.txt', 'cobolt pact', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: 'not-found', closest: { start: 30, end: 41, text: 'cobalt pact', edits: 1 } });
  });
});

describe('critical-minerals reanchor', () => {
  it('refuses --accept without --out', async () => {
    writeFileSync(join(work, 'new.txt'), `Update. ${ATLANTIS_TEXT}`);
    expect(await cli('reanchor', 'atlantis.txt', 'new.txt', 'resolved.json', '--accept')).toMatchObject({ code: 2, stderr: expect.stringContaining('add --out FILE') });
  });

  it('anchors every quote after an insertion and writes the repaired dataset', async () => {
    const ran = await cli('reanchor', 'atlantis.txt', 'new.txt', 'resolved.json', '--out', 'repaired.json');
    expect(ran).toMatchObject({ code: 0, stdout: expect.stringContaining('atlantis-news: 2 anchored, 0 relocated, 0 orphaned') });
    const repaired = JSON.parse(readFileSync(join(work, 'repaired.json'), 'utf8')) as { evidence: { start: number }[] }[];
    expect(repaired[1]?.evidence[0]?.start).toBe(ATLANTIS_TEXT.indexOf('cobalt pact') + 'Update. '.length);
  });

  it('writes no repaired dataset while a quote is orphaned', async () => {
    writeFileSync(join(work, 'cut.txt'), 'Atlantis and Lemuria signed. Atlantis mines cobalt.');
    const ran = await cli('reanchor', 'atlantis.txt', 'cut.txt', 'resolved.json', '--out', 'cut.json');
    expect(ran).toMatchObject({ code: 1, stdout: expect.stringContaining('orphaned cobalt-pact evidence.0: "cobalt pact"') });
    expect(() => readFileSync(join(work, 'cut.json'))).toThrow();
  });
});
