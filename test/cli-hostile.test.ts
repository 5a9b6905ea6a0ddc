import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, version: '0.0.0' });
  if (typeof code !== 'number') throw new Error(`${args[0]} runs asynchronously: await it`);
  return { code, stdout, stderr };
}

/** Characters that could move the cursor, clear the screen, ring the bell or reorder what a terminal shows. */
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const HOSTILE = 'x\u001b]0;pwned\u0007\u001b[2J\r\u009b1m\u202etxt.exe\u2066';

describe('control characters in a command line never reach the terminal', () => {
  it.each([
    ['an unknown command', [HOSTILE]],
    ['an unknown option', ['minerals', 'KZ', `--${HOSTILE}`]],
    ['an unknown country', ['minerals', HOSTILE]],
    ['an unknown record', ['show', HOSTILE]],
    ['extra arguments', ['minerals', 'KZ', HOSTILE]],
    ['a search', ['search', HOSTILE]],
    ['an unknown relation', ['minerals', 'KZ', `--relation=${HOSTILE}`]],
    ['an unknown format', ['export', `--format=${HOSTILE}`, '--out=/nonexistent/dir']],
  ])('%s', (_name, args) => {
    const { stdout, stderr } = cli(args);
    expect(stdout + stderr).not.toMatch(CONTROLS);
    expect(stdout + stderr).toMatch(/\\u001b/);
  });

  it('a 1,000,000-character argument fails at once with a message of a few lines', () => {
    const { code, stderr } = cli(['show', 'k'.repeat(1_000_000)]);
    expect(code).toBe(1);
    expect(stderr).toContain('(1,000,000 characters)');
    expect(stderr.length).toBeLessThan(500);
  });
});
