/**
 * The package as people get it: build a copy of the repository, `npm pack` it, check the tarball with publint and
 * attw, install it into consumer projects, and use it from ES modules, CommonJS, TypeScript (node16 and bundler
 * resolution), a browser bundle and the command line. What runs the package runs once per Node of the matrix the
 * README promises (20, 22 and 24, see `test/package/node-matrix.ts`); the CLI there is started through its
 * `#!/usr/bin/env node` line with that Node first on `PATH`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import parseSpdx from 'spdx-expression-parse';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { agreements, agreementsBetween, countries, coverage, mineralsOf } from '../src/index.js';
import { RECORD_KINDS } from '../src/vocabulary.js';
import { RecordSchemas } from '../src/schema/index.js';
import { ANNOTATION_CONTEXT, ANNOTATION_CONTEXT_DOCUMENT, exportFiles, offlineDocumentLoader, toAnnotations, toCsv, toJsonLd } from '../src/export/index.js';
import jsonld from 'jsonld';
import { parse as parseCsv } from 'csv-parse/sync';
import { browserBundle } from '../scripts/bench/bundle.js';
import { consumerFiles, noZodFiles } from './package/consumer.js';
import { assertInstalled, NODE_MATRIX, type MatrixNode } from './package/node-matrix.js';
import { copyRepository, filesUnder, root, run, runOk, type Ran } from './package/run.js';

const ENTRIES = ['index', 'schema', 'catalog', 'export', 'authoring'] as const;
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const tsc = join(root, 'node_modules/typescript/bin/tsc');

let work: string;
let packed: { tarball: string; files: string[]; size: number; unpackedSize: number };
let consumer: string;
let noZod: string;
/** What `node --version` printed, per major version of the matrix. */
const nodeVersions = new Map<number, string>();

/** tsc on the consumer project, once per resolution (two tests read each run). */
const typeChecks = new Map<string, Promise<Ran>>();
function typeCheck(resolution: string): Promise<Ran> {
  let ran = typeChecks.get(resolution);
  if (!ran) typeChecks.set(resolution, (ran = run('node', [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: consumer })));
  return ran;
}

/** A consumer script run by one Node of the matrix, once (several tests read each run). */
const scriptRuns = new Map<string, Promise<Ran>>();
function runScript(node: MatrixNode, cwd: string, script: string): Promise<Ran> {
  const key = `${node.major} ${cwd} ${script}`;
  let ran = scriptRuns.get(key);
  if (!ran) scriptRuns.set(key, (ran = runOk(node.node, [script], { cwd, env: node.env })));
  return ran;
}

function writeAll(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

function json<T = unknown>(ran: Ran): T {
  try {
    return JSON.parse(ran.stdout) as T;
  } catch {
    throw new Error(`not JSON from ${ran.command} (exit ${ran.code}):\n${ran.stdout}\n${ran.stderr}`);
  }
}

beforeAll(async () => {
  const versions = Promise.all(
    NODE_MATRIX.map(async (node) => {
      const ran = existsSync(node.node) ? await run(node.node, ['--version'], { cwd: root, env: node.env }) : undefined;
      const version = !ran ? `node ${node.major} missing` : ran.code === 0 ? ran.stdout.trim() : `node ${node.major} failed (exit ${ran.code})`;
      nodeVersions.set(node.major, version);
      return version;
    }),
  );
  work = mkdtempSync(join(tmpdir(), 'critical-minerals-package-'));
  const repo = join(work, 'repo');
  copyRepository(repo);
  await runOk('npm', ['run', 'build'], { cwd: repo, timeoutMs: 180_000 });
  const pack = await runOk('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repo });
  const [info] = json<{ filename: string; files: { path: string }[]; size: number; unpackedSize: number }[]>(pack);
  packed = {
    tarball: join(work, info!.filename),
    files: info!.files.map((file) => file.path).sort(),
    size: info!.size,
    unpackedSize: info!.unpackedSize,
  };
  console.log(`package: ${info!.filename}, ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`);

  // Two consumers, installed offline from the tarball; zod is linked from this repository's node_modules.
  consumer = join(work, 'consumer');
  noZod = join(work, 'consumer-without-zod');
  for (const [dir, files] of [
    [consumer, consumerFiles(packed.tarball, join(root, 'node_modules/zod'), join(root, 'node_modules/jsonld'))],
    [noZod, noZodFiles(packed.tarball)],
  ] as const) {
    mkdirSync(dir);
    writeAll(dir, files);
  }
  const install = ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock'];
  await Promise.all([runOk('npm', install, { cwd: consumer }), runOk('npm', install, { cwd: noZod })]);
  console.log(`node matrix: ${(await versions).join(', ')}`);
}, 300_000);

afterAll(() => {
  if (work && !process.env.KEEP_PACKAGE_TEST) rmSync(work, { recursive: true, force: true });
});

describe.concurrent('the tarball', { timeout: 120_000 }, () => {
  test('holds dist, the docs, the reference list, README, LICENSE, CHANGELOG and package.json, and nothing else', ({ expect }) => {
    const built = filesUnder(join(work, 'repo/dist'), join(work, 'repo'));
    const docs = filesUnder(join(root, 'docs'), root).filter((file) => /^docs\/(guides\/)?[^/]+\.md$/.test(file));
    expect(docs).toEqual(expect.arrayContaining(['docs/data-model.md', 'docs/guides/getting-started.md']));
    expect(packed.files).toEqual(
      [...built, ...docs, 'data/reference/identifiers.md', 'CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'].sort(),
    );
  });

  test('every relative link in the README and the shipped docs resolves to a file in the package', ({ expect }) => {
    const markdown = packed.files.filter((file) => file.endsWith('.md'));
    expect(markdown).toContain('README.md');
    const broken: string[] = [];
    let links = 0;
    for (const file of markdown) {
      const text = readFileSync(join(consumer, 'node_modules/critical-minerals', file), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z][a-z+.-]*:/i.test(target!) || target!.startsWith('#')) continue;
        links++;
        const path = posix.normalize(posix.join(posix.dirname(file), target!.replace(/#.*$/, '')));
        if (!packed.files.includes(path)) broken.push(`${file}: ${target}`);
      }
    }
    expect(links).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });

  test('license is an SPDX expression of MIT code, CC0 data, the W3C context and the third-party texts, and LICENSE says the same', ({ expect }) => {
    const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules/critical-minerals/package.json'), 'utf8')) as { license: string };
    expect(parseSpdx(pkg.license)).toEqual({
      left: { license: 'MIT' },
      conjunction: 'and',
      right: {
        left: { license: 'CC0-1.0' },
        conjunction: 'and',
        right: { left: { license: 'W3C-20150513' }, conjunction: 'and', right: { license: 'LicenseRef-Third-Party-News-Text' } },
      },
    });
    const license = readFileSync(join(consumer, 'node_modules/critical-minerals/LICENSE'), 'utf8');
    expect(license).toContain(`"${pkg.license}"`);
    expect(license).toMatch(/dist\/data\/contexts\/anno\.\*\s+W3C-20150513/);
    // The core entry carries no W3C text: its licences are the expression without W3C-20150513.
    expect(Object.values(coverage.licenses).join(' AND ')).toBe(pkg.license.replace(' AND W3C-20150513', ''));
    expect(ANNOTATION_CONTEXT_DOCUMENT['dcterms:license']['@id']).toBe('https://www.w3.org/Consortium/Legal/2015/copyright-software-and-document');
  });

  test('has ESM and CommonJS code and types for every entry, and the CLI', ({ expect }) => {
    for (const entry of ENTRIES) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(packed.files).toContain(`dist/${entry}.${ext}`);
    }
    expect(packed.files).toContain('dist/cli.js');
    expect(packed.files.filter((file) => file.startsWith('dist/cli'))).toEqual(['dist/cli.js']);
  });

  test('has a JSON Schema per record kind, one per data file (an array of them), and one for any record', ({ expect }) => {
    const schemas = packed.files.filter((file) => file.startsWith('dist/json-schema/'));
    const names = [...RECORD_KINDS.flatMap((kind) => [`${kind}.schema.json`, `${kind}.array.schema.json`]), 'record.schema.json'];
    expect(schemas).toEqual(names.map((name) => `dist/json-schema/${name}`).sort());
  });

  test('ajv (draft 2020-12 build, strict mode) compiles every schema and validates every data file against it', ({ expect }) => {
    const installed = join(consumer, 'node_modules/critical-minerals/dist');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajvFormats.default(ajv);
    const schemas = readdirSync(join(installed, 'json-schema')).map((name) => JSON.parse(readFileSync(join(installed, 'json-schema', name), 'utf8')));
    for (const schema of schemas) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^https:\/\/unpkg\.com\/critical-minerals@\d+\.\d+\.\d+\/dist\/json-schema\/[a-z.]+\.schema\.json$/);
      ajv.addSchema(schema);
    }
    const validator = (name: string) => ajv.getSchema(schemas.find((schema) => schema.$id.endsWith(`/${name}`))!.$id)!;
    const invalid: string[] = [];
    for (const kind of RECORD_KINDS) {
      const validate = validator(`${kind}.array.schema.json`);
      const records = JSON.parse(readFileSync(join(installed, 'data', `${kind}.json`), 'utf8')) as unknown[];
      expect(records.length).toBeGreaterThan(0);
      if (!validate(records)) invalid.push(`${kind}.json: ${ajv.errorsText(validate.errors)}`);
      // And it can fail: a record without its id is not one.
      const { id: _, ...withoutId } = records[0] as Record<string, unknown>;
      expect(validate([withoutId]), `${kind}.array.schema.json rejects a record without id`).toBe(false);
    }
    const record = validator('record.schema.json');
    const lines = readFileSync(join(installed, 'data/dataset.ndjson'), 'utf8').trimEnd().split('\n');
    for (const [n, line] of lines.entries()) if (!record(JSON.parse(line))) invalid.push(`dataset.ndjson:${n + 1}: ${ajv.errorsText(record.errors)}`);
    expect(lines.length).toBe(coverage.total);
    expect(invalid).toEqual([]);
  });

  test('the JSON Schema files carry each field’s description from the zod schema', ({ expect }) => {
    const file = (kind: string) => JSON.parse(readFileSync(join(work, 'repo/dist/json-schema', `${kind}.schema.json`), 'utf8'));
    const agreement = file('agreement');
    expect(agreement.properties.parties.description).toBe(RecordSchemas.agreement.shape.parties.meta()?.description);
    expect(agreement.properties.date.anyOf[0].properties.latest.description).toBe(
      'The last day it may fall on (`YYYY-MM-DD`): the last day of `value`, or earlier where the text bounds it (not after publication, say).',
    );
    expect(file('person').properties.office.properties.country.description).toBe('The country the office is of.');
  });

  test('has the dataset as JSON and CSV per kind, NDJSON, the evidence as JSON-LD, the data changes and the release snapshots, under dist/data', ({ expect }) => {
    const data = packed.files.filter((file) => file.startsWith('dist/data/'));
    const releases = readdirSync(join(root, 'data/releases')).map((name) => `releases/${name}`);
    expect(releases).toContain('releases/0.1.0.ndjson');
    const csvTables = exportFiles('csv').map((file) => file.name);
    expect(csvTables).toEqual(expect.arrayContaining(['agreement.csv', 'agreement_parties.csv', 'evidence.csv']));
    const jsonLd = ['evidence.jsonld', 'evidence.json', 'contexts/anno.jsonld', 'contexts/anno.json'];
    const expected = [...RECORD_KINDS.map((kind) => `${kind}.json`), ...csvTables, 'dataset.ndjson', ...jsonLd, 'changes.json', ...releases];
    expect(data).toEqual(expected.map((name) => `dist/data/${name}`).sort());
  });

  test('the evidence ships as .jsonld and as .json, byte for byte, with the context it names under both names', ({ expect }) => {
    const file = (name: string) => readFileSync(join(consumer, 'node_modules/critical-minerals/dist/data', name), 'utf8');
    expect(file('evidence.json')).toBe(toJsonLd());
    expect(file('evidence.jsonld')).toBe(file('evidence.json'));
    expect(JSON.parse(file('contexts/anno.json'))).toEqual(ANNOTATION_CONTEXT_DOCUMENT);
    expect(file('contexts/anno.jsonld')).toBe(file('contexts/anno.json'));
  });

  test('no cell of any shipped CSV starts with { or [ (one value per cell)', ({ expect }) => {
    const tables = packed.files.filter((file) => file.endsWith('.csv'));
    expect(tables.length).toBeGreaterThan(RECORD_KINDS.length);
    for (const file of tables) {
      const rows = parseCsv(readFileSync(join(consumer, 'node_modules/critical-minerals', file), 'utf8')) as string[][];
      expect(rows.length, file).toBeGreaterThan(0);
      expect(rows.flat().filter((cell) => /^[[{]/.test(cell)).map((cell) => `${file}: ${cell.slice(0, 40)}`)).toEqual([]);
    }
  });

  test('has no sources, tests, scripts, source maps or raw data in it', ({ expect }) => {
    const other = packed.files.filter(
      (file) =>
        !/^dist\/[A-Za-z0-9_-]+\.(js|cjs|d\.ts|d\.cts)$/.test(file) &&
        !/^dist\/(json-schema|data)\/[^]+\.(json|csv|ndjson|jsonld)$/.test(file) &&
        !/^docs\/(guides\/)?[a-z-]+\.md$/.test(file) &&
        file !== 'data/reference/identifiers.md' &&
        !['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'].includes(file),
    );
    expect(other).toEqual([]);
  });

  test('package.json: no install scripts, no dependencies, zod an optional peer, side-effect free, Node 20+', ({ expect }) => {
    const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules/critical-minerals/package.json'), 'utf8')) as Record<string, any>;
    const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare', 'prepublish'];
    expect(Object.keys(pkg.scripts ?? {}).filter((name) => lifecycle.includes(name))).toEqual([]);
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies).toEqual({ zod: '^4.0.0' });
    expect(pkg.peerDependenciesMeta).toEqual({ zod: { optional: true } });
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines).toEqual({ node: '>=20' });
    expect(pkg.bin).toEqual({ 'critical-minerals': './dist/cli.js' });
  });

  test('publint --strict has nothing to say', async ({ expect }) => {
    const ran = await run(bin('publint'), ['run', '--strict', packed.tarball], { cwd: work });
    expect(ran.stderr + ran.stdout).not.toMatch(/Errors:|Warnings:|Suggestions:/);
    expect(ran.stdout).toContain('All good!');
    expect(ran.code).toBe(0);
  });

  test('attw finds no problems, in its default profile', async ({ expect }) => {
    const ran = await run(bin('attw'), [packed.tarball, '--format', 'ascii'], { cwd: work });
    expect(ran.stdout).toContain('No problems found');
    expect(ran.code).toBe(0);
  });
});

describe.concurrent('installed in a project', { timeout: 120_000 }, () => {
  test.for(['node16', 'bundler'])('strict TypeScript files type-check under %s resolution', async (resolution, { expect }) => {
    const ran = await typeCheck(resolution);
    expect(ran.stderr).toBe('');
    expect(ran.stdout.trimEnd().split('\n').filter((line) => !line.startsWith('typo.ts('))).toEqual([]);
  });

  test.for(['node16', 'bundler'])("mineralsOf('XX') fails to type-check under %s resolution", async (resolution, { expect }) => {
    const ran = await typeCheck(resolution);
    expect(ran.stdout.trimEnd()).toMatch(/^typo\.ts\(3,12\): error TS2345: Argument of type '"XX"' is not assignable to parameter of type 'CountryCode'\.$/);
    expect(ran.code).not.toBe(0);
  });

  test('a minified browser bundle of one helper carries no zod and no Node built-in', async ({ expect }) => {
    const bundle = await browserBundle({ file: join(consumer, 'one-helper.js') }, consumer);
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((input) => !input.startsWith('node_modules/critical-minerals/dist/'))).toEqual(['one-helper.js']);
    expect(bundle.builtins).toEqual([]);
    const code = new TextDecoder().decode(bundle.code);
    for (const marker of ['zod', 'ZodError', '_zod', '$ZodType']) expect(code).not.toContain(marker);
    expect(code).not.toMatch(/\brequire\(|["']node:|\bprocess\.|\bBuffer\b/);
    const gzip = gzipSync(code).length;
    console.log(`one-helper browser bundle: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip`);

    // And it runs, with the answer the package gives.
    writeFileSync(join(consumer, 'bundle.mjs'), code);
    const ran = await runOk('node', ['bundle.mjs'], { cwd: consumer });
    expect(JSON.parse(ran.stdout)).toEqual(mineralsOf('KZ').map((l) => `${l.mineral} ${l.relation} ${l.via}`));
  });

  test.for(['index.js', 'index.cjs'])('the core entry %s loads nothing but its own files: no zod, no Node built-in', async (entry, { expect }) => {
    // esbuild follows both import and require(); on the neutral platform a Node built-in does not resolve.
    const result = await build({
      entryPoints: [join(consumer, 'node_modules/critical-minerals/dist', entry)],
      absWorkingDir: consumer,
      bundle: true,
      platform: 'neutral',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    // The ES module core is one self-contained file (it imports faster); the CommonJS one shares chunks with the other entries.
    if (entry === 'index.js') expect(inputs).toEqual(['node_modules/critical-minerals/dist/index.js']);
    else expect(inputs.length).toBeGreaterThan(1);
    expect(inputs.filter((input) => !/^node_modules\/critical-minerals\/dist\/[A-Za-z0-9_-]+\.c?js$/.test(input))).toEqual([]);
  });

  test('npx critical-minerals changes --since 0.1.0 --json prints the data diff from 0.1.0 as JSON', async ({ expect }) => {
    const ran = await runOk('npx', ['--offline', 'critical-minerals', 'changes', '--since', '0.1.0', '--json'], { cwd: consumer });
    const printed = json<{ from: string; to: string; records: { id: string }[] }>(ran);
    expect([printed.from, printed.to]).toEqual(['0.1.0', JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version]);
    expect(printed.records.map((r) => r.id)).toContain('kr-kz-critical-minerals-supply-chain-mou');
  });

  test('npx critical-minerals agreements KR KZ --json prints the agreements as a JSON array', async ({ expect }) => {
    const ran = await runOk('npx', ['--offline', 'critical-minerals', 'agreements', 'KR', 'KZ', '--json'], { cwd: consumer });
    const printed = json<{ id: string }[]>(ran);
    expect(Array.isArray(printed)).toBe(true);
    expect(printed.map((agreement) => agreement.id)).toEqual(agreementsBetween('KR', 'KZ').map((a) => a.id));
  });
});

/**
 * A command prefix that takes the network away: `unshare -rn` (a new user and network namespace with only a
 * loopback that is down). Where the kernel refuses namespaces, the scripts run as they are and the proof rests on
 * the document loader, which refuses every URL but the context's; the log says which.
 */
let networkCut: Promise<{ command: string; args: string[] }> | undefined;
function networkOff(): Promise<{ command: string; args: string[] }> {
  networkCut ??= run('unshare', ['-rn', 'node', '-e', "require('node:dns').lookup('registry.npmjs.org', (e) => process.exit(e ? 0 : 1))"], { cwd: root }).then(
    (ran) => {
      const cut = ran.code === 0;
      console.log(`JSON-LD offline: ${cut ? 'network namespace cut (unshare -rn)' : `unshare -rn unavailable (exit ${ran.code}), loader-only proof`}`);
      return cut ? { command: 'unshare', args: ['-rn'] } : { command: 'env', args: [] };
    },
    () => ({ command: 'env', args: [] }),
  );
  return networkCut;
}

/** What jsonld.js makes of the evidence here, in process: the count the installed files must give too. */
const expectedRdf = (async () => {
  const quads = await jsonld.toRDF(toAnnotations(), { documentLoader: offlineDocumentLoader, safe: true });
  return { quads: quads.length, annotations: quads.filter((q) => q.object.value === 'http://www.w3.org/ns/oa#Annotation').length };
})();

describe('the Node matrix', () => {
  test('has the Node versions the README promises, and engines starts at the lowest', ({ expect }) => {
    const promise = /^Node (\d+(?:, \d+)*) or (\d+);/m.exec(readFileSync(join(root, 'README.md'), 'utf8'));
    expect(promise, 'README, under Install: "Node 20, 22 or 24; …"').not.toBeNull();
    const promised = [...promise![1]!.split(', '), promise![2]!].map(Number);
    expect(NODE_MATRIX.map((node) => node.major)).toEqual(promised);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${promised[0]}`);
  });
});

describe.concurrent.each(NODE_MATRIX)('installed in a project, on node $major', { timeout: 120_000 }, (node) => {
  test('is the Node that `#!/usr/bin/env node` finds first on PATH', async ({ expect }) => {
    assertInstalled(node);
    const ran = await runOk('/usr/bin/env', ['node', '--version'], { cwd: consumer, env: node.env });
    expect(ran.stdout.trim()).toBe(nodeVersions.get(node.major));
    expect(ran.stdout).toMatch(new RegExp(`^v${node.major}\\.`));
  });

  test('ESM import and CommonJS require give the same answers, and the answers the source gives', async ({ expect }) => {
    assertInstalled(node);
    const [esm, cjs] = await Promise.all([runScript(node, consumer, 'esm.mjs'), runScript(node, consumer, 'cjs.cjs')]);
    const fromEsm = json<Record<string, any>>(esm);
    expect(json(cjs)).toEqual(fromEsm);

    expect(fromEsm.agreementsBetween).toEqual(agreementsBetween('KR', 'KZ').map((a) => a.id));
    expect(fromEsm.agreementsBetween).toHaveLength(7);
    expect(fromEsm.agreementsBetween).toContain('kr-kz-critical-minerals-supply-chain-mou');
    expect(fromEsm.mineralsOf).toEqual(mineralsOf('KZ').map((l) => `${l.mineral} ${l.relation} ${l.via}`));
    expect(fromEsm.kzAlpha3).toBe('KAZ');
    expect(fromEsm.nameOfKZInKoreanIsHangul).toBe(true);
    expect(fromEsm.nameOfSUInEnglish).toBe(countries.SU.name);
    expect(fromEsm.nameOfSUInEnglish).not.toMatch(/Russia/);
    expect(fromEsm.exportCsvHeader).toBe(toCsv('country').split(/\r?\n/)[0]);
    expect(fromEsm.frozen).toBe(true);
    expect(fromEsm.typo).toMatchObject({ name: 'UnknownIdError', isUnknownId: true, suggestions: ['KZ'] });
    expect(fromEsm.typo.message).toContain('Kazakstan');
    // An error thrown by critical-minerals/catalog is an instance of the core entry's class, and the other way round.
    expect(fromEsm.catalogErrorIsCoreError).toEqual([true, true, true, false]);
    expect(fromEsm.coreErrorIsCatalogError).toEqual([true, false]);
    expect(fromEsm.ownCatalogMineralsOfKZ).toBe(fromEsm.mineralsOf.length);
    expect(fromEsm.ownCatalogBadRecordIssues).toEqual(['kz']);
    expect(fromEsm.exports).toEqual(expect.arrayContaining(['agreementsBetween', 'mineralsOf', 'countriesWith', 'catalog', 'dataset', 'UnknownIdError']));
    expect(fromEsm.catalogExports).toContain('createCatalog');
    expect(fromEsm.schemaExports).toEqual(expect.arrayContaining(['RecordSchemas', 'AnyRecordSchema', 'CountrySchema']));
  });

  test('the schema subpath parses records with zod installed', async ({ expect }) => {
    assertInstalled(node);
    const answers = json<Record<string, unknown>>(await runScript(node, consumer, 'esm.mjs'));
    expect(answers.schemaAcceptsKZ).toBe(true);
    expect(answers.schemaRejectsLowerCaseId).toEqual(['id', 'id']);
  });

  test('the JSON Schema and dataset files resolve through the exports map', async ({ expect }) => {
    assertInstalled(node);
    const answers = json<Record<string, string[]>>(await runScript(node, consumer, 'cjs.cjs'));
    expect(answers.jsonSchemaTitle).toBe('critical-minerals country record');
    expect([...answers.dataAgreementIds!].sort()).toEqual(Object.keys(agreements).sort());
    expect([...answers.ndjsonKinds!].sort()).toEqual([...RECORD_KINDS].sort());
  });

  test('without zod, the core entry works from ESM and CommonJS, and only the schema subpath asks for zod', async ({ expect }) => {
    assertInstalled(node);
    const answers = json<{ esm: number; cjs: number; schema: string }>(await runScript(node, noZod, 'core.mjs'));
    expect(answers.esm).toBe(agreementsBetween('KR', 'KZ').length);
    expect(answers.cjs).toBe(agreementsBetween('KR', 'KZ').length);
    expect(answers.schema).toMatch(/^ERR_MODULE_NOT_FOUND: Cannot find package 'zod'/);
  });

  test('jsonld.toRDF reads the shipped evidence files with the network off, asking only for the shipped context', async ({ expect }) => {
    assertInstalled(node);
    const cut = await networkOff();
    const answers = json<{ quads: number; annotations: number; total: number; asked: string[] }>(
      await runOk(cut.command, [...cut.args, node.node, 'jsonld-offline.cjs'], { cwd: consumer, env: node.env }),
    );
    const fromEntry = json<{ quads: number }>(await runOk(cut.command, [...cut.args, node.node, 'jsonld-offline.mjs'], { cwd: consumer, env: node.env }));
    const expected = await expectedRdf;
    expect(answers).toEqual({ quads: expected.quads, annotations: expected.annotations, total: expected.annotations, asked: [ANNOTATION_CONTEXT] });
    expect(fromEntry.quads).toBe(expected.quads);
  });

  // The CLI through its bin link, as a shell runs it: the `#!/usr/bin/env node` line picks this Node from PATH.
  const cli = (args: readonly string[]) => run(join(consumer, 'node_modules/.bin/critical-minerals'), args, { cwd: consumer, env: node.env });

  test('critical-minerals agreements KR KZ --json exits 0 and prints the agreements as a JSON array', async ({ expect }) => {
    assertInstalled(node);
    const ran = await cli(['agreements', 'KR', 'KZ', '--json']);
    expect(ran.code).toBe(0);
    expect(json<{ id: string }[]>(ran).map((agreement) => agreement.id)).toEqual(agreementsBetween('KR', 'KZ').map((a) => a.id));
  });

  test('critical-minerals minerals XX exits 1 and names XX', async ({ expect }) => {
    assertInstalled(node);
    expect(statSync(join(consumer, 'node_modules/.bin/critical-minerals')).mode & 0o111).not.toBe(0);
    const ran = await cli(['minerals', 'XX']);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('XX');
    expect(ran.stdout).toBe('');
  });

  test('critical-minerals check loads the authoring entry (and zod) from the package, and validates a dataset of quotes', async ({ expect }) => {
    assertInstalled(node);
    const dir = join(consumer, `authoring-${node.major}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'note.txt'), 'Atlantis and Lemuria signed a cobalt pact.');
    const inferred = { basis: 'inferred', note: 'made up', quotes: [] };
    writeFileSync(
      join(dir, 'dataset.json'),
      JSON.stringify([
        { id: 'note', kind: 'source', title: 'Note', language: 'en', publisher: null, url: null, textFile: 'note.txt', evidence: ['Atlantis and Lemuria'], note: null,
          published: { value: '2030-05-04', precision: 'day', earliest: '2030-05-04', latest: '2030-05-04' }, provenance: { title: inferred, published: inferred, language: inferred } },
        { id: 'cobalt-pact', kind: 'topic', name: 'cobalt pact', evidence: ['cobalt pact'], note: null },
      ]),
    );
    const ran = await cli(['check', join(dir, 'dataset.json')]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('ok: 2 records (1 source), 2 quotes found');
  });

  test('critical-minerals frobnicate exits 2 and names the unknown command', async ({ expect }) => {
    assertInstalled(node);
    const ran = await cli(['frobnicate']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('Unknown command "frobnicate"');
    expect(ran.stdout).toBe('');
  });
});
