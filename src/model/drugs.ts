// Pure queries over the drug library: search, grouping by class, the nodes and names of targets, and main potency.

import { lookupKey } from './lookupKey';
import type { Drug, DrugClass, DrugTarget, Isoform, Model, PathwayNode } from './types';

/** How an isoform is written after its target's name ("PI3Kα"). */
export const ISOFORM_SYMBOL: Readonly<Record<Isoform, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
};

/** Every node that embodies a drug target: the node itself, its isoforms and its copies in metabolic tissues. */
export function nodesOfTarget(model: Model, target: string): PathwayNode[] {
  return model.pathway.nodes.filter((n) => (n.target ?? n.id) === target);
}

/** The tumour-cell node a drug target names (metabolic-tissue copies share the target id but are not the label). */
export function targetNode(model: Model, target: string): PathwayNode | undefined {
  const nodes = nodesOfTarget(model, target);
  return nodes.find((n) => n.compartment !== 'systemic') ?? nodes[0];
}

/** The longest start every label shares, without a dangling separator ("InsR-A", "InsR-B (body)" → "InsR"). */
function sharedStart(labels: readonly string[]): string {
  let start = labels[0] ?? '';
  for (const label of labels) while (!label.startsWith(start)) start = start.slice(0, -1);
  return start.replace(/[\s\-–(]+$/, '');
}

/**
 * A target's own name, from the labels of the nodes that embody it: one node gives its label; isoforms and tissue
 * copies give the name they share (PI3Kα, PI3Kβ, "PI3Kα (body)" → "PI3K"). Falls back to the tumour-cell node's label.
 */
export function targetName(model: Model, target: string): string {
  const nodes = nodesOfTarget(model, target);
  const shared = sharedStart(nodes.map((n) => n.label));
  return shared || (targetNode(model, target)?.label ?? target);
}

/** A drug target as written in lists: the target's name and the isoform it is specific for ("PI3Kβ"). */
export function targetLabel<T extends Pick<DrugTarget, 'target' | 'isoform'>>(
  model: Model,
  target: T,
): string {
  return `${targetName(model, target.target)}${target.isoform ? ISOFORM_SYMBOL[target.isoform] : ''}`;
}

/**
 * Main targets as a short human list ("mTORC1, PI3Kα"); more than four end in "…". `targets` narrows the list (the
 * library passes the targets the dose inhibits meaningfully, src/engine/targetInhibition.ts).
 */
export function mainTargets(
  model: Model,
  drug: Drug,
  targets: ReadonlyArray<Pick<DrugTarget, 'target' | 'isoform'>> = drug.targets,
): string {
  const names = [...new Set(targets.map((t) => targetLabel(model, t)))];
  return names.slice(0, 4).join(', ') + (names.length > 4 ? '…' : '');
}

/** Drugs whose name, id or a synonym contains the query, ignoring case, spaces and dashes. */
export function filterDrugs(drugs: readonly Drug[], query: string): readonly Drug[] {
  const q = lookupKey(query);
  if (!q) return drugs;
  return drugs.filter((d) => [d.id, d.name, ...d.synonyms].some((n) => lookupKey(n).includes(q)));
}

/** Drugs grouped by class, in the order data/drug-classes.json lists the classes; empty classes are left out. */
export function groupByClass(
  model: Model,
  drugs: readonly Drug[],
): Array<readonly [DrugClass, readonly Drug[]]> {
  const byClass = new Map<DrugClass, Drug[]>();
  for (const d of drugs) byClass.set(d.class, [...(byClass.get(d.class) ?? []), d]);
  return [...model.classById.keys()]
    .filter((c) => byClass.has(c))
    .map((c) => [c, byClass.get(c) ?? []] as const);
}

/** The drugs that act on a node (through the target it embodies). */
export function drugsActingOn(model: Model, node: PathwayNode): readonly Drug[] {
  const target = node.target ?? node.id;
  return model.drugs.filter((d) => d.targets.some((t) => t.target === target));
}

/** The most potent measured target: the IC50 the dose control marks. */
export function mainPotency(drug: Drug): { nM: number; target: string } | null {
  let best: { nM: number; target: string } | null = null;
  for (const t of drug.targets)
    if (t.value_nM !== null && (best === null || t.value_nM < best.nM))
      best = { nM: t.value_nM, target: t.target };
  return best;
}
