/**
 * Part of `npm run build`: write a JSON Schema per record kind, and one for any record, into
 * `dist/json-schema/`, generated from the zod schemas of `src/schema/index.ts` with zod 4's `z.toJSONSchema`.
 * Shipped as `critical-minerals/json-schema/<kind>.schema.json` for people who do not use TypeScript.
 *
 * JSON Schema cannot say everything the zod schemas say: a `.refine()` (a rule across fields, such as
 * "end - start must equal quote.length") has no JSON Schema form, and `z.toJSONSchema` drops it silently. So that
 * nothing is lost without a word, every schema node that had refinements gets a `$comment` naming each one, and
 * each file's `description` says that those rules are checked only by `critical-minerals/schema`.
 *
 * Every file is JSON Schema draft 2020-12 and has an `$id` (its address on unpkg for this version), so a validator
 * can register them together. The data files `dist/data/<kind>.json` are arrays, so each kind also gets
 * `<kind>.array.schema.json`, whose `items` refers to `<kind>.schema.json`; `record.schema.json` fits one line of
 * `dataset.ndjson`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { AnyRecordSchema, RecordSchemas } from '../src/schema/index.js';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist/json-schema');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** The messages of a schema node's own refinements (zod checks of type `custom`). */
function refinementsOf(schema: z.core.$ZodType): string[] {
  const checks = (schema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? [];
  return checks
    .filter((check) => check._zod.def.check === 'custom')
    .map((check) => {
      const def = check._zod.def as unknown as { error?: (issue: unknown) => unknown; path?: PropertyKey[] };
      const message = typeof def.error === 'function' ? def.error({}) : undefined;
      const at = def.path && def.path.length > 0 ? ` (at ${def.path.map(String).join('.')})` : '';
      return `${typeof message === 'string' ? message : 'a custom rule'}${at}`;
    });
}

const LIMITS =
  'Cross-field rules of the zod schema cannot be expressed in JSON Schema and are not checked by this file; ' +
  'each is named in a "$comment" where it applies. Validate with the zod schemas of critical-minerals/schema ' +
  '(or createCatalog from critical-minerals/catalog, which also checks references and quote offsets) for every rule.';

/** Where a schema file of this version is published: its `$id`. */
const idOf = (name: string): string => `https://unpkg.com/critical-minerals@${version}/dist/json-schema/${name}`;

function toJsonSchema(schema: z.ZodType, name: string, title: string, description: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    override: (ctx) => {
      const rules = refinementsOf(ctx.zodSchema);
      if (rules.length > 0) {
        ctx.jsonSchema.$comment = `Not checked by JSON Schema (zod refinements): ${rules.join('; ')}.`;
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, $id: idOf(name), title, description: `${description} ${LIMITS}`, ...rest };
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const written: string[] = [];
function write(name: string, schema: Record<string, unknown>): void {
  writeFileSync(join(out, name), `${JSON.stringify(schema, null, 2)}\n`);
  written.push(name);
}

for (const [kind, schema] of Object.entries(RecordSchemas)) {
  write(
    `${kind}.schema.json`,
    toJsonSchema(
      schema,
      `${kind}.schema.json`,
      `critical-minerals ${kind} record`,
      `One record of kind "${kind}" in the critical-minerals ${version} dataset, generated from RecordSchemas.${kind}.`,
    ),
  );
  write(`${kind}.array.schema.json`, {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: idOf(`${kind}.array.schema.json`),
    title: `critical-minerals ${kind} records`,
    description: `The file critical-minerals/data/${kind}.json: every record of kind "${kind}", as an array. ${LIMITS}`,
    type: 'array',
    items: { $ref: `${kind}.schema.json` },
  });
}
write(
  'record.schema.json',
  toJsonSchema(
    AnyRecordSchema,
    'record.schema.json',
    'critical-minerals record',
    `Any record of the critical-minerals ${version} dataset, one of the kinds told apart by "kind", generated from AnyRecordSchema.`,
  ),
);

console.log(`dist/json-schema: ${written.length} files (${written.join(', ')})`);
