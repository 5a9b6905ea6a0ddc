/**
 * The agreement graph as Cytoscape.js elements JSON (`cy.add(json.elements)`), the same graph as the GraphML export.
 *
 * @module
 */
import { agreementGraph, type GraphEdge, type GraphNode } from './agreement-graph.js';
import type { AnyDataset } from './record-kind.js';
import { dataset } from '../embedded.js';

/**
 * Cytoscape.js elements: `{ data }` objects for nodes and edges.
 *
 * @group Graphs and viewer
 */
export interface CytoscapeElements {
  readonly elements: {
    readonly nodes: readonly { readonly data: GraphNode }[];
    readonly edges: readonly { readonly data: GraphEdge }[];
  };
}

/**
 * Who agreed with whom, as Cytoscape.js JSON: agreements as nodes linked to their parties (and signers), each edge
 * with its `role` and `evidence` (annotation ids). Returns the JSON text.
 *
 * @example
 * ```ts
 * import { toCytoscape } from 'critical-minerals/export';
 * const { elements } = JSON.parse(toCytoscape());
 * const edge = elements.edges.find((e: { data: { id: string } }) => e.data.id === 'kr-kz-lithium-mou--party--KZ');
 * console.log(edge.data.role, edge.data.evidence.length > 0); // party true
 * ```
 * @group Graphs and viewer
 */
export function toCytoscape(data: AnyDataset = dataset): string {
  const { nodes, edges } = agreementGraph(data);
  const json: CytoscapeElements = { elements: { nodes: nodes.map((n) => ({ data: n })), edges: edges.map((e) => ({ data: e })) } };
  return `${JSON.stringify(json, null, 2)}\n`;
}
