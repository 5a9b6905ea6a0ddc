/**
 * Every `@example` in the public source runs here, and what it logs must match the `// …` comment beside (or
 * under) each `console.log`: the docs cannot drift from the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS, expectedOutput, normalize, runSnippet } from './snippets.js';

const root = new URL('..', import.meta.url).pathname;
const srcDir = join(root, 'src');

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
    const expected = expectedOutput(lines);
    const before = text.slice(0, match.index);
    const symbol = /export (?:declare )?(?:async )?(?:function|const|class|interface|type)\s+(\w+)/.exec(text.slice(match.index))?.[1] ?? `module`;
    const line = before.split('\n').length;
    examples.push({ name: `${relative(root, file)}:${line} (${symbol})`, code: lines.join('\n'), expected });
  }
  return examples;
}

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
    const logged = await runSnippet(example.name, example.code);
    expect(logged.map(normalize)).toEqual(example.expected.map(normalize));
    expect(example.expected.length, 'each example shows its output').toBeGreaterThan(0);
  });
});
