import { describe, expect, it } from 'vitest';
import { createCatalog, DatasetError } from '../src/create-catalog.js';
import { sources } from '../src/index.js';
import { sha256Hex } from '../src/sha256.js';

const embedded = Object.values(sources)[0]!;
const text = `Lithium 😀 deal in Astana.`;
/** Every field of this test source is the test's own reading: inferred, with a note. */
const provenance = Object.fromEntries(Object.keys(embedded.provenance).map((field) => [field, { basis: 'inferred', evidence: [], note: 'test source' }]));
const source = { ...embedded, id: 'my-source', text, sha256: sha256Hex(text), url: 'https://example.org/a', evidence: [{ source: 'my-source', start: 0, end: 7, quote: 'Lithium' }], provenance };

function problems(records: unknown[]): string[] {
  try {
    createCatalog({ records });
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues.map((i) => `${i.record} ${i.path}: ${i.message}`);
  }
  return [];
}

describe('createCatalog checks what a schema cannot see', () => {
  it('accepts a source whose hash is its text’s and whose url is https', () => {
    expect(problems([source])).toEqual([]);
  });

  it('rejects a sha256 that is not the hash of the text', () => {
    expect(problems([{ ...source, sha256: '0'.repeat(64) }])).toEqual(['my-source sha256: is not the SHA-256 of text (as UTF-8)']);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'])('rejects the url %s', (url) => {
    expect(problems([{ ...source, url }])).toEqual([expect.stringMatching(/^my-source url: must be an http: or https: URL/)]);
  });

  it('rejects offsets that split a surrogate pair', () => {
    const at = text.indexOf('😀') + 1;
    const topic = { id: 'split', kind: 'topic', name: 'split', note: null, provenance: { name: { basis: 'inferred', evidence: [], note: 'test' } }, evidence: [{ source: 'my-source', start: at, end: at + 1, quote: text.slice(at, at + 1) }] };
    expect(problems([source, topic])).toEqual([
      `split evidence.0.start: ${at} falls inside a character (between the halves of a surrogate pair)`,
    ]);
  });

  it('a record that fails its schema still has its references and quotes checked', () => {
    const bad = { id: 'bad-resource', kind: 'resource', country: 'XX', mineral: 'unobtainium', relation: 'nope', extent: null, note: null, evidence: [{ source: 'my-source', start: 0, end: 7, quote: 'Lithiun' }] };
    const found = problems([source, bad]);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^bad-resource relation:/),
      expect.stringMatching(/^bad-resource country: refers to "XX"/),
      expect.stringMatching(/^bad-resource mineral: refers to "unobtainium"/),
      expect.stringMatching(/^bad-resource evidence\.0\.quote: quote does not stand/),
    ]));
  });
});
