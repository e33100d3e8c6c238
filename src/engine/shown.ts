// The one rule for what a node shows, used by the canvas, inspector, effects panel, captions and exports alike.
import type { Model, PathwayNode, Readout } from '../model/types';
import type { DrugEffects } from './effects';
import type { Network } from './network';
import { readoutValue } from './simulate';

/** What a node stands for on screen: its readout where it has one, else its activity net of any block on its output. */
export interface NodeQuantity {
  node: PathwayNode;
  /** The contract readout the node shows (and the effects panel names), if any. */
  readout?: Readout;
  /** Short name drawn on the node: the readout's node label (e.g. "p-PRAS40") or the node's own label. */
  label: string;
  /** What the value means, in words, for the inspector and screen readers. */
  meaning: string;
}

const quantityCache = new WeakMap<Model, Map<string, NodeQuantity>>();

/** The quantity every node shows, by node id. */
export function nodeQuantities(model: Model): Map<string, NodeQuantity> {
  const cached = quantityCache.get(model);
  if (cached) return cached;
  const byNode = new Map(model.pathway.readouts.map((r) => [r.node, r]));
  const out = new Map<string, NodeQuantity>();
  for (const node of model.pathway.nodes) {
    const readout = byNode.get(node.id);
    out.set(node.id, {
      node,
      readout,
      label: readout?.nodeLabel ?? node.label,
      meaning: readout ? readout.label : `${node.label} activity`,
    });
  }
  quantityCache.set(model, out);
  return out;
}

/** The value a node shows in a simulated state (activities y of `network`, blocks `effects`). */
export function shownValue(
  model: Model,
  state: { network: Network; effects: DrugEffects; y: Float64Array },
  nodeId: string,
): number {
  const q = nodeQuantities(model).get(nodeId);
  if (q?.readout) return readoutValue(model, state, q.readout);
  const i = state.network.index.get(nodeId);
  if (i === undefined) return Number.NaN;
  // A blocked kinase is shown by what it passes on, not by its own (often feedback-raised) activity.
  const node = q?.node;
  const catalytic = node?.autophosphorylation ? 0 : (state.effects.catalytic.get(nodeId) ?? 0);
  const allosteric = state.effects.allosteric.get(nodeId) ?? 0;
  return (state.y[i] as number) * (1 - catalytic) * (1 - allosteric);
}
