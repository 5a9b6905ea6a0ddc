/**
 * The docs site a reader walks: the reference grouped by task on every entry, the guides listed first, and the
 * data-model diagrams drawn as pictures that need no network. Converts the project with TypeDoc's API, as
 * `npm run docs` does, and renders it once into .tmp/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, TSConfigReader, TypeDocReader, type ProjectReflection } from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFlowchart, replaceDiagrams } from '../scripts/typedoc-diagrams.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.tmp/api-docs-test');
let project: ProjectReflection;

beforeAll(async () => {
  const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json'), out }, [new TypeDocReader(), new TSConfigReader()]);
  const converted = await app.convert();
  if (!converted) throw new Error('typedoc could not convert the project');
  project = converted;
  await app.generateDocs(project, out);
  expect(app.logger.hasErrors() || app.logger.hasWarnings(), 'typedoc logs no errors or warnings').toBe(false);
}, 120_000);

describe('the reference is grouped by task', () => {
  it('on every entry, every export is in a group that has a description (no group by kind)', () => {
    const ungrouped: string[] = [];
    for (const entry of project.children ?? []) {
      const described = new Set((entry.groups ?? []).filter((g) => (g.description ?? []).length > 0).flatMap((g) => g.children));
      for (const child of entry.children ?? []) if (!described.has(child)) ungrouped.push(`${entry.name}: ${child.name}`);
    }
    expect(project.children?.map((c) => c.name)).toEqual(['critical-minerals', 'critical-minerals/authoring', 'critical-minerals/catalog', 'critical-minerals/export', 'critical-minerals/schema']);
    expect(ungrouped).toEqual([]);
  });

  it('the core entry lists data first, then queries, provenance and evidence, names, types, errors, vocabularies', () => {
    const core = project.children!.find((c) => c.name === 'critical-minerals')!;
    expect(core.groups!.map((g) => g.title)).toEqual(['Data', 'Queries', 'Provenance and evidence', 'Names', 'Record types', 'Errors', 'Vocabularies', 'Record kinds']);
    const group = (name: string) => core.groups!.find((g) => g.children.some((c) => c.name === name))?.title;
    expect([group('agreements'), group('provenanceOf'), group('AGREEMENT_TYPES'), group('UnknownIdError')]).toEqual(['Data', 'Provenance and evidence', 'Vocabularies', 'Errors']);
  });
});

describe('the guides', () => {
  it('come first in the sidebar, in reading order', () => {
    expect(project.groups?.[0]?.title).toBe('Guides');
    expect(project.groups?.[0]?.children.map((c) => c.name)).toEqual(['Getting started', 'Concepts', 'Recipes']);
  });

  it('are pages of the site, linked to the reference', () => {
    const page = readFileSync(join(out, 'documents/Recipes.html'), 'utf8');
    expect(page).toContain('href="../functions/critical-minerals.timeline.html"');
    expect(page).toContain('href="../functions/critical-minerals_catalog.createCatalog.html"');
  });
});

describe('the data-model diagrams', () => {
  it.each([
    ['index.html', 'README.md'],
    ['documents/data-model.html', 'docs/data-model.md'],
  ])('%s shows the diagram of %s as an inline SVG, with no mermaid source and nothing to fetch', (page, markdown) => {
    const html = readFileSync(join(out, page), 'utf8');
    const source = /```mermaid\n([\s\S]*?)```/.exec(readFileSync(join(root, markdown), 'utf8'))![1]!;
    const svg = /<svg[^>]*class="data-model-diagram"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).not.toBe('');
    expect(html).not.toMatch(/language-mermaid|flowchart LR|erDiagram/);
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|<image|<script/);
    const chart = parseFlowchart(source);
    for (const node of chart.nodes.values()) expect(svg, node.id).toContain(`>${node.label}</text>`);
    expect(svg.match(/<path d=/g)?.length, 'one line per edge, plus the arrow head').toBe(chart.edges.reduce((n, e) => n + e.to.length, 0) + 1);
  });

  it('a diagram outside the supported subset fails the build with its line, instead of drawing something wrong', () => {
    expect(() => replaceDiagrams('```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n')).toThrow(/sequenceDiagram/);
    expect(() => replaceDiagrams('```mermaid\nflowchart LR\n  a ==> b\n```\n')).toThrow(/a ==> b/);
  });
});
