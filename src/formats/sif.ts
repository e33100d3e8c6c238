// Simple Interaction Format (Cytoscape's SIF), both ways: "source type target…" per line. Only structure and signs
// travel: each activator becomes an OR term of its own, each inhibitor a block on the whole node.
import type { Model } from '../model/types';
import { type DraftEdge, type DraftNode, type ImportedNetwork, listToPathway } from './assemble';
import { FormatError } from './errors';

const FORMAT = 'SIF';

/** Interaction types read as inhibition; every other type is read as activation. */
export const INHIBITORY = /inhibit|repress|suppress|block|negative|decrease|down-?regulat|-\||⊣/i;

/** Edge sign of an interaction type (or any sign-like value other formats carry). */
export function signOf(type: unknown): 'activation' | 'inhibition' | undefined {
  if (type === undefined || type === null || type === '') return undefined;
  if (typeof type === 'number') return type < 0 ? 'inhibition' : 'activation';
  const s = String(type).trim();
  if (s === '-' || s === '-1') return 'inhibition';
  return INHIBITORY.test(s) ? 'inhibition' : 'activation';
}

/** The model as SIF: "source<TAB>activates|inhibits<TAB>target", nodes without edges on lines of their own. */
export function exportSif(model: Model): string {
  const { pathway } = model;
  const lines = new Set<string>();
  for (const e of pathway.edges)
    lines.add(`${e.source}\t${e.sign === 'activation' ? 'activates' : 'inhibits'}\t${e.target}`);
  const linked = new Set(pathway.edges.flatMap((e) => [e.source, e.target]));
  for (const n of pathway.nodes) if (!linked.has(n.id)) lines.add(n.id);
  return `${[...lines].join('\n')}\n`;
}

/** Reads SIF (tab-separated when the line has tabs, else whitespace); errors name the line. */
export function importSif(text: string, fileName = 'network.sif'): ImportedNetwork {
  const nodes = new Map<string, DraftNode>();
  const edges: DraftEdge[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (!nodes.has(id)) nodes.set(id, { id });
  };
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, k) => {
      if (!raw.trim() || raw.trim().startsWith('#')) return;
      const tokens = (raw.includes('\t') ? raw.split('\t') : raw.trim().split(/\s+/)).map((t) => t.trim());
      const [source, type, ...targets] = tokens.filter(Boolean);
      if (!source) return;
      if (type === undefined) {
        add(source);
        return;
      }
      if (targets.length === 0)
        throw new FormatError(
          FORMAT,
          `line ${k + 1}`,
          `"${source} ${type}" names no target (expected "source type target")`,
        );
      add(source);
      const sign = signOf(type) as 'activation' | 'inhibition';
      for (const target of targets) {
        add(target);
        const key = `${source}\t${sign}\t${target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push({ source, target, sign });
      }
    });
  if (nodes.size === 0) throw new FormatError(FORMAT, 'the file', 'has no interactions');
  return listToPathway(fileName, FORMAT, nodes.values(), edges);
}
