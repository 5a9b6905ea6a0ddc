/**
 * Every `@example` in the public source runs here, and what it logs must match the `// …` comment beside (or
 * under) each `console.log`: the docs cannot drift from the code.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatWithOptions } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const srcDir = join(root, 'src');
const outDir = join(root, '.tmp/examples');

const ENTRY_POINTS: Record<string, string> = {
  'critical-minerals': join(srcDir, 'index.ts'),
  'critical-minerals/schema': join(srcDir, 'schema/index.ts'),
  'critical-minerals/catalog': join(srcDir, 'create-catalog.ts'),
  'critical-minerals/export': join(srcDir, 'export/index.ts'),
  'critical-minerals/authoring': join(srcDir, 'authoring/index.ts'),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  readonly name: string;
  readonly code: string;
  readonly expected: string[];
}

/** The fenced code of each `@example` block in a file's TSDoc comments. */
function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  const pattern = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
  for (const match of text.matchAll(pattern)) {
    const lines = match[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
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
    const before = text.slice(0, match.index);
    const symbol = /export (?:declare )?(?:function|const|class|interface|type)\s+(\w+)/.exec(text.slice(match.index))?.[1] ?? `module`;
    const line = before.split('\n').length;
    examples.push({ name: `${relative(root, file)}:${line} (${symbol})`, code: lines.join('\n'), expected });
  }
  return examples;
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const examples = sourceFiles(srcDir).flatMap(examplesIn);

describe('@example blocks run and print what they say', () => {
  it('every function and class a public entry exports has an example', async () => {
    const missing: string[] = [];
    for (const [specifier, path] of Object.entries(ENTRY_POINTS)) {
      const entry = (await import(path)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(entry)) {
        if (typeof value === 'function' && !examples.some((e) => e.name.endsWith(`(${name})`))) missing.push(`${specifier}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s', async (_name, example) => {
    mkdirSync(outDir, { recursive: true });
    let code = example.code;
    for (const [specifier, path] of Object.entries(ENTRY_POINTS)) code = code.replaceAll(`'${specifier}'`, JSON.stringify(path));
    expect(code, 'an example imports only from the package entry points').not.toMatch(/from '\.\.?\//);
    const file = join(outDir, `${example.name.replace(/[^a-z0-9]+/gi, '-')}.ts`);
    const logged: string[] = [];
    (globalThis as Record<string, unknown>)['__exampleLog'] = (...args: unknown[]) => logged.push(formatWithOptions({}, ...args));
    writeFileSync(file, `const console = { log: (...a: unknown[]) => (globalThis as any).__exampleLog(...a) };\n${code}\n`);
    await import(`${file}?t=${Date.now()}`);
    expect(logged.map(normalize)).toEqual(example.expected.map(normalize));
    expect(example.expected.length, 'each example shows its output').toBeGreaterThan(0);
  });
});
