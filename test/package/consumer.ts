/**
 * The files of the consumer projects in `test/package.test.ts`: a project that installs the packed tarball and
 * uses it as a person would, from ES modules, CommonJS, TypeScript and a browser bundle.
 *
 * They are strings rather than files in `test/` because they import `critical-minerals` by name, which only
 * resolves once the package is installed (and `typo.ts` must fail to type-check).
 */

/**
 * The same questions, asked from ESM and from CommonJS, under every Node of the matrix; the answers must be equal.
 * A new public helper (such as `nameOf`) gets its question here, and `test/package.test.ts` an expectation.
 */
const ANSWERS = `
function answers(core, catalogEntry, schema, exportEntry, countryJsonSchema, agreementJson, resolveFile) {
  const caught = (f) => {
    try {
      f();
      return null;
    } catch (error) {
      return { name: error.name, isUnknownId: error instanceof core.UnknownIdError, message: error.message, suggestions: error.suggestions };
    }
  };
  return {
    exports: Object.keys(core).sort(),
    schemaExports: Object.keys(schema).sort(),
    catalogExports: Object.keys(catalogEntry).sort(),
    agreementsBetween: core.agreementsBetween('KR', 'KZ').map((a) => a.id),
    mineralsOf: core.mineralsOf('KZ').map((l) => l.mineral + ' ' + l.relation + ' ' + l.via),
    countriesWith: core.countriesWith('lithium').map((l) => l.country + ' ' + l.relation + ' ' + l.via),
    kzAlpha3: core.countries.KZ.alpha3,
    nameOfKZInKoreanIsHangul: /\\p{Script=Hangul}/u.test(core.nameOf('KZ', { locale: 'ko' }).name),
    nameOfSUInEnglish: core.nameOf('SU', { locale: 'en' }).name,
    frozen: Object.isFrozen(core.countries.KZ) && Object.isFrozen(core.countries.KZ.evidence),
    typo: caught(() => core.mineralsOf('Kazakstan')),
    // From ESM the core entry is one file with its own copy of the error classes; instanceof holds across copies.
    catalogErrorIsCoreError: (() => {
      try {
        catalogEntry.createCatalog({ records: [{ id: 'kz', kind: 'country' }] });
        return null;
      } catch (error) {
        return [error instanceof core.DatasetError, error instanceof core.CriticalMineralsError, error instanceof catalogEntry.DatasetError, error instanceof core.UnknownIdError];
      }
    })(),
    coreErrorIsCatalogError: (() => {
      const error = new core.RemovedIdError({ id: 'old', kind: 'agreement', removedIn: '0.2.0', replacedBy: null, reason: 'merged' }, 'record');
      return [error instanceof catalogEntry.RemovedIdError, error instanceof catalogEntry.DatasetError];
    })(),
    ownCatalogMineralsOfKZ: catalogEntry.createCatalog({ extends: core.catalog, records: [] }).mineralsOf('KZ').length,
    // The core's catalog, passed as extends, is checked with the records (it may come from another copy): only the bad one fails.
    ownCatalogBadRecordIssues: (() => {
      try {
        catalogEntry.createCatalog({ extends: core.catalog, records: [{ id: 'kz', kind: 'country' }] });
        return null;
      } catch (error) {
        return [...new Set(error.issues.map((issue) => issue.record))];
      }
    })(),
    schemaAcceptsKZ: schema.CountrySchema.safeParse(core.countries.KZ).success,
    schemaRejectsLowerCaseId: schema.CountrySchema.safeParse({ ...core.countries.KZ, id: 'kz' }).error?.issues.map((i) => i.path.join('.')),
    jsonSchemaTitle: countryJsonSchema.title,
    exportCsvHeader: exportEntry.toCsv('country').split(/\\r?\\n/)[0],
    dataAgreementIds: agreementJson.map((a) => a.id),
    ndjsonKinds: [...new Set(readFileSync(resolveFile('critical-minerals/data/dataset.ndjson'), 'utf8').trim().split('\\n').map((line) => JSON.parse(line).kind))],
  };
}
`;

const STRICT = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  target: 'es2022',
  // zod's own types need \`URL\`, which comes from the DOM library (or @types/node); none of Node's types.
  lib: ['es2022', 'dom'],
  types: [],
};

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Files of the project that has zod installed beside the package. */
export function consumerFiles(tarball: string, zodDir: string, jsonldDir: string): Record<string, string> {
  return {
    'package.json': json({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { 'critical-minerals': `file:${tarball}`, zod: `file:${zodDir}`, jsonld: `file:${jsonldDir}` },
    }),
    'esm.mjs': `import * as core from 'critical-minerals';
import * as catalogEntry from 'critical-minerals/catalog';
import * as schema from 'critical-minerals/schema';
import * as exportEntry from 'critical-minerals/export';
import countryJsonSchema from 'critical-minerals/json-schema/country.schema.json' with { type: 'json' };
import agreementJson from 'critical-minerals/data/agreement.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
${ANSWERS}
const resolveFile = (specifier) => fileURLToPath(import.meta.resolve(specifier));
console.log(JSON.stringify(answers(core, catalogEntry, schema, exportEntry, countryJsonSchema, agreementJson, resolveFile)));
`,
    'cjs.cjs': `const core = require('critical-minerals');
const catalogEntry = require('critical-minerals/catalog');
const schema = require('critical-minerals/schema');
const exportEntry = require('critical-minerals/export');
const countryJsonSchema = require('critical-minerals/json-schema/country.schema.json');
const agreementJson = require('critical-minerals/data/agreement.json');
const { readFileSync } = require('node:fs');
${ANSWERS}
console.log(JSON.stringify(answers(core, catalogEntry, schema, exportEntry, countryJsonSchema, agreementJson, require.resolve)));
`,
    // The README's "JSON-LD offline" recipe for files: the shipped evidence and context, read with require.
    'jsonld-offline.cjs': `const jsonld = require('jsonld');
const evidence = require('critical-minerals/data/evidence.json');
const contexts = { 'http://www.w3.org/ns/anno.jsonld': require('critical-minerals/data/contexts/anno.json') };
const asked = [];
async function documentLoader(url) {
  asked.push(url);
  if (!Object.hasOwn(contexts, url)) throw new Error('offline: no ' + url);
  return { contextUrl: null, documentUrl: url, document: contexts[url] };
}
jsonld.toRDF(evidence, { documentLoader, safe: true }).then((quads) => {
  const annotations = quads.filter((q) => q.object.value === 'http://www.w3.org/ns/oa#Annotation').length;
  console.log(JSON.stringify({ quads: quads.length, annotations, total: evidence.total, asked }));
});
`,
    // The same from the export entry's loader, on the evidence the package builds in memory.
    'jsonld-offline.mjs': `import jsonld from 'jsonld';
import { offlineDocumentLoader, toAnnotations } from 'critical-minerals/export';
const quads = await jsonld.toRDF(toAnnotations(), { documentLoader: offlineDocumentLoader, safe: true });
console.log(JSON.stringify({ quads: quads.length }));
`,
    // Only one helper: what a browser bundle of it carries.
    'one-helper.js': `import { mineralsOf } from 'critical-minerals';
console.log(JSON.stringify(mineralsOf('KZ').map((link) => link.mineral + ' ' + link.relation + ' ' + link.via)));
`,
    'ok.ts': `import { agreementsBetween, countries, mineralsOf, UnknownIdError, type Agreement, type CountryCode, type MineralId } from 'critical-minerals';
import { createCatalog } from 'critical-minerals/catalog';
import { CountrySchema } from 'critical-minerals/schema';
import type * as z from 'zod';

const kz: CountryCode = 'KZ';
export const minerals: readonly MineralId[] = mineralsOf(kz).map((link) => link.mineral);
export const between: readonly Agreement[] = agreementsBetween('KR', kz);
export const alpha3: string = countries.KZ.alpha3;
export const parsed: z.output<typeof CountrySchema> = CountrySchema.parse(countries.KZ);
export const mine = createCatalog({ records: [] });
export const isUnknown = (error: unknown): boolean => error instanceof UnknownIdError;
`,
    // A CommonJS TypeScript file: under node16 it resolves the \`require\` condition, so the .d.cts types.
    'ok.cts': `import { mineralsOf, type MineralId } from 'critical-minerals';
import { CountrySchema } from 'critical-minerals/schema';

export const minerals: readonly MineralId[] = mineralsOf('KZ').map((link) => link.mineral);
export const rejected: boolean = CountrySchema.safeParse({}).success;
`,
    'typo.ts': `import { mineralsOf } from 'critical-minerals';

mineralsOf('XX');
`,
    // One program per resolution, with the good files and the typo: the typo must be its only error.
    'tsconfig.node16.json': json({ compilerOptions: { ...STRICT, module: 'node16', moduleResolution: 'node16' }, files: ['ok.ts', 'ok.cts', 'typo.ts'] }),
    'tsconfig.bundler.json': json({ compilerOptions: { ...STRICT, module: 'esnext', moduleResolution: 'bundler' }, files: ['ok.ts', 'typo.ts'] }),
  };
}

/** Files of a project without zod: the core entry must work, and only the zod entries must need it. */
export function noZodFiles(tarball: string): Record<string, string> {
  return {
    'package.json': json({ name: 'consumer-without-zod', private: true, type: 'module', dependencies: { 'critical-minerals': `file:${tarball}` } }),
    'core.mjs': `import { agreementsBetween } from 'critical-minerals';
const { agreementsBetween: viaRequire } = (await import('node:module')).createRequire(import.meta.url)('critical-minerals');
let schema;
try {
  await import('critical-minerals/schema');
  schema = 'loaded';
} catch (error) {
  schema = error.code + ': ' + error.message;
}
console.log(JSON.stringify({ esm: agreementsBetween('KR', 'KZ').length, cjs: viaRequire('KR', 'KZ').length, schema }));
`,
  };
}
