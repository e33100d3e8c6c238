// Scenario result → the canvas overlay: activities before/after, how much of each node is blocked, drug markers.
import type { ScenarioResult } from '../engine/scenario';
import { actsMeaningfullyOn } from '../engine/targetInhibition';
import type { Model } from '../model/types';
import { badgeName, mutationBadges, type Overlay } from './elements';

export { badgeName } from './elements';

/** Builds the overlay; with no drugs the untreated state is shown against itself (all grey). */
export function toOverlay(model: Model, result: ScenarioResult): Overlay {
  const block = new Map<string, number>();
  const fx = result.effects;
  for (const m of [fx.catalytic, fx.allosteric, fx.activation])
    for (const [node, b] of m) block.set(node, Math.max(block.get(node) ?? 0, b));
  const markers = new Map<string, string[]>();
  for (const [node, drugIds] of fx.actionPoints) {
    // A badge only where the dose inhibits the node's target meaningfully (the library lists the same targets).
    const names = result.treatment
      .filter((g) => drugIds.includes(g.drug.id) && actsMeaningfullyOn(model, g, result.mutations, node))
      .map((g) => badgeName(g.drug));
    if (names.length) markers.set(node, names);
  }
  const outputBlock = new Map<string, number>();
  for (const n of model.pathway.nodes) {
    const catalytic = n.autophosphorylation ? 0 : (fx.catalytic.get(n.id) ?? 0);
    const allosteric = fx.allosteric.get(n.id) ?? 0;
    if (catalytic > 0 || allosteric > 0) outputBlock.set(n.id, 1 - (1 - catalytic) * (1 - allosteric));
  }
  return {
    reference: result.reference,
    value: result.value,
    block,
    outputBlock,
    markers,
    loopsOff: result.loopsOff,
    mutationBadges: mutationBadges(model, result.mutations),
  };
}
