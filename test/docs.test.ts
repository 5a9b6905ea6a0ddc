import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../src/index.js';
import { RecordSchemas } from '../src/schema/index.js';

const doc = readFileSync(new URL('../docs/data-model.md', import.meta.url), 'utf8');
const COMMON = ['id', 'kind', 'evidence', 'note'];

/** The text of `### kind` up to the next heading of the same or higher level. */
function section(kind: string): string {
  const start = doc.indexOf(`\n### ${kind}\n`);
  if (start === -1) return '';
  const next = doc.slice(start + 1).search(/\n#{2,3} /);
  return next === -1 ? doc.slice(start) : doc.slice(start, start + 1 + next);
}

describe('docs/data-model.md documents every field of every kind', () => {
  it.each(RECORD_KINDS)('%s', (kind) => {
    const fields = Object.keys(RecordSchemas[kind]._zod.def.shape).filter((f) => !COMMON.includes(f));
    const text = section(kind);
    expect(text, `a "### ${kind}" section`).not.toBe('');
    expect(fields.filter((f) => !text.includes(`\`${f}\``))).toEqual([]);
  });
  it('the shared fields are documented once', () => {
    for (const field of COMMON) expect(doc).toContain(`| \`${field}\` |`);
  });
});

describe('README.md', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('the Quickstart block holds exactly two commands: the demo and the tests', () => {
    const block = /## Quickstart\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(block.trim().split('\n')).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('the record counts it gives are the dataset’s', async () => {
    const { dataset, DATASET_KEYS } = await import('../src/index.js');
    const total = RECORD_KINDS.reduce((n, kind) => n + Object.keys(dataset[DATASET_KEYS[kind]]).length, 0);
    expect(readme).toContain(`${total} records`);
    for (const kind of RECORD_KINDS) {
      const count = Object.keys(dataset[DATASET_KEYS[kind]]).length;
      expect(readme, kind).toMatch(new RegExp(`\\| ${kind} \\| ${count} \\|`));
    }
  });
});
