/**
 * The guides in docs/guides/ are part of the docs site, and their code must not drift from the API: every
 * TypeScript block runs here and must print what its `// …` comments say. A block in another language (shell,
 * SQL, Python) cannot run here, so the guide must say so, in the line just above it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedOutput, normalize, runSnippet } from './snippets.js';

const guidesDir = new URL('../docs/guides/', import.meta.url).pathname;
const guides = readdirSync(guidesDir).filter((name) => name.endsWith('.md')).sort();

interface Block {
  readonly guide: string;
  readonly line: number;
  readonly language: string;
  readonly code: string;
  /** The last non-blank line of text before the block. */
  readonly lead: string;
}

/** Every fenced code block of a guide, with its language and the line that introduces it. */
function blocksOf(guide: string): Block[] {
  const text = readFileSync(join(guidesDir, guide), 'utf8');
  const blocks: Block[] = [];
  for (const match of text.matchAll(/^```(\S*)[^\n]*\n([\s\S]*?)^```$/gm)) {
    const before = text.slice(0, match.index);
    const lead = before.trimEnd().split('\n').at(-1) ?? '';
    blocks.push({ guide, line: before.split('\n').length, language: match[1]!, code: match[2]!, lead });
  }
  return blocks;
}

const blocks = guides.flatMap(blocksOf);
const typescript = blocks.filter((b) => b.language === 'ts');
const ran = new Set<Block>();

describe('the guides', () => {
  it('are the three the site lists first: getting started, concepts, recipes', () => {
    expect(guides).toEqual(['concepts.md', 'getting-started.md', 'recipes.md']);
  });

  it('mark every block that is not TypeScript as not run, in the line above it', () => {
    const unmarked = blocks.filter((b) => b.language !== 'ts').filter((b) => !/not run by the tests/i.test(b.lead) || b.language === '');
    expect(unmarked.map((b) => `${b.guide}:${b.line} (${b.language || 'no language'})`)).toEqual([]);
  });

  it.each(typescript.map((b) => [`${b.guide}:${b.line}`, b] as const))('%s runs and prints what it says', async (name, block) => {
    const lines = block.code.split('\n');
    const expected = expectedOutput(lines);
    expect(expected.length, 'each block shows its output').toBeGreaterThan(0);
    const logged = await runSnippet(`guide-${name}`, block.code);
    expect(logged.map(normalize)).toEqual(expected.map(normalize));
    ran.add(block);
  });

  it('ran every TypeScript block, and each guide has some', () => {
    expect(typescript.filter((b) => !ran.has(b)).map((b) => `${b.guide}:${b.line}`)).toEqual([]);
    for (const guide of guides) expect(typescript.some((b) => b.guide === guide), guide).toBe(true);
  });
});
