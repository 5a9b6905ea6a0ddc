/**
 * The package build. Two builds:
 *
 * - the library: `src/index.ts` → `dist/index`, `src/schema/index.ts` → `dist/schema`, `src/create-catalog.ts`
 *   → `dist/catalog`, each as ESM (`.js` + `.d.ts`) and CommonJS (`.cjs` + `.d.cts`), so a type checker sees
 *   CommonJS types for `require` and ES module types for `import`. Platform neutral, and a Node built-in
 *   imported anywhere in the library fails the build instead of shipping (the core runs in browsers). Code shared by the entries (the error classes, the
 *   vocabularies) is split into chunks in both formats, so `require('critical-minerals').DatasetError` is the same
 *   class as `require('critical-minerals/catalog').DatasetError`.
 * - then the ES module core entry again, `dist/index.js` as one self-contained file (`coreEntry`): a file and its
 *   imports are each a module Node must resolve, read and link, and in one file the core imports about 2 ms
 *   sooner. Its error classes are then a copy of the ones in the chunks; `instanceof` still holds across copies
 *   (see `CriticalMineralsError`), and a catalog made by the core and passed as `extends` to
 *   `critical-minerals/catalog` is checked as input instead of trusted.
 * - the CLI: `src/cli.ts` → `dist/cli.js`, ES module only, for Node, with a `#!/usr/bin/env node` line. It
 *   imports the data, the helpers, the errors and the vocabularies from `./index.js`, the library's own ES module
 *   entry, instead of bundling a second copy: the package ships the data once, and an error the library throws
 *   is an instance of the class the CLI checks for.
 *
 * zod stays external everywhere: it is an optional peer dependency, needed only by `/schema` and `/catalog`.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const shared = {
  target: 'es2022',
  external: ['zod'],
  treeshake: true,
  sourcemap: false,
  minify: false,
  outDir: 'dist',
  // Keep `node:` in the CLI's imports (Node 20 has them all), and let the library's check below see them.
  removeNodeProtocol: false,
} satisfies Options;

const BUILT_IN = new Set(builtinModules);

/** Fails the build on `node:fs`, `fs`, `fs/promises`…: esbuild (and tsup) would otherwise leave them external. */
const noNodeBuiltIns: EsbuildPlugin = {
  name: 'no-node-built-ins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!args.path.startsWith('node:') && !BUILT_IN.has(name) && !BUILT_IN.has(name.split('/')[0]!)) return undefined;
      return { errors: [{ text: `"${args.path}" is a Node built-in: the library entries must run in browsers too` }] };
    });
  },
};

const library: Options = {
  ...shared,
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    catalog: 'src/create-catalog.ts',
    export: 'src/export/index.ts',
    authoring: 'src/authoring/index.ts',
  },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  esbuildPlugins: [noNodeBuiltIns],
  splitting: true,
  dts: true,
  // tsup runs the two builds at once: the library's clean must spare the CLI's output.
  clean: ['!cli.js'],
  onSuccess: coreEntry,
};

/**
 * Rewrites the split `dist/index.js` as one file, with the library's options (the types stay as tsup wrote them),
 * minified: the fewer characters V8 scans and compiles at import, the sooner the import ends (about 0.5 ms of the
 * 3 to 4 the core costs above a plain `JSON.parse` of its data).
 */
async function coreEntry(): Promise<void> {
  await build({
    entryPoints: ['src/index.ts'],
    outfile: 'dist/index.js',
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: shared.target,
    external: shared.external,
    minify: true,
    plugins: [noNodeBuiltIns],
    logLevel: 'warning',
  });
}

const CLI = 'src/cli.ts';
/** Modules whose every export `src/index.ts` re-exports: the CLI takes them from `dist/index.js`. */
const IN_CORE_ENTRY = new Set(['src/index.ts', 'src/embedded.ts', 'src/errors.ts', 'src/vocabulary.ts'].map((path) => resolve(path)));

const AUTHORING_ENTRY = resolve('src/authoring/index.ts');

const useCoreEntry: EsbuildPlugin = {
  name: 'use-core-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = resolve(dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
      if (IN_CORE_ENTRY.has(target)) return { path: './index.js', external: true };
      // The authoring commands load the authoring entry (and so zod) only when run, from the library's own build.
      if (target === AUTHORING_ENTRY) return { path: './authoring.js', external: true };
      return undefined;
    });
  },
};

const SHEBANG = '#!/usr/bin/env node';

function cli(): Options {
  // If the source already starts with a shebang, esbuild keeps it; adding a banner too would give two.
  const hasShebang = readFileSync(CLI, 'utf8').startsWith('#!');
  return {
    ...shared,
    entry: { cli: CLI },
    format: ['esm'],
    platform: 'node',
    splitting: false,
    dts: false,
    esbuildPlugins: [useCoreEntry],
    clean: false,
    ...(hasShebang ? {} : { banner: { js: SHEBANG } }),
  };
}

export default defineConfig([library, cli()]);
