/**
 * `show <id>` on values the schema allows but the shipped data does not hold: a field value over several lines (its
 * later lines line up under the first) and a claim with no rule (a `stated` or `inferred` claim, printed with its
 * basis alone). The library's `get` and `provenanceOf` are wrapped so that one statement comes back with such
 * values; every other record is the shipped one.
 */
import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/run.js';

/** The record and provenance `get` and `provenanceOf` give for its id instead of the shipped ones, while set. */
const swap = vi.hoisted(() => ({ record: undefined as { readonly id: string } | undefined, provenance: undefined as unknown }));

vi.mock('../src/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/index.js')>();
  const swapped = (recordOrId: string | { readonly id: string }) =>
    swap.record !== undefined && (typeof recordOrId === 'string' ? recordOrId : recordOrId.id) === swap.record.id;
  return {
    ...real,
    get: ((id: string) => (swapped(id) ? swap.record : real.get(id as never))) as typeof real.get,
    provenanceOf: ((recordOrId: string | { readonly id: string }) =>
      swapped(recordOrId) ? swap.provenance : real.provenanceOf(recordOrId as never)) as typeof real.provenanceOf,
  };
});

const { get, provenanceOf } = await import('../src/index.js');

function show(id: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(['show', id], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    version: '0.0.0-test',
    isTTY: false,
    env: {},
  });
  return { code: code as number, stdout, stderr };
}

describe('show <id> on values the shipped data does not hold', () => {
  it('lines up a value’s later lines under its first, and prints a claim without a rule with its basis alone', () => {
    const id = 'yoon-on-north-korea';
    const record = get(id);
    const provenance = provenanceOf(id);
    const day = { value: '2024-06-12', precision: 'day', earliest: '2024-06-12', latest: '2024-06-12' };
    swap.record = { ...record, note: 'The occasion is not stated.\nTwo lines, to show how a long note wraps.' } as typeof record;
    swap.provenance = {
      ...provenance,
      date: {
        ...provenance.date!,
        claims: [
          { value: day, source: '2024-06-12-kr-kz-critical-minerals', basis: 'stated', evidence: provenance.date!.evidence },
          { value: null, source: '2024-06-12-kbs-world-kr-kz-mous', basis: 'inferred', evidence: provenance.date!.evidence, note: 'why' },
        ],
      },
    };
    try {
      expect(show(id)).toEqual({
        code: 0,
        stderr: '',
        stdout: `statement yoon-on-north-korea
Yoon Suk Yeol, quoted

speaker   yoon-suk-yeol  ‹stated #0›
mode      direct  ‹derived quotation-marks #1›
text      The two countries agreed to continue to join international efforts to condemn North Korea’s illegal nuclear and missile development, and to block its illegal funding  ‹stated #0›
occasion  —
date      2024-06 (month precision, 2024-06-11 to 2024-06-12)  ‹inferred #2›
          why: Said during the state visit, which began on 2024-06-11 (Chosun Ilbo), and reported on 2024-06-12; the day and occasion are not stated.
          claim: 2024-06-12 (day precision) from 2024-06-12-kr-kz-critical-minerals ‹stated›
          claim: — from 2024-06-12-kbs-world-kr-kz-mous ‹inferred›
subjects  KP  ‹stated #0›
topics    nuclear-and-missile-programs, illegal-funding  ‹inferred›
          why: Illegal funding is stated; "nuclear and missile development" is read as the nuclear and missile programs topic.
cameo     111 Criticize or denounce  ‹standard›
note      The occasion is not stated.
          Two lines, to show how a long note wraps.

Evidence: 3 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [2515–2692] "The two countries agreed to continue to join international efforts to condemn North Korea’s illegal nuclear and missile development, and to block its illegal funding,” Yoon said"
  #1 [2661–2692] "its illegal funding,” Yoon said"
  #2 [67–80] "June 12, 2024"
`,
      });
    } finally {
      swap.record = undefined;
      swap.provenance = undefined;
    }
  });
});
