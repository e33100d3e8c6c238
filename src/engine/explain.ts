// Explains each predicted change from the model itself: where the drug acts, the path it travels, and, by
// counterfactual simulation (the same scenario with one loop switched off), which loop is responsible.
import type { Loop, Model } from '../model/types';
import type { Direction } from './direction';
import { runScenario, type ScenarioResult } from './scenario';
import type { Condition, Timescale } from './simulate';

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
export function shortestPath(model: Model, sources: string[], target: string): string[] {
  const next = new Map<string, string[]>();
  for (const e of model.pathway.edges) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
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

function changeSize(r: { log2: number }): number {
  return Math.abs(r.log2);
}

/** The loop whose removal takes away most of a readout's change (at least half of it), or undefined. */
function responsibleLoop(
  readout: string,
  base: ScenarioResult,
  counterfactuals: Array<{ loop: Loop; result: ScenarioResult }>,
): Loop | undefined {
  const original = base.readouts.find((r) => r.id === readout);
  if (!original || original.direction === 'no_change') return undefined;
  let best: { loop: Loop; kept: number } | undefined;
  for (const { loop, result } of counterfactuals) {
    const cf = result.readouts.find((r) => r.id === readout);
    if (!cf) continue;
    const sameWay = Math.sign(cf.log2) === Math.sign(original.log2) ? changeSize(cf) : 0;
    const kept = cf.direction === original.direction ? sameWay / changeSize(original) : 0;
    if (kept < 0.5 && (!best || kept < best.kept)) best = { loop, kept };
  }
  return best?.loop;
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
    const loop = responsibleLoop(r.id, result, counterfactuals);
    const paths = actionPoints.map((a) => shortestPath(model, [a], r.node)).filter((p) => p.length > 0);
    const path = paths.sort((a, b) => a.length - b.length)[0] ?? [];
    const actionPoint = path[0];
    const rose = r.direction === 'up';
    let reason: string;
    if (!actionPoint) reason = 'changes with the context, not through a drug target';
    else if (loop) {
      const verb = rose ? (loop.kind === 'feedback' ? 'relieves' : 'engages') : 'acts through';
      reason = `${label(actionPoint)} block ${verb} the ${loop.label}`;
    } else if (path.length === 1 || model.nodeById.get(r.node)?.parent === actionPoint)
      reason = `${label(actionPoint)} is blocked directly`;
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
