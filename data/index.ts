/**
 * Every authored record, by kind. Each kind's records are in one file, `data/records/<dataset key>.ts`
 * (`people.ts`), exporting an array under that key; sources are in `data/sources/`. The files are found from the
 * registry of kinds, so adding a kind needs no edit here. `scripts/generate-data.ts` turns the drafts into
 * `src/generated/`.
 */
import { readdirSync } from 'node:fs';
import { KIND_REGISTRY } from '../src/kinds.js';
import type { Draft } from './authoring.js';

const files = new Set(readdirSync(new URL('./records/', import.meta.url)).map((name) => name.replace(/\.ts$/, '')));
const keys = new Set<string>(KIND_REGISTRY.map(({ key }) => key));
const strayFiles = [...files].filter((name) => !keys.has(name));
if (strayFiles.length > 0) throw new Error(`data/records holds files named after no kind's dataset key: ${strayFiles.join(', ')}`);

const modules = await Promise.all(
  KIND_REGISTRY.filter(({ key }) => files.has(key)).map(async ({ kind, key }) => {
    const module = (await import(`./records/${key}.ts`)) as Record<string, unknown>;
    const records = module[key];
    if (!Array.isArray(records)) throw new Error(`data/records/${key}.ts must export an array named ${key}`);
    const strays = (records as Draft[]).filter((draft) => draft.kind !== kind).map((draft) => draft.id);
    if (strays.length > 0) throw new Error(`data/records/${key}.ts holds records of another kind than ${kind}: ${strays.join(', ')}`);
    return records as Draft[];
  }),
);

export const drafts: readonly Draft[] = modules.flat();
