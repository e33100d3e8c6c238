// Turns a treatment (drugs and doses) in a cell context into per-node and per-edge blocks the network applies.
import type {
  AntibodyBlock,
  Drug,
  DrugTarget,
  Isoform,
  Model,
  PathwayEdge,
  PathwayNode,
  PotencyVariant,
} from '../model/types';
import { blissCombine, occupancy } from './hill';

export interface GivenDrug {
  drug: Drug;
  /** Dose in nM, or in multiples of the (unknown) potency when `nominal`. */
  doseNM: number;
  /** The drug has no confirmed potency: doses are relative (low = 1 = IC50, high = 30), as the contract defines them. */
  nominal?: boolean;
}

/** Relative doses for drugs without a confirmed potency: low sits at the IC50, high gives near-complete block. */
export const NOMINAL_DOSES = { low: 1, high: 30 } as const;

/** Blocks acting on the network, each in 0..1 (1 = complete). */
export interface DrugEffects {
  /** Kinase output blocked (ATP-competitive, covalent, allosteric kinase inhibitors); for autophosphorylating receptors it lowers their own phosphorylation. */
  catalytic: Map<string, number>;
  /** Output blocked by FKBP12–rapamycin at the FRB domain; each output edge feels it by its allosteric sensitivity. */
  allosteric: Map<string, number>;
  /** The node cannot be activated at all (PH-domain AKT inhibitors, neutralised ligands). */
  activation: Map<string, number>;
  /** Receptor expression removed by antibody-induced internalisation (slow). */
  downregulation: Map<string, number>;
  /** Ligand binding to a receptor blocked by an antibody (the receptor is not free to bind or sequester ligand). */
  binding: Map<string, number>;
  /** Phosphorylation sites shielded from phosphatases by an inhibitor bound to their protein (0..1). */
  shield: Map<string, number>;
  /** Edge inputs blocked by antibodies, keyed by edge id. */
  edges: Map<string, number>;
  /** Edge groups blocked by antibodies, keyed by `${target}|${group}` (a group is blocked once however many of its edges match). */
  groups: Map<string, number>;
  /** Which drugs act where, for markers and explanations: node id → drug ids. */
  actionPoints: Map<string, string[]>;
}

const KINASE_MECHANISMS = new Set(['atp-competitive', 'covalent', 'allosteric']);
const ANTIBODY_MECHANISMS = new Set(['receptor-blocking-antibody', 'antibody-drug-conjugate']);
const ALL_ISOFORMS: Isoform[] = ['alpha', 'beta', 'gamma', 'delta'];

function geometricMean(values: number[]): number {
  return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
}

/**
 * Potency (nM) of one drug target in a context: the measured value for the mutant form when the data have one,
 * and the context's mutation rules (by EGFR TKI generation) for every mutation that measurement does not cover.
 */
export function effectivePotency(
  model: Model,
  drug: Drug,
  entries: DrugTarget[],
  mutations: string[],
  nominal = false,
): number | null {
  // Without a confirmed potency the dose is already in multiples of it, so the wild-type potency is 1.
  const measured = nominal
    ? [1]
    : entries.filter((t) => t.value_nM !== null).map((t) => t.value_nM as number);
  if (measured.length === 0) return null;
  const context = withPotencyAnalogues(model, entries, mutations);
  let value = geometricMean(measured);
  // The most specific measured form the context carries: a value measured on it replaces every rule for its
  // mutations; a binding ratio to wild type replaces only the binding rules (ATP-affinity changes still apply).
  let form: PotencyVariant | undefined;
  for (const entry of entries)
    for (const v of entry.variants ?? []) {
      if (nominal && v.value_nM !== undefined) continue; // relative doses have no nM scale to mix a measured value into
      if (v.mutations.every((m) => context.has(m)) && v.mutations.length > (form?.mutations.length ?? 0))
        form = v;
    }
  if (form?.value_nM !== undefined) value = form.value_nM;
  else if (form?.foldVsWildType !== undefined) value *= form.foldVsWildType;
  const covered = new Set(form?.mutations ?? []);
  // A mutation the chosen form leaves out but another measured form carries (T790M beside L858R, when only each
  // alone was measured) multiplies in that form's binding ratio: the two changes are taken as independent.
  for (const entry of entries)
    for (const v of entry.variants ?? []) {
      if (v === form || v.foldVsWildType === undefined) continue;
      if (v.mutations.every((m) => context.has(m) && !covered.has(m))) {
        value *= v.foldVsWildType;
        for (const m of v.mutations) covered.add(m);
      }
    }
  const keepsAtpRules = form?.value_nM === undefined;
  const target = entries[0]?.target;
  // A gatekeeper mutation that restores ATP affinity cancels the sensitising mutation's potency gain.
  const cancelled = new Set<string>();
  for (const m of model.pathway.mutations)
    if (context.has(m.id))
      for (const e of m.effects)
        if (e.op === 'potencyFold') for (const c of e.cancels ?? []) cancelled.add(c);
  for (const m of model.pathway.mutations) {
    if (!context.has(m.id) || cancelled.has(m.id)) continue;
    for (const e of m.effects) {
      if (e.op !== 'potencyFold' || e.target !== target) continue;
      const basis = e.basis ?? 'binding';
      if (covered.has(m.id) && !(basis === 'atp' && keepsAtpRules)) continue;
      if (drug.egfrGeneration && e.egfrGenerations.includes(drug.egfrGeneration)) value *= e.fold;
    }
  }
  return value;
}

/**
 * The context's mutations as the potency rules read them: a mutation no measured form of these entries names, whose
 * potency analogue (the other sensitising EGFR mutation) a measured form does name, is read as that analogue, so the
 * drug's measurement on one sensitising mutation stands in for the other instead of falling back to wild type.
 */
function withPotencyAnalogues(model: Model, entries: DrugTarget[], mutations: string[]): Set<string> {
  const context = new Set(mutations);
  const named = (id: string) => entries.some((t) => t.variants?.some((v) => v.mutations.includes(id)));
  for (const m of model.pathway.mutations) {
    const analogue = m.potencyAnalogue?.mutation;
    if (!analogue || !context.has(m.id) || context.has(analogue) || named(m.id) || !named(analogue)) continue;
    context.delete(m.id);
    context.add(analogue);
  }
  return context;
}

/** PI3K isoform shares of a node in a context (PTEN loss shifts tumour PI3K to p110β). */
export function isoformShares(
  model: Model,
  node: PathwayNode,
  mutations: string[],
): Partial<Record<Isoform, number>> {
  let share = node.isoformShare ?? {};
  for (const m of model.pathway.mutations) {
    if (!mutations.includes(m.id)) continue;
    for (const e of m.effects) if (e.op === 'isoformShare' && e.node === node.id) share = e.share;
  }
  return share;
}

function nodesForTarget(model: Model, target: string): PathwayNode[] {
  return model.pathway.nodes.filter((n) => (n.target ?? n.id) === target);
}

function matchesBlock(edge: PathwayEdge, receptor: string, block: AntibodyBlock, model: Model): boolean {
  const touches = edge.target === receptor || edge.source === receptor;
  if (!touches) return false;
  if (block === 'binding')
    return (
      edge.target === receptor &&
      edge.mechanism === 'binding' &&
      model.nodeById.get(edge.source)?.kind === 'ligand'
    );
  if (block === 'dimerization')
    return edge.mechanism === 'dimerization' && !edge.ligandIndependent && edge.signal !== 'drug-bound';
  // A complex the overexpressed receptor forms without ligand: a heterodimer (HER2–HER3) or a bound partner (HER2–Src).
  const complex = edge.mechanism === 'dimerization' || edge.mechanism === 'binding';
  return complex && edge.ligandIndependent === true && edge.homodimer !== true;
}

/** Share of each receptor kept out of dimers by the antibodies given (those that block ligand binding or dimerisation). */
function dimerBlocks(model: Model, given: GivenDrug[], mutations: string[]): Map<string, number> {
  const lists = new Map<string, number[]>();
  const blocksDimers = (t: DrugTarget) =>
    (t.blocks ?? []).some((b) => b === 'binding' || b === 'dimerization');
  for (const { target, occ } of antibodyOccupancies(model, given, mutations, blocksDimers))
    for (const node of nodesForTarget(model, target.target))
      lists.set(node.id, [...(lists.get(node.id) ?? []), occ]);
  return new Map([...lists].map(([k, v]) => [k, blissCombine(v)]));
}

/** Each receptor target of the antibodies given that `keep` accepts, with the share of the receptor its dose holds. */
function antibodyOccupancies(
  model: Model,
  given: GivenDrug[],
  mutations: string[],
  keep: (target: DrugTarget) => boolean,
): { target: DrugTarget; occ: number }[] {
  const bound: { target: DrugTarget; occ: number }[] = [];
  for (const { drug, doseNM, nominal } of given) {
    if (!ANTIBODY_MECHANISMS.has(drug.mechanism)) continue;
    for (const target of drug.targets) {
      if (!keep(target)) continue;
      const potency = effectivePotency(model, drug, [target], mutations, nominal);
      if (potency !== null) bound.push({ target, occ: occupancy(doseNM, potency) });
    }
  }
  return bound;
}

/** Occupancy lists a treatment builds up, keyed by node, edge or group, before Bliss independence combines them. */
interface BlockLists {
  catalytic: Map<string, number[]>;
  allosteric: Map<string, number[]>;
  activation: Map<string, number[]>;
  downregulation: Map<string, number[]>;
  binding: Map<string, number[]>;
  edges: Map<string, number[]>;
  groups: Map<string, number[]>;
  shield: Map<string, number[]>;
  isoforms: Map<string, Map<Isoform, number[]>>;
  actionPoints: Map<string, string[]>;
}

function pushOccupancy(m: Map<string, number[]>, key: string, v: number) {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}

function markActionPoint(lists: BlockLists, node: string, drugId: string) {
  const list = lists.actionPoints.get(node) ?? [];
  if (!list.includes(drugId)) list.push(drugId);
  lists.actionPoints.set(node, list);
}

/** Records what a drug bound to one node at occupancy `occ` blocks, by its mechanism and class behaviours. */
function recordNodeBlock(
  model: Model,
  lists: BlockLists,
  drug: Drug,
  first: DrugTarget,
  node: PathwayNode,
  occ: number,
) {
  const behaviours = model.classById.get(drug.class)?.behaviours ?? {};
  // Ligand antibodies and locking inhibitors stop the node being activated at all; the bound share is the block.
  const activationShare =
    drug.mechanism === 'ligand-neutralising-antibody' || first.action === 'activation'
      ? 1
      : (behaviours.blocksActivation?.share ?? 0);
  if (behaviours.shieldsTargetSites)
    for (const child of model.pathway.nodes)
      if (child.parent === node.id)
        pushOccupancy(lists.shield, child.id, occ * behaviours.shieldsTargetSites.share);
  if (drug.mechanism === 'allosteric-fkbp12-frb') {
    pushOccupancy(lists.allosteric, node.id, occ);
  } else if (activationShare > 0) {
    pushOccupancy(lists.activation, node.id, occ * activationShare);
    for (const child of model.pathway.nodes)
      if (child.parent === node.id) pushOccupancy(lists.activation, child.id, occ * activationShare);
  } else if (ANTIBODY_MECHANISMS.has(drug.mechanism)) {
    for (const block of first.blocks ?? []) {
      if (block === 'binding') pushOccupancy(lists.binding, node.id, occ);
      // One antibody blocks a dimer group once, however many of the group's edges touch its receptor.
      const groupsBlocked = new Set<string>();
      for (const edge of model.pathway.edges) {
        if (!matchesBlock(edge, node.id, block, model)) continue;
        if (edge.group) groupsBlocked.add(`${edge.target}|${edge.group}|${block}`);
        else pushOccupancy(lists.edges, edge.id, occ);
      }
      for (const key of groupsBlocked) pushOccupancy(lists.groups, key, occ);
    }
    if (first.downregulation && node.expression)
      pushOccupancy(lists.downregulation, node.expression, occ * model.pathway.parameters.downregulation);
  } else if (KINASE_MECHANISMS.has(drug.mechanism)) {
    if (node.isoformShare) {
      const perIso = lists.isoforms.get(node.id) ?? new Map<Isoform, number[]>();
      for (const iso of first.isoform ? [first.isoform] : ALL_ISOFORMS)
        perIso.set(iso, [...(perIso.get(iso) ?? []), occ]);
      lists.isoforms.set(node.id, perIso);
    } else {
      pushOccupancy(lists.catalytic, node.id, occ);
    }
  }
}

/** Records the blocks of every target of every drug given (targets on one node and isoform count together). */
function recordTargetBlocks(model: Model, lists: BlockLists, given: GivenDrug[], mutations: string[]) {
  const dimerBlock = dimerBlocks(model, given, mutations);
  for (const { drug, doseNM, nominal } of given) {
    const behaviours = model.classById.get(drug.class)?.behaviours ?? {};
    const byTarget = new Map<string, DrugTarget[]>();
    for (const t of drug.targets) {
      const key = `${t.target}|${t.isoform ?? ''}`;
      byTarget.set(key, [...(byTarget.get(key) ?? []), t]);
    }
    for (const entries of byTarget.values()) {
      const first = entries[0];
      if (!first) continue;
      const potency = effectivePotency(model, drug, entries, mutations, nominal);
      if (potency === null) continue;
      const bound = occupancy(doseNM, potency);
      for (const node of nodesForTarget(model, first.target)) {
        markActionPoint(lists, node.id, drug.id);
        // A drug that reaches only non-dimerised receptor acts in full only where dimers are broken up.
        const needs = behaviours.needsDimerBlock;
        const occ = needs
          ? bound * (needs.monomerShare + (1 - needs.monomerShare) * (dimerBlock.get(node.id) ?? 0))
          : bound;
        recordNodeBlock(model, lists, drug, first, node, occ);
      }
    }
  }
}

/** Class behaviours on other targets: chronic rapalog exposure stops mTORC2 assembling in the liver. */
function recordSlowAssemblyBlocks(model: Model, lists: BlockLists, given: GivenDrug[], mutations: string[]) {
  for (const { drug, doseNM, nominal } of given) {
    const slow = model.classById.get(drug.class)?.behaviours.slowAssemblyBlock;
    if (!slow) continue;
    const primary = drug.targets[0];
    const potency = primary ? effectivePotency(model, drug, [primary], mutations, nominal) : null;
    if (potency === null) continue;
    const occ = occupancy(doseNM, potency);
    for (const node of nodesForTarget(model, slow.target))
      if (node.compartment === slow.compartment) {
        pushOccupancy(lists.downregulation, node.id, occ * slow.share);
        markActionPoint(lists, node.id, drug.id);
      }
  }
}

/**
 * Two antibodies bound to different epitopes of one receptor cross-link it into lattices that the cell takes in and
 * degrades (Friedman 2005): the receptor's expressed pool falls slowly, by the share both hold, even where neither alone
 * pulls it down (trastuzumab with pertuzumab on HER2).
 */
function recordEpitopePairDownregulation(
  model: Model,
  lists: BlockLists,
  given: GivenDrug[],
  mutations: string[],
) {
  const hasEpitope = (t: DrugTarget) => t.epitope !== undefined;
  // receptor → epitope → the strongest binder's share of the receptor
  const strongest = new Map<string, Map<string, number>>();
  for (const { target, occ } of antibodyOccupancies(model, given, mutations, hasEpitope)) {
    const byEpitope = strongest.get(target.target) ?? new Map<string, number>();
    const epitope = target.epitope?.region ?? '';
    byEpitope.set(epitope, Math.max(byEpitope.get(epitope) ?? 0, occ));
    strongest.set(target.target, byEpitope);
  }
  for (const [receptor, byEpitope] of strongest) {
    if (byEpitope.size < 2) continue;
    // the share held on two different epitopes at once: the two strongest epitopes' binders together
    const [first = 0, second = 0] = [...byEpitope.values()].sort((a, b) => b - a);
    const share = first * second * model.pathway.parameters.downregulation;
    for (const node of nodesForTarget(model, receptor))
      if (node.expression) pushOccupancy(lists.downregulation, node.expression, share);
  }
}

/** Computes every block a treatment imposes in a given mutation context. */
export function drugEffects(model: Model, given: GivenDrug[], mutations: string[]): DrugEffects {
  const lists: BlockLists = {
    catalytic: new Map(),
    allosteric: new Map(),
    activation: new Map(),
    downregulation: new Map(),
    binding: new Map(),
    edges: new Map(),
    groups: new Map(),
    shield: new Map(),
    isoforms: new Map(),
    actionPoints: new Map(),
  };
  recordTargetBlocks(model, lists, given, mutations);
  recordSlowAssemblyBlocks(model, lists, given, mutations);
  recordEpitopePairDownregulation(model, lists, given, mutations);

  const combine = (m: Map<string, number[]>) => new Map([...m].map(([k, v]) => [k, blissCombine(v)]));
  const catalytic = combine(lists.catalytic);
  for (const [nodeId, perIso] of lists.isoforms) {
    const node = model.nodeById.get(nodeId);
    const share = node ? isoformShares(model, node, mutations) : {};
    let block = 0;
    for (const [iso, occs] of perIso) block += (share[iso] ?? 0) * blissCombine(occs);
    catalytic.set(nodeId, Math.min(1, block));
  }
  // Several block types on one group act independently; collapse `${target}|${group}|${type}` to `${target}|${group}`.
  const groups = new Map<string, number>();
  for (const [key, occs] of lists.groups) {
    const groupKey = key.slice(0, key.lastIndexOf('|'));
    groups.set(groupKey, 1 - (1 - (groups.get(groupKey) ?? 0)) * (1 - blissCombine(occs)));
  }
  return {
    catalytic,
    allosteric: combine(lists.allosteric),
    activation: combine(lists.activation),
    downregulation: combine(lists.downregulation),
    binding: combine(lists.binding),
    edges: combine(lists.edges),
    shield: combine(lists.shield),
    groups,
    actionPoints: lists.actionPoints,
  };
}
