/**
 * Running documentation code: the `@example` blocks of the source (test/examples.test.ts) and the TypeScript blocks
 * of the guides (test/guides.test.ts). A snippet imports the package by its public names; what it logs must match
 * the `// …` comment beside (or under) each `console.log`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatWithOptions } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const srcDir = join(root, 'src');
const outDir = join(root, '.tmp/snippets');

/** Each public entry, by the name a consumer imports it with. */
export const ENTRY_POINTS: Readonly<Record<string, string>> = {
  'critical-minerals': join(srcDir, 'index.ts'),
  'critical-minerals/schema': join(srcDir, 'schema/index.ts'),
  'critical-minerals/catalog': join(srcDir, 'create-catalog.ts'),
  'critical-minerals/export': join(srcDir, 'export/index.ts'),
  'critical-minerals/authoring': join(srcDir, 'authoring/index.ts'),
};

/** What a snippet says it logs: for each `console.log`, the comment on its line or the comment lines under it. */
export function expectedOutput(lines: readonly string[]): string[] {
  const expected: string[] = [];
  lines.forEach((line, i) => {
    if (!/console\.log\(/.test(line)) return;
    const inline = /\);\s*\/\/ (.*)$/.exec(line);
    if (inline) {
      expected.push(inline[1]!);
      return;
    }
    const below: string[] = [];
    for (let j = i + 1; j < lines.length && /^\s*\/\/ /.test(lines[j]!); j++) below.push(lines[j]!.replace(/^\s*\/\/ /, ''));
    expected.push(below.join('\n'));
  });
  return expected;
}

/** Whitespace-insensitive form of logged text, so a comment may wrap what `console.log` prints on one line. */
export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Runs a snippet as a module, its package imports pointed at the source entries, and returns what it logged.
 * Throws if the snippet imports by a relative path: documentation code uses the package's public names.
 */
export async function runSnippet(name: string, source: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  let code = source;
  for (const [specifier, path] of Object.entries(ENTRY_POINTS)) code = code.replaceAll(`'${specifier}'`, JSON.stringify(path));
  if (/from '\.\.?\//.test(code)) throw new Error(`${name} imports by a relative path; import from the package entry points`);
  const file = join(outDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.ts`);
  const logged: string[] = [];
  (globalThis as Record<string, unknown>)['__snippetLog'] = (...args: unknown[]) => logged.push(formatWithOptions({}, ...args));
  writeFileSync(file, `const console = { log: (...a: unknown[]) => (globalThis as any).__snippetLog(...a) };\n${code}\n`);
  await import(`${file}?t=${Date.now()}`);
  return logged;
}
