// What the app adds to the graph formats (Cytoscape.js JSON, CX2) to reread its own files without loss: the model's
// loops, readouts, mutations, parameters and cited references as one record, and nodes and edges cut back to the
// fields the data schema knows (other tools add their own columns, such as SUID or selected).
import { edgeSchema, nodeSchema } from '../model/schema';
import type { Model, Reference } from '../model/types';
import { fromFlatAttrs } from './records';

export interface ModelMeta {
  schemaVersion: number;
  loops: unknown[];
  readouts: unknown[];
  mutations: unknown[];
  parameters: unknown;
  references: Reference[];
}

/** Every reference id the pathway cites: on its nodes, edges, loops and mutations, and as mutation potency sources. */
export function citedReferenceIds(model: Model): Set<string> {
  const { pathway } = model;
  const cited = new Set<string>();
  for (const x of [...pathway.nodes, ...pathway.edges, ...pathway.loops, ...pathway.mutations])
    for (const r of x.references) cited.add(r);
  for (const m of pathway.mutations)
    for (const e of m.effects) if (e.op === 'potencyFold' || e.op === 'gain') cited.add(e.source);
  return cited;
}

/** The model-level record a graph format carries beside its nodes and edges. */
export function modelMeta(model: Model): ModelMeta {
  const { pathway } = model;
  const cited = citedReferenceIds(model);
  return {
    schemaVersion: pathway.schemaVersion,
    loops: [...pathway.loops],
    readouts: [...pathway.readouts],
    mutations: [...pathway.mutations],
    parameters: pathway.parameters,
    references: [...cited].map((id) => model.references.get(id)).filter((r): r is Reference => !!r),
  };
}

function keep(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => keys.includes(k)));
}

const NODE_KEYS = Object.keys(nodeSchema.shape);
const EDGE_KEYS = Object.keys(edgeSchema.shape);

/** A node record from flat attributes (unknown columns dropped). */
export function nativeNode(attrs: Record<string, unknown>): Record<string, unknown> {
  return keep(fromFlatAttrs(attrs), NODE_KEYS);
}

/** An edge record from flat attributes (unknown columns dropped). */
export function nativeEdge(attrs: Record<string, unknown>): Record<string, unknown> {
  return keep(fromFlatAttrs(attrs), EDGE_KEYS);
}

/** The pathway and references of a native file from its nodes, edges and model record. */
export function nativePathway(
  meta: ModelMeta,
  nodes: Array<Record<string, unknown>>,
  edges: Array<Record<string, unknown>>,
): { pathway: Record<string, unknown>; references: Reference[] } {
  return {
    pathway: {
      schemaVersion: meta.schemaVersion,
      nodes,
      edges,
      loops: meta.loops,
      readouts: meta.readouts,
      mutations: meta.mutations,
      parameters: meta.parameters,
    },
    references: meta.references ?? [],
  };
}
