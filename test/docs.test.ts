import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../src/index.js';
import * as z from 'zod';
import { descriptionOf, renderDataModel, renderTypes } from '../scripts/field-docs.js';
import { RecordSchemas } from '../src/schema/index.js';

const doc = readFileSync(new URL('../docs/data-model.md', import.meta.url), 'utf8');
const COMMON = ['id', 'kind', 'evidence', 'provenance', 'note'];

/** The text of `### kind` up to the next heading of the same or higher level. */
function section(kind: string): string {
  const start = doc.indexOf(`\n### ${kind}\n`);
  if (start === -1) return '';
  const next = doc.slice(start + 1).search(/\n#{2,3} /);
  return next === -1 ? doc.slice(start) : doc.slice(start, start + 1 + next);
}

describe('field meanings are written once, in the schema, and the rest is generated from it', () => {
  it('docs/data-model.md holds the field tables the schema generates (run npm run generate if not)', () => {
    expect(renderDataModel(doc)).toBe(doc);
  });

  it('src/types.ts holds the field TSDoc the schema generates (run npm run generate if not)', () => {
    const types = readFileSync(new URL('../src/types.ts', import.meta.url), 'utf8');
    expect(renderTypes(types)).toBe(types);
  });

  it.each(RECORD_KINDS)('the %s section lists every field of its schema but the shared ones', (kind) => {
    const fields = Object.keys(RecordSchemas[kind]._zod.def.shape).filter((f) => !COMMON.includes(f));
    const text = section(kind);
    expect(text, `a "### ${kind}" section`).not.toBe('');
    expect(fields.filter((f) => !text.includes(`| \`${f}\` |`))).toEqual([]);
  });

  it('the shared fields are documented once, in their own table, and again only where a kind means more', () => {
    const shared = section('Fields every record has');
    for (const field of COMMON) expect(shared, field).toContain(`| \`${field}\` |`);
    const repeated = RECORD_KINDS.flatMap((kind) => COMMON.filter((f) => section(kind).includes(`| \`${f}\` |`)).map((f) => `${kind}.${f}`));
    expect(repeated).toEqual(['country.id']);
  });

  it.each(RECORD_KINDS)('every field of the %s JSON Schema, nested ones too, carries its schema description', (kind) => {
    const undescribed: string[] = [];
    const visit = (node: Record<string, unknown>, path: string) => {
      const properties = (node['properties'] ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, property] of Object.entries(properties)) {
        if (typeof property['description'] !== 'string' || property['description'] === '') undescribed.push(`${path}${name}`);
        const inner = [property, ...((property['anyOf'] as Record<string, unknown>[] | undefined) ?? [])];
        for (const candidate of inner) {
          visit(candidate, `${path}${name}.`);
          if (candidate['items']) visit(candidate['items'] as Record<string, unknown>, `${path}${name}.`);
        }
      }
    };
    const json = z.toJSONSchema(RecordSchemas[kind], { target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<string, unknown>;
    visit(json, '');
    expect(undescribed).toEqual([]);
    const properties = json['properties'] as Record<string, { description: string }>;
    for (const [name, field] of Object.entries(RecordSchemas[kind]._zod.def.shape)) {
      expect(properties[name]!.description, name).toBe(descriptionOf(field));
    }
  });
});

describe('README.md', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('the Quickstart block holds exactly two commands: the demo and the tests', () => {
    const block = /## Quickstart\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(block.trim().split('\n')).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('the counts of derived, inferred and standard values and of rules it gives are the data’s', async () => {
    const { dataset, DATASET_KEYS, DERIVATION_RULES, provenanceOf } = await import('../src/index.js');
    const counts: Record<string, number> = {};
    for (const kind of RECORD_KINDS) {
      for (const record of Object.values(dataset[DATASET_KEYS[kind]])) {
        for (const p of Object.values(provenanceOf(record as never))) counts[p.basis] = (counts[p.basis] ?? 0) + 1;
      }
    }
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
    expect(readme).toMatch(new RegExp(`${counts['derived']} values are\\s+\`derived\` by one of ${words[Object.keys(DERIVATION_RULES).length]} documented rules`));
    expect(readme).toMatch(new RegExp(`and ${counts['inferred']} are \`inferred\``));
    expect(readme).toContain(`${counts['standard']} values are \`standard\``);
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
