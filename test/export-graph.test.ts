import { describe, expect, it } from 'vitest';
import { toAnnotations, toCytoscape, toGraphMl } from '../src/export/index.js';
import { agreements, countries } from '../src/index.js';

const { elements } = JSON.parse(toCytoscape()) as {
  elements: { nodes: { data: { id: string; kind: string } }[]; edges: { data: { source: string; target: string; role: string; evidence: string[] } }[] };
};
const kindOf = new Map(elements.nodes.map((n) => [n.data.id, n.data.kind]));

describe('who agreed with whom, as a graph', () => {
  it('has one node per agreement, linked to each of its parties', () => {
    for (const agreement of Object.values(agreements)) {
      expect(kindOf.get(agreement.id), agreement.id).toBe('agreement');
      const parties = elements.edges.filter((e) => e.data.source === agreement.id && e.data.role === 'party').map((e) => e.data.target);
      expect(parties, agreement.id).toEqual([...agreement.parties]);
    }
  });

  it('never links two parties directly: every edge starts at an agreement', () => {
    expect(elements.edges.filter((e) => kindOf.get(e.data.source) !== 'agreement')).toEqual([]);
  });

  it('each party edge carries evidence quotes, each naming that party', () => {
    const quotes = new Map(toAnnotations().first.items.map((a) => [a.id, a.target.selector[0].exact]));
    for (const edge of elements.edges.filter((e) => e.data.role === 'party')) {
      expect(edge.data.evidence.length, `${edge.data.source} → ${edge.data.target}`).toBeGreaterThan(0);
      for (const id of edge.data.evidence) expect(quotes.has(id), id).toBe(true);
    }
    const kr = elements.edges.find((e) => e.data.source === 'kr-kz-lithium-mou' && e.data.target === 'KZ')!;
    expect(kr.data.evidence.some((id) => /Kazakh/.test(quotes.get(id)!))).toBe(true);
    expect(countries.KZ.name).toBe('Kazakhstan');
  });

  it('GraphML holds the same nodes and edges, with the evidence ids', () => {
    const graphml = toGraphMl();
    expect(graphml.match(/<node /g)?.length).toBe(elements.nodes.length);
    expect(graphml.match(/<edge /g)?.length).toBe(elements.edges.length);
    const kz = elements.edges.find((e) => e.data.source === 'kr-kz-lithium-mou' && e.data.target === 'KZ')!;
    expect(graphml).toContain(`<data key="evidence">${kz.data.evidence.join(' ')}</data>`);
  });
});
