/**
 * Tombstones at run time: an id that is gone throws RemovedIdError from `get` and every helper, saying when it
 * went and what replaced it. No id of 0.1.0 is gone, so the embedded tombstones are replaced here by a synthetic
 * removal (the module mock), and `createCatalog` gets its own.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/generated/tombstones.js', () => ({
  tombstones: {
    'kr-kz-old-lithium-mou': {
      id: 'kr-kz-old-lithium-mou',
      kind: 'agreement',
      removedIn: '0.3.0',
      replacedBy: 'kr-kz-lithium-mou',
      reason: 'a duplicate of the lithium MOU',
    },
    XK: { id: 'XK', kind: 'country', removedIn: '0.3.0', replacedBy: null, reason: 'the text never names it' },
    cobalt: { id: 'cobalt', kind: 'mineral', removedIn: '0.3.0', replacedBy: 'critical-minerals', reason: 'the text never names it' },
    'old-speaker': { id: 'old-speaker', kind: 'person', removedIn: '0.3.0', replacedBy: 'kassym-jomart-tokayev', reason: 'renamed' },
  },
}));

const lib = await import('../src/index.js');
const { createCatalog } = await import('../src/create-catalog.js');
const { run } = await import('../src/cli/run.js');
const { RemovedIdError, UnknownIdError, DatasetError } = lib;

function thrown(act: () => unknown): Error {
  try {
    act();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('a removed id, on the embedded catalog', () => {
  it('get throws RemovedIdError naming the release and the replacement, and it is an UnknownIdError', () => {
    const error = thrown(() => lib.get('kr-kz-old-lithium-mou' as never));
    expect(error).toBeInstanceOf(RemovedIdError);
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error.message).toBe(
      'Removed record "kr-kz-old-lithium-mou": the agreement was removed in 0.3.0 (a duplicate of the lithium MOU). Use "kr-kz-lithium-mou" instead.',
    );
    expect(error).toMatchObject({ removedIn: '0.3.0', replacedBy: 'kr-kz-lithium-mou', kind: 'agreement', suggestions: ['kr-kz-lithium-mou'] });
  });

  it('every helper that takes an id of its kind throws it too', () => {
    const removed = (act: () => unknown) => thrown(act) instanceof RemovedIdError;
    expect(removed(() => lib.evidenceOf('kr-kz-old-lithium-mou' as never))).toBe(true);
    expect(removed(() => lib.provenanceOf('kr-kz-old-lithium-mou' as never))).toBe(true);
    expect(removed(() => lib.mineralsOf('XK' as never))).toBe(true);
    expect(removed(() => lib.agreementsBetween('KZ', 'XK' as never))).toBe(true);
    expect(removed(() => lib.agreementsOf('XK' as never))).toBe(true);
    expect(removed(() => lib.partnersOf('XK' as never))).toBe(true);
    expect(removed(() => lib.resolveCountry('xk'))).toBe(true);
    expect(removed(() => lib.countriesWith('cobalt' as never))).toBe(true);
    expect(removed(() => lib.agreementsOn('cobalt' as never))).toBe(true);
    expect(removed(() => lib.statementsBy('old-speaker' as never))).toBe(true);
    expect(thrown(() => lib.mineralsOf('XK' as never)).message).toBe(
      'Removed country "XK": the country was removed in 0.3.0 (the text never names it). Nothing replaces it.',
    );
  });

  it('a removed id of another kind than asked is an unknown id, as before', () => {
    const error = thrown(() => lib.mineralsOf('cobalt' as never));
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).not.toBeInstanceOf(RemovedIdError);
  });

  it('the CLI answers show with the RemovedIdError message, exit code 1', () => {
    let stdout = '';
    let stderr = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, version: '0.2.0', env: {} };
    expect(run(['show', 'kr-kz-old-lithium-mou'], io)).toBe(1);
    expect(stderr).toBe(
      'error: Removed record "kr-kz-old-lithium-mou": the agreement was removed in 0.3.0 (a duplicate of the lithium MOU). Use "kr-kz-lithium-mou" instead.\n',
    );
    expect(stdout).toBe('');
    expect(run(['changes', 'XK'], { ...io, changes: () => [] })).toBe(1);
  });
});

describe('createCatalog with tombstones', () => {
  const tombstone = { id: 'kz-old-uranium', kind: 'resource', removedIn: '1.2.0', replacedBy: 'kz-uranium', reason: 'merged' } as const;

  it('throws RemovedIdError for a tombstoned id, and keeps the embedded tombstones when extending the catalog', () => {
    const mine = createCatalog({ extends: lib.catalog, records: [], tombstones: [{ ...tombstone, replacedBy: null }] });
    expect(thrown(() => mine.get('kz-old-uranium')).message).toBe(
      'Removed record "kz-old-uranium": the resource was removed in 1.2.0 (merged). Nothing replaces it.',
    );
    expect(thrown(() => mine.get('kr-kz-old-lithium-mou'))).toBeInstanceOf(RemovedIdError);
    expect(Object.isFrozen(mine.tombstones)).toBe(true);
  });

  it('rejects a tombstone for a live id, a replacement that names nothing, and a missing reason, listing each', () => {
    const error = thrown(() =>
      createCatalog({
        extends: lib.catalog,
        records: [],
        tombstones: [
          { ...tombstone, id: 'KZ', replacedBy: null },
          { ...tombstone, replacedBy: 'nowhere' },
          { ...tombstone, id: 'kz-other', reason: '', replacedBy: null },
        ] as never,
      }),
    );
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.message).toBe(
      'Invalid dataset: 3 problems\n' +
        '  - resource "KZ" at id: is the id of a record in the dataset: an id cannot be both live and removed\n' +
        '  - resource "kz-old-uranium" at replacedBy: must be the id of a record in the dataset, or null\n' +
        '  - resource "kz-other" at reason: must say why, in a sentence',
    );
  });
});
