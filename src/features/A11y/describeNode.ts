// A node in words for screen readers: its name, what it shows, its value and its change against the untreated cell.
import { direction } from '../../engine/direction';
import type { ScenarioResult } from '../../engine/scenario';
import { nodeQuantities } from '../../engine/shown';
import { foldText, log2Change } from '../../graph/scale';
import { nodeTitle } from '../../model/describe';
import type { Model } from '../../model/types';

/** E.g. "AKT pS473 (AKT pS473 phosphorylation): 0.62, up ×1.5 from 0.41 untreated". */
export function describeNode(model: Model, result: ScenarioResult, nodeId: string): string {
  const title = nodeTitle(model, nodeId);
  const meaning = nodeQuantities(model).get(nodeId)?.meaning;
  const name = meaning && meaning !== title ? `${title} (${meaning})` : title;
  const reference = result.reference.get(nodeId);
  const value = result.value.get(nodeId);
  if (reference === undefined || value === undefined) return `${name}: not simulated`;
  const dir = direction(reference, value);
  const change =
    dir === 'no_change'
      ? 'no change against the untreated cell'
      : `${dir} ${foldText(log2Change(reference, value) ?? 0)} from ${reference.toFixed(2)} untreated`;
  return `${name}: ${value.toFixed(2)}, ${change}`;
}
