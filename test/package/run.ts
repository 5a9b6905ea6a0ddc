/**
 * Helpers for `test/package.test.ts`: run a command the way a person at a shell would, and lay out a copy of the
 * repository to build and pack without touching the working tree's `dist/`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository root. */
export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** What a command printed, and how it ended. */
export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The command line, for failure messages. */
  readonly command: string;
}

/**
 * The environment for child commands: this process's, without the `npm_*` variables that `npm test` sets. A
 * nested `npm` would otherwise read them as its own configuration (for example the outer project's prefix).
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  return {
    ...env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}

/** Runs a command to its end (or `timeoutMs`), never throwing on a non-zero exit. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<Ran> {
  const line = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out after ${options.timeoutMs} ms: ${line}\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, command: line });
    });
  });
}

/** Runs a command and throws, with everything it printed, unless it exits 0. */
export async function runOk(
  command: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<Ran> {
  const ran = await run(command, args, options);
  if (ran.code !== 0) throw new Error(`exit ${ran.code}: ${ran.command}\n${ran.stdout}\n${ran.stderr}`);
  return ran;
}

/** What the build reads: everything else in the repository stays out of the copy. */
const BUILD_INPUTS = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsup.config.ts',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'docs/authoring.md',
  'docs/data-model.md',
  'docs/inferences.md',
  'docs/performance.md',
  'docs/guides',
  'src',
  'data',
  'scripts',
  'schema',
  'catalog',
];

/**
 * Copies the build's inputs into `to`, with `node_modules` linked to this repository's, so that the build and
 * `npm pack` there see the working tree's sources but write nowhere in it (other tests may read `dist/`).
 */
export function copyRepository(to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of BUILD_INPUTS) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(to, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** Every file under `dir`, as paths relative to `base`, sorted. */
export function filesUnder(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, base));
    else out.push(relative(base, path));
  }
  return out.sort();
}
