/**
 * The agreement graph as GraphML (for Gephi, yEd, Cytoscape desktop, NetworkX): agreements as nodes linked to
 * their parties, each edge with its role and the ids of its evidence quotes.
 *
 * @module
 */
import { agreementGraph } from './agreement-graph.js';
import type { AnyDataset } from './record-kind.js';
import { dataset } from '../embedded.js';

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * Who agreed with whom, as a GraphML document: a node per agreement and per party (or signer), an edge from each
 * agreement to each, with `role` and `evidence` (annotation ids, space-separated). Subjects are never edges.
 *
 * @example
 * ```ts
 * import { toGraphMl } from 'critical-minerals/export';
 * const graphml = toGraphMl();
 * console.log(graphml.includes('<edge id="kr-kz-lithium-mou--party--KZ" source="kr-kz-lithium-mou" target="KZ">')); // true
 * ```
 * @group Graphs and viewer
 */
export function toGraphMl(data: AnyDataset = dataset): string {
  const { nodes, edges } = agreementGraph(data);
  const keys = [
    ['kind', 'node'],
    ['label', 'node'],
    ['type', 'node'],
    ['date', 'node'],
    ['role', 'edge'],
    ['evidence', 'edge'],
  ] as const;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([name, on]) => `  <key id="${name}" for="${on}" attr.name="${name}" attr.type="string"/>`),
    '  <graph id="agreements" edgedefault="directed">',
  ];
  const data_ = (key: string, value: string | undefined) => (value === undefined ? '' : `<data key="${key}">${xml(value)}</data>`);
  for (const node of nodes) {
    lines.push(`    <node id="${xml(node.id)}">${data_('kind', node.kind)}${data_('label', node.label)}${data_('type', node.type)}${data_('date', node.date)}</node>`);
  }
  for (const edge of edges) {
    lines.push(`    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data_('role', edge.role)}${data_('evidence', edge.evidence.join(' '))}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
