/**
 * docs/authoring.md, run: every file it shows is written to a fresh folder and every command it shows is run there,
 * in order, with the exit code it says (0 unless marked `# exit N`). Then the facts the walkthrough promises are
 * checked: the query spans both articles, and provenance points into the right text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { agreementsBetween } from '../src/index.js';

const root = new URL('..', import.meta.url).pathname;
const doc = readFileSync(join(root, 'docs/authoring.md'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'critical-minerals-walkthrough-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Step = { file: string; text: string } | { command: string[]; exit: number; line: string };

/** Splits a command line into words: spaces separate, double quotes group. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

const steps: Step[] = [...doc.matchAll(/```(\w+)( file=(\S+))?\n([\s\S]*?)```/g)].flatMap((m): Step[] => {
  if (m[3] !== undefined) return [{ file: m[3], text: m[4]! }];
  if (m[1] !== 'sh') return [];
  return m[4]!
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [command, comment] = line.split(' # ');
      const exit = /exit (\d)/.exec(comment ?? '')?.[1];
      return { command: words(command!), exit: exit === undefined ? 0 : Number(exit), line };
    });
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    version: '0.0.0',
    cwd: work,
  });
  return { code, stdout, stderr };
}

describe('docs/authoring.md, run step by step', () => {
  const outputs = new Map<string, string>();

  it('shows files and commands: the walkthrough has something to run', () => {
    expect(steps.filter((s) => 'file' in s).map((s) => ('file' in s ? s.file : ''))).toEqual(['mongolia.txt', 'dataset.json', 'query.mts', 'mongolia-v2.txt']);
    expect(steps.filter((s) => 'command' in s).every((s) => 'command' in s && s.command[0] === 'critical-minerals')).toBe(true);
  });

  it('every command exits as the walkthrough says', async () => {
    for (const step of steps) {
      if ('file' in step) {
        // The query imports the package by name: point it at this repository's source.
        const text = step.text
          .replace("'critical-minerals/catalog'", JSON.stringify(join(root, 'src/create-catalog.ts')))
          .replace("'critical-minerals'", JSON.stringify(join(root, 'src/index.ts')));
        writeFileSync(join(work, step.file), text);
        continue;
      }
      const ran = await cli(step.command.slice(1));
      expect({ line: step.line, code: ran.code, stderr: step.exit === 0 ? ran.stderr : '' }).toEqual({ line: step.line, code: step.exit, stderr: '' });
      outputs.set(step.line, ran.stdout + ran.stderr);
    }
    expect(outputs.get('critical-minerals anchor mongolia.txt "Mongolia" # exit 1')).toMatch(/occurs 2 times; add a prefix or suffix, such as prefix "and "/);
  });

  it('the query answers over both articles, with provenance pointing into the new text', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['query.mts'], { cwd: work, encoding: 'utf8' });
    const answer = JSON.parse(out) as {
      'KR-MN': string[];
      'KR-KZ': number;
      parties: { basis: string; evidence: { source: string; start: number; end: number; quote: string }[] };
      date: { basis: string; rule: string; evidence: { quote: string }[] };
    };
    expect(answer['KR-MN']).toEqual(['kr-mn-rare-earths-mou']);
    expect(answer['KR-KZ']).toBe(agreementsBetween('KR', 'KZ').length);
    expect(answer['KR-KZ']).toBeGreaterThan(0);
    const text = readFileSync(join(work, 'mongolia.txt'), 'utf8');
    expect(answer.parties.basis).toBe('stated');
    for (const quote of answer.parties.evidence) {
      expect(quote.source).toBe('2025-03-04-kr-mn-rare-earths');
      expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
    }
    expect(answer.parties.evidence[0]?.quote).toMatch(/^South Korea and Mongolia signed/);
    expect(answer.date).toMatchObject({ basis: 'derived', rule: 'weekday-before-publication' });
    expect(answer.date.evidence.map((e) => e.quote)).toEqual(['on Monday', 'March 4, 2025']);
  });

  it('the repaired dataset holds the corrected text, quote and offsets', () => {
    const repaired = JSON.parse(readFileSync(join(work, 'repaired.json'), 'utf8')) as { id: string; text?: string; sha256?: string; evidence: { start: number; end: number; quote: string }[] }[];
    const text = readFileSync(join(work, 'mongolia-v2.txt'), 'utf8');
    const source = repaired.find((r) => r.id === '2025-03-04-kr-mn-rare-earths')!;
    expect(source.text).toBe(text);
    const mou = repaired.find((r) => r.id === 'kr-mn-rare-earths-mou')!;
    for (const e of mou.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(mou.evidence[1]?.quote).toContain('Korean companies');
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as { counts: Record<string, number> };
    expect(report.counts).toEqual({ anchored: 6, relocated: 1, orphaned: 0 });
  });

  it('the viewer page lists the new agreement', () => {
    expect(readFileSync(join(work, 'mongolia.html'), 'utf8')).toContain('data-record="kr-mn-rare-earths-mou"');
  });
});
