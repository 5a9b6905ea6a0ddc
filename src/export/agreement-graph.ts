/**
 * Who agreed with whom, as a graph: each agreement is a node linked to its parties (and to the people who signed
 * or agreed it), so a three-party agreement is one node with three edges, never three pairs, and what an agreement
 * is about (its subjects) is never an edge between parties. Each edge carries the ids of the evidence quotes that
 * say it (the annotation ids of the JSON-LD export). The GraphML and Cytoscape.js exports render this one model.
 *
 * @module
 */
import { dataset } from '../embedded.js';
import type { ProvenanceRef } from '../provenance.js';
import type { AnyIds, AnyRecord, Dataset } from '../types.js';
import { annotationId } from './json-ld.js';
import type { AnyDataset } from './record-kind.js';

/**
 * A node: an agreement, or a party or person linked to one.
 *
 * @group Graphs and viewer
 */
export interface GraphNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  /** For an agreement: its type (`mou`, `deal`…) and date (`2024-06-11`, or empty). */
  readonly type?: string;
  readonly date?: string;
}

/**
 * How an agreement is linked to a node.
 *
 * @group Graphs and viewer
 */
export type GraphRole = 'party' | 'signedBy' | 'agreedBy';

/**
 * An edge from an agreement to one of its parties, signers or agreeing actors.
 *
 * @group Graphs and viewer
 */
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly role: GraphRole;
  /** Annotation ids of the quotes that say it. */
  readonly evidence: readonly string[];
}

const ROLES: readonly GraphRole[] = ['party', 'signedBy', 'agreedBy'];
const FIELD: Record<GraphRole, 'parties' | 'signedBy' | 'agreedBy'> = { party: 'parties', signedBy: 'signedBy', agreedBy: 'agreedBy' };

function labelOf(record: AnyRecord<AnyIds> | undefined, id: string): string {
  const r = record as unknown as Record<string, unknown> | undefined;
  return typeof r?.['name'] === 'string' ? (r['name'] as string) : id;
}

/** The agreement graph of a dataset: nodes (agreements first, then the others in first-seen order) and edges. */
export function agreementGraph(data: AnyDataset = dataset): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const d = data as Dataset<AnyIds>;
  const lookup = (id: string): AnyRecord<AnyIds> | undefined => {
    for (const map of Object.values(d)) if (Object.hasOwn(map, id)) return (map as Record<string, AnyRecord<AnyIds>>)[id];
    return undefined;
  };
  const nodes: GraphNode[] = [];
  const seen = new Set<string>();
  const edges: GraphEdge[] = [];
  const others: GraphNode[] = [];
  for (const agreement of Object.values(d.agreements)) {
    nodes.push({ id: agreement.id, kind: 'agreement', label: agreement.name, type: agreement.type, date: agreement.date?.value ?? '' });
    const provenance = agreement.provenance as Readonly<Record<string, ProvenanceRef<AnyIds>>>;
    for (const role of ROLES) {
      const ids = agreement[FIELD[role]] ?? [];
      const evidence = (provenance[FIELD[role]]?.evidence ?? []).map((i) => annotationId(agreement.id, i));
      for (const id of ids) {
        edges.push({ id: `${agreement.id}--${role}--${id}`, source: agreement.id, target: id, role, evidence });
        if (!seen.has(id)) {
          seen.add(id);
          const record = lookup(id);
          others.push({ id, kind: record?.kind ?? 'unknown', label: labelOf(record, id) });
        }
      }
    }
  }
  return { nodes: [...nodes, ...others], edges };
}
