// Small hand-made networks for exact tests of a node's rule and of the solver: nodes and edges with defaults filled in,
// the curve h(x) = 1.5x / (0.5 + x) that EC50 0.25 and Hill n 1 give, and drug effects with only the blocks named.
import type { DrugEffects } from '../../src/engine/effects';
import type { Model, PathwayEdge, PathwayNode } from '../../src/model/types';
import { model as bundled } from './helpers';

/** The normalised Hill curve every tiny network uses: h(0.25) = 0.5, h(0.5) = 0.75, h(1) = 1. */
export const h = (x: number) => (1.5 * x) / (0.5 + x);

export type NodeSpec = Partial<PathwayNode> & { id: string };
export type EdgeSpec = Partial<PathwayEdge> & { id: string; source: string; target: string };

/** The bundled model with only these nodes, edges and mutations, EC50 0.25 and Hill n 1 (plus `parameters`). */
export function tinyModel(
  nodes: NodeSpec[],
  edges: EdgeSpec[],
  mutations: Model['pathway']['mutations'] = [],
  parameters: Partial<Model['pathway']['parameters']> = {},
): Model {
  const fullNodes = nodes.map((n) => ({
    kind: 'kinase',
    compartment: 'cytoplasm',
    label: n.id,
    ...n,
  })) as PathwayNode[];
  const fullEdges = edges.map((e) => ({
    sign: 'activation',
    speed: 'fast',
    mechanism: 'phosphorylation',
    ...e,
  })) as PathwayEdge[];
  return {
    ...bundled,
    pathway: {
      ...bundled.pathway,
      nodes: fullNodes,
      edges: fullEdges,
      mutations,
      loops: [],
      readouts: [],
      parameters: { ...bundled.pathway.parameters, ec50: 0.25, hill: 1, ...parameters },
    },
    nodeById: new Map(fullNodes.map((n) => [n.id, n])),
  };
}

/** Drug effects with only the blocks given (none by default). */
export const effects = (partial: Partial<DrugEffects> = {}): DrugEffects => ({
  catalytic: new Map(),
  allosteric: new Map(),
  activation: new Map(),
  downregulation: new Map(),
  binding: new Map(),
  shield: new Map(),
  edges: new Map(),
  groups: new Map(),
  actionPoints: new Map(),
  ...partial,
});
