// Explains each predicted change from the model itself: where the drug acts, the path it travels, and, by
// counterfactual simulation (the same scenario with one loop switched off), which loop is responsible.
import type { Loop, Model } from '../model/types';
import type { Direction } from './direction';
import { runScenario, type ScenarioResult } from './scenario';
import type { Condition, Timescale } from './simulate';
import { actsMeaningfullyOn } from './targetInhibition';

export interface Explanation {
  readout: string;
  label: string;
  direction: Direction;
  reference: number;
  value: number;
  /** One sentence, computed from the model (no per-drug text). */
  reason: string;
  /** The loop without which the change vanishes or shrinks by more than half, if any. */
  loop?: string;
  /** The action point the change starts from and the shortest path from it to the readout. */
  actionPoint?: string;
  path: string[];
}

/** Shortest directed path (node ids) from any of `sources` to `target` over the model's edges. */
export function shortestPath(model: Model, sources: string[], target: string, viaDrugBound = true): string[] {
  const next = new Map<string, string[]>();
  // A drug-bound link carries the drug itself (EGFR held by a TKI pairs with IGF-1R), so only a drug's own
  // action point can start down it.
  for (const e of model.pathway.edges)
    if (e.signal !== 'drug-bound' || (viaDrugBound && sources.includes(e.source)))
      next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  // Sites and their protein count as one place: a drug on AKT reaches its phosphorylation sites.
  for (const n of model.pathway.nodes)
    if (n.parent) {
      next.set(n.parent, [...(next.get(n.parent) ?? []), n.id]);
      next.set(n.id, [...(next.get(n.id) ?? []), n.parent]);
    }
  const previous = new Map<string, string | null>(sources.map((s) => [s, null]));
  const queue = [...sources];
  while (queue.length) {
    const node = queue.shift() as string;
    if (node === target) break;
    for (const n of next.get(node) ?? [])
      if (!previous.has(n)) {
        previous.set(n, node);
        queue.push(n);
      }
  }
  if (!previous.has(target)) return [];
  const path: string[] = [];
  for (let at: string | null | undefined = target; at; at = previous.get(at)) path.unshift(at);
  return path;
}

/**
 * Sign of a path (+1 when the end moves with the start, -1 against it; 0 when a step has no edge) and the loops whose
 * switchable edges it uses. Steps between a protein and its own sites count as +1.
 */
export function pathSignAndLoops(model: Model, path: string[]): { sign: number; loops: Set<string> } {
  let sign = 1;
  const loops = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as string;
    const b = path[i] as string;
    const edge = model.pathway.edges.find((e) => e.source === a && e.target === b);
    if (edge) {
      // More drug on the source means more signal along a drug-bound link: it runs against the block.
      if ((edge.sign === 'inhibition') !== (edge.signal === 'drug-bound')) sign = -sign;
      if (edge.loop) loops.add(edge.loop);
    } else if (model.nodeById.get(a)?.parent !== b && model.nodeById.get(b)?.parent !== a)
      return { sign: 0, loops };
  }
  return { sign, loops };
}

function changeSize(r: { log2: number }): number {
  return Math.abs(r.log2);
}

/** Loops whose removal takes away at least half of a readout's change, the most decisive first. */
function responsibleLoops(
  readout: string,
  base: ScenarioResult,
  counterfactuals: Array<{ loop: Loop; result: ScenarioResult }>,
): Loop[] {
  const original = base.readouts.find((r) => r.id === readout);
  if (!original || original.direction === 'no_change') return [];
  const found: Array<{ loop: Loop; kept: number }> = [];
  for (const { loop, result } of counterfactuals) {
    const cf = result.readouts.find((r) => r.id === readout);
    if (!cf) continue;
    const sameWay = Math.sign(cf.log2) === Math.sign(original.log2) ? changeSize(cf) : 0;
    const kept = cf.direction === original.direction ? sameWay / changeSize(original) : 0;
    if (kept < 0.5) found.push({ loop, kept });
  }
  return found.sort((a, b) => a.kept - b.kept).map((f) => f.loop);
}

/**
 * Whether the drugs acting on a node all occupy its target by less than the drug library counts as a hit (wild-type
 * EGFR beside a mutant-selective drug): the same rule as the library's target lists and the canvas's badges, so the
 * explanation does not call the node blocked outright where neither of them shows a hit.
 */
function isPartlyBlocked(model: Model, result: ScenarioResult, node: string): boolean {
  const drugIds = result.effects.actionPoints.get(node) ?? [];
  const given = result.treatment.filter((g) => drugIds.includes(g.drug.id));
  return given.length > 0 && !given.some((g) => actsMeaningfullyOn(model, g, result.mutations, node));
}

/** Explanations of every readout that changed, largest change first. */
export function explainScenario(
  model: Model,
  condition: Condition,
  timescale: Timescale,
  base?: ScenarioResult,
): Explanation[] {
  const result = base ?? runScenario(model, condition, timescale);
  const changed = result.readouts
    .filter((r) => r.direction !== 'no_change')
    .sort((a, b) => changeSize(b) - changeSize(a));
  if (changed.length === 0) return [];
  const counterfactuals = model.pathway.loops
    .filter((l) => !condition.loopsOff.has(l.id))
    .map((loop) => ({
      loop,
      result: runScenario(
        model,
        { ...condition, loopsOff: new Set([...condition.loopsOff, loop.id]) },
        timescale,
      ),
    }));
  const actionPoints = [...result.effects.actionPoints.keys()];
  const label = (id: string) => {
    const node = model.nodeById.get(id);
    const parent = node?.parent ? model.nodeById.get(node.parent) : undefined;
    return parent ? `${parent.label} ${node?.label}` : (node?.label ?? id);
  };
  return changed.map((r) => {
    const rose = r.direction === 'up';
    // A complement readout (phospho-TSC2 is TSC2 switched off) moves against its node.
    const complement = model.pathway.readouts.find((x) => x.id === r.id)?.transform === 'complement';
    // The shortest route from an action point whose signs agree with the change (a block lowers what it activates);
    // failing that, the shortest route at all.
    const routes = actionPoints
      .flatMap((a) => [shortestPath(model, [a], r.node, false), shortestPath(model, [a], r.node, true)])
      .filter((p) => p.length > 0)
      .map((p) => {
        const info = pathSignAndLoops(model, p);
        const sign = complement ? -info.sign : info.sign;
        return { path: p, loops: info.loops, agrees: sign !== 0 && sign < 0 === rose };
      })
      .sort((x, y) => Number(y.agrees) - Number(x.agrees) || x.path.length - y.path.length);
    const route = routes[0];
    const path = route?.path ?? [];
    const actionPoint = path[0];
    // A loop is named when switching it off takes the change away and either the route runs through it or the
    // change runs against every direct route (a rise after an inhibitor).
    const candidates = responsibleLoops(r.id, result, counterfactuals);
    const onRoute = candidates.find((l) => route?.loops.has(l.id));
    const loop = onRoute ?? (route && !route.agrees ? candidates[0] : undefined);
    let reason: string;
    if (!actionPoint) reason = 'changes with the context, not through a drug target';
    else if (loop) {
      const verb = rose ? (loop.kind === 'feedback' ? 'relieves' : 'engages') : 'acts through';
      reason = `${label(actionPoint)} block ${verb} the ${loop.label}`;
    } else if (path.length === 1 || model.nodeById.get(r.node)?.parent === actionPoint)
      reason = isPartlyBlocked(model, result, actionPoint)
        ? `${label(actionPoint)} is partly blocked directly (under a quarter of it at this dose)`
        : `${label(actionPoint)} is blocked directly`;
    else if (path.length === 2)
      reason = `${label(actionPoint)} block ${rose ? 'raises' : 'lowers'} it directly`;
    else
      reason = `${label(actionPoint)} block ${rose ? 'raises' : 'lowers'} it via ${path.map(label).join(' → ')}`;
    return {
      readout: r.id,
      label: r.label,
      direction: r.direction,
      reference: r.reference,
      value: r.value,
      reason,
      loop: loop?.id,
      actionPoint,
      path,
    };
  });
}
