// The core-pathway view: which canvas elements it hides (the whole-body and EMT subsystems, their band, badges and
// markers), as a pure list the canvas applies.
import type { Model } from '../model/types';

/** Ids of the nodes the core view hides, and of the elements drawn for them (band, drug marker, mutation badge). */
export function hiddenInCoreView(model: Model): string[] {
  const nodes = model.pathway.nodes.filter((n) => n.subsystem !== undefined).map((n) => n.id);
  const wholeBody = model.pathway.nodes.some((n) => n.subsystem === 'whole-body');
  return [
    ...nodes,
    ...nodes.flatMap((id) => [`marker-${id}`, `mutation-${id}`]),
    ...(wholeBody ? ['band-systemic'] : []),
  ];
}
