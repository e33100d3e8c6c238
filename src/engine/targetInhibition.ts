// How much a drug at a dose inhibits each of its targets (the engine's occupancy at the context's potency), and which
// of them it inhibits meaningfully: the one rule for the drug library's target lists and the canvas's drug badges.
import type { DrugTarget, Isoform, Model } from '../model/types';
import { effectivePotency, type GivenDrug, isoformShares } from './effects';
import { occupancy } from './hill';

/** A target counts as hit when the dose occupies at least this share of it (25 % inhibition). */
export const MEANINGFUL_INHIBITION = 0.25;

export interface TargetInhibition {
  target: string;
  isoform?: Isoform;
  /** Occupancy at the dose, 0..1 (the block the engine applies before isoform shares and dimer rules). */
  inhibition: number;
}

/** Each target (and isoform) of a given drug with the share of it the dose occupies, in the drug's target order. */
export function targetInhibitions(
  model: Model,
  given: GivenDrug,
  mutations: readonly string[],
): TargetInhibition[] {
  const { drug, doseNM, nominal } = given;
  const byTarget = new Map<string, DrugTarget[]>();
  for (const t of drug.targets) {
    const key = `${t.target}|${t.isoform ?? ''}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), t]);
  }
  const out: TargetInhibition[] = [];
  for (const entries of byTarget.values()) {
    const first = entries[0];
    if (!first) continue;
    const potency = effectivePotency(model, drug, entries, [...mutations], nominal);
    const inhibition = potency === null ? 0 : occupancy(doseNM, potency);
    out.push({ target: first.target, ...(first.isoform ? { isoform: first.isoform } : {}), inhibition });
  }
  return out;
}

/** The targets a given drug inhibits by at least MEANINGFUL_INHIBITION. */
export function meaningfulTargets(
  model: Model,
  given: GivenDrug,
  mutations: readonly string[],
): TargetInhibition[] {
  return targetInhibitions(model, given, mutations).filter((t) => t.inhibition >= MEANINGFUL_INHIBITION);
}

/**
 * Whether a given drug acts meaningfully on a node: on a target the node embodies, or through a class behaviour the
 * engine applies there (a rapalog's slow block of mTORC2 assembly in the liver), judged by the primary target's
 * occupancy times the behaviour's share.
 */
export function actsMeaningfullyOn(
  model: Model,
  given: GivenDrug,
  mutations: readonly string[],
  nodeId: string,
): boolean {
  const node = model.nodeById.get(nodeId);
  if (!node) return false;
  const target = node.target ?? node.id;
  const inhibitions = targetInhibitions(model, given, mutations);
  // An isoform node (PI3Kα) counts only the isoforms it is made of in this context.
  const shares = node.isoformShare ? isoformShares(model, node, [...mutations]) : null;
  const onNode = inhibitions.filter(
    (t) => t.target === target && (!shares || !t.isoform || (shares[t.isoform] ?? 0) > 0),
  );
  if (inhibitions.some((t) => t.target === target))
    return onNode.some((t) => t.inhibition >= MEANINGFUL_INHIBITION);
  const slow = model.classById.get(given.drug.class)?.behaviours.slowAssemblyBlock;
  if (slow && slow.target === target && slow.compartment === node.compartment)
    return (inhibitions[0]?.inhibition ?? 0) * slow.share >= MEANINGFUL_INHIBITION;
  return false;
}
