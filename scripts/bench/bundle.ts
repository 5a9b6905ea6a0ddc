/**
 * What a consumer's bundle pays for `critical-minerals`: a browser bundle (esbuild, minified, ES module) of a
 * consumer module that imports one helper or one entry point straight from `src/`, gzipped at level 9. Also
 * used by `test/size.test.ts`, so the budget there and the bench measure the same bytes.
 *
 * @module
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The package's entry points, as the `exports` map names them, and their source files. */
export const ENTRY_POINTS = {
  'critical-minerals': 'src/index.ts',
  'critical-minerals/schema': 'src/schema/index.ts',
  'critical-minerals/catalog': 'src/create-catalog.ts',
  'critical-minerals/export': 'src/export/index.ts',
} as const;

/** A bundle's size and what went into it. */
export interface BundleSize {
  /** Minified bytes. */
  readonly bytes: number;
  /** Bytes after gzip -9. */
  readonly gzip: number;
  /** Minified bytes that come from `node_modules/zod`. */
  readonly zodBytes: number;
  /** Node built-ins the bundle imports (left external so they can be seen); should be none. */
  readonly builtins: readonly string[];
  /** Minified bytes in the output per input file, largest first. */
  readonly inputs: readonly { readonly path: string; readonly bytes: number }[];
}

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Leaves Node built-ins external (a browser has none) and records each, so a test can fail on it. */
function recordBuiltins(found: Set<string>): Plugin {
  return {
    name: 'record-builtins',
    setup(b) {
      b.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
        if (!BUILTINS.has(args.path) && !args.path.startsWith('node:')) return undefined;
        found.add(args.path);
        return { path: args.path, external: true };
      });
    },
  };
}

/** gzip -9 size of a string or bytes. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * A browser bundle as every measurement and test here makes one: esbuild, ES module, minified, es2022, with
 * Node built-ins left external and listed (a browser has none, so any is a failure to report). `entry` is a
 * file, or the source of a consumer module resolved from `dir`.
 */
export async function browserBundle(entry: { readonly file: string } | { readonly contents: string }, dir = ROOT) {
  const builtins = new Set<string>();
  const result = await build({
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents, resolveDir: dir, sourcefile: 'consumer.ts', loader: 'ts' as const } }),
    absWorkingDir: dir,
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    minify: true,
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    plugins: [recordBuiltins(builtins)],
  });
  return { code: result.outputFiles[0]!.contents, metafile: result.metafile, builtins: [...builtins].sort() };
}

/** Bundles `contents` (a consumer module, ES syntax, resolved from the repository root) and measures it. */
export async function bundleConsumer(contents: string): Promise<BundleSize> {
  const { code, metafile, builtins } = await browserBundle({ contents });
  const output = Object.values(metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter((i) => i.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const zodBytes = inputs.filter((i) => /(^|\/)node_modules\/zod\//.test(i.path)).reduce((sum, i) => sum + i.bytes, 0);
  return { bytes: code.length, gzip: gzipSize(code), zodBytes, builtins, inputs };
}

/** A consumer that imports only `names` from an entry point and keeps them (re-exported, so none is shaken off). */
export function consumerOf(names: readonly string[], entry: keyof typeof ENTRY_POINTS = 'critical-minerals'): string {
  return `export { ${names.join(', ')} } from './${ENTRY_POINTS[entry]}';\n`;
}

/** A consumer that keeps everything an entry point exports. */
export function consumerOfAll(entry: keyof typeof ENTRY_POINTS): string {
  return `export * from './${ENTRY_POINTS[entry]}';\n`;
}
