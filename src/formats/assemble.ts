// Turns what an importer read into a model the engine runs: defaults for missing parameters, ids the data schema
// accepts, feedback loops found in the graph, a layered layout where the file has none, and the drug library
// narrowed to the drugs whose targets the network has. Everything is checked by the same loader as the bundled data.
import { bundledModel } from '../model/bundled';
import { SCHEMA_VERSION } from '../model/schema';
import type { DrugClassInfo, Model, PathwayNode, Reference } from '../model/types';
import { DataError, loadModel, lookupKey } from '../model/validate';
import { FormatError } from './errors';
import { TARGET_ALIASES } from './targetAliases';

/** A node as a third-party file gives it: an id, and whatever else the file says. */
export interface DraftNode {
  id: string;
  label?: string;
  position?: { x: number; y: number };
  /** Activity with no input (0..1): an input node's level, or 1 for a rule that is always true. */
  basal?: number;
  compartment?: string;
  description?: string;
  references?: string[];
  /** UniProt accessions and gene symbols the file gives for the node (how drug targets are matched besides its name). */
  identifiers?: string[];
}

/** An edge as a third-party file gives it: ends, sign, and the AND group it belongs to. */
export interface DraftEdge {
  source: string;
  target: string;
  sign: 'activation' | 'inhibition';
  group?: string;
  references?: string[];
}

/** A network read from a file that does not carry the app's own annotations. */
export interface NetworkDraft {
  name: string;
  format: string;
  nodes: DraftNode[];
  edges: DraftEdge[];
  /** References the file cites (PubMed ids, DOIs), by id. */
  references: Reference[];
  warnings: string[];
}

/** What every importer returns: the pathway as data (checked when the model is assembled) and what the file cites. */
export interface ImportedNetwork {
  name: string;
  format: string;
  /** The app's pathway shape, unvalidated. */
  pathway: Record<string, unknown>;
  references: Reference[];
  warnings: string[];
  /** True when the file carried the app's own annotations (a lossless round trip), false for a third-party network. */
  native: boolean;
  /** Node id → the UniProt accessions and gene symbols the file gives for it. */
  identifiers?: ReadonlyMap<string, readonly string[]>;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_\-.]*$/;
const COMPARTMENTS = ['extracellular', 'membrane', 'cytoplasm', 'nucleus', 'systemic'];
const LOOP_COLOURS = ['#d81b60', '#1e88e5', '#43a047', '#fb8c00', '#8e24aa', '#00897b', '#6d4c41', '#3949ab'];
/** Id of the reference every imported element falls back to: the file itself. */
export const FILE_REFERENCE = 'imported-file';

/** An id the data schema accepts, made from any name (unsafe characters become _), unique among `taken`. */
export function safeId(name: string, taken: Set<string>): string {
  let base = name.trim().replace(/[^A-Za-z0-9_\-.]/g, '_');
  if (!ID.test(base)) base = `n${base}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

/** Node id → layer: breadth-first distance from the network's inputs (nodes nothing else feeds). */
function layers(ids: string[], edges: Array<{ source: string; target: string }>): Map<string, number> {
  const out = new Map<string, string[]>();
  const fed = new Set<string>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
    fed.add(e.target);
  }
  const layer = new Map<string, number>();
  const bfs = (roots: string[]) => {
    const queue = [...roots];
    for (const r of roots) layer.set(r, 0);
    while (queue.length) {
      const n = queue.shift() as string;
      for (const t of out.get(n) ?? [])
        if (!layer.has(t)) {
          layer.set(t, (layer.get(n) as number) + 1);
          queue.push(t);
        }
    }
  };
  bfs(ids.filter((id) => !fed.has(id)));
  // Nodes only reachable round a cycle start a layering of their own.
  for (const id of ids) if (!layer.has(id)) bfs([id]);
  return layer;
}

/** Positions by layer (rows 120 apart, nodes side by side with room for their labels, each row centred): a readable first layout for any network. */
export function layeredLayout(
  ids: string[],
  edges: Array<{ source: string; target: string }>,
  labels: ReadonlyMap<string, string> = new Map(),
): Map<string, { x: number; y: number }> {
  const layer = layers(ids, edges);
  const rows = new Map<number, string[]>();
  for (const id of ids) {
    const l = layer.get(id) ?? 0;
    rows.set(l, [...(rows.get(l) ?? []), id]);
  }
  const pos = new Map<string, { x: number; y: number }>();
  // Each node gets room for its label (about 10 px a character at the canvas's label size), at least 150 apart.
  const room = (id: string) => Math.max(150, (labels.get(id) ?? id).length * 10 + 50);
  for (const [l, row] of rows) {
    const width = row.reduce((sum, id) => sum + room(id), 0);
    let left = -width / 2;
    for (const id of row) {
      pos.set(id, { x: Math.round(left + room(id) / 2), y: l * 120 });
      left += room(id);
    }
  }
  return pos;
}

export interface FoundLoop {
  /** The edge that closes the cycle (switching the loop off holds it at its untreated level). */
  closing: { source: string; target: string };
  /** Node ids round the cycle, from the closing edge's target back to its source. */
  cycle: string[];
}

/**
 * Feedback cycles by depth-first search from the inputs: every edge that closes back onto the current path starts a
 * loop, so switching every loop off leaves a network without feedback.
 */
export function findLoops(ids: string[], edges: Array<{ source: string; target: string }>): FoundLoop[] {
  const out = new Map<string, string[]>();
  const fed = new Set<string>();
  for (const e of edges) {
    const list = out.get(e.source) ?? [];
    if (!list.includes(e.target)) list.push(e.target);
    out.set(e.source, list);
    if (e.source !== e.target) fed.add(e.target);
  }
  const state = new Map<string, 1 | 2>();
  const path: string[] = [];
  const loops: FoundLoop[] = [];
  const visit = (root: string) => {
    const stack: Array<[string, number]> = [[root, 0]];
    state.set(root, 1);
    path.push(root);
    while (stack.length) {
      const top = stack[stack.length - 1] as [string, number];
      const [n, k] = top;
      const next = out.get(n) ?? [];
      if (k < next.length) {
        top[1] = k + 1;
        const t = next[k] as string;
        const s = state.get(t);
        if (s === 1) loops.push({ closing: { source: n, target: t }, cycle: path.slice(path.indexOf(t)) });
        else if (s === undefined) {
          state.set(t, 1);
          path.push(t);
          stack.push([t, 0]);
        }
      } else {
        state.set(n, 2);
        path.pop();
        stack.pop();
      }
    }
  };
  for (const id of ids) if (!fed.has(id) && !state.has(id)) visit(id);
  for (const id of ids) if (!state.has(id)) visit(id);
  return loops;
}

/** A file name without its extension: the imported network's name when the file does not give one. */
export function fileStem(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

/** The pathway of a plain interaction list (SIF, BoolNet): named after its file, with no references of its own. */
export function listToPathway(
  fileName: string,
  format: string,
  nodes: Iterable<DraftNode>,
  edges: DraftEdge[],
  warnings: string[] = [],
): ImportedNetwork {
  return draftToPathway({
    name: fileStem(fileName),
    format,
    nodes: [...nodes],
    edges,
    references: [],
    warnings,
  });
}

/** Safe ids for a draft's nodes (renamings noted in `warnings`) and its edges with their ends resolved, or a FormatError naming the bad one. */
function resolveIds(draft: NetworkDraft, warnings: string[]) {
  const taken = new Set<string>();
  const idOf = new Map<string, string>();
  for (const n of draft.nodes) {
    if (idOf.has(n.id)) throw new FormatError(draft.format, `node "${n.id}"`, 'the id is used twice');
    const id = safeId(n.id, taken);
    if (id !== n.id) warnings.push(`node "${n.id}" is called "${id}" here (ids use letters, digits, _ - .)`);
    idOf.set(n.id, id);
  }
  const edges = draft.edges.map((e, i) => {
    const source = idOf.get(e.source);
    const target = idOf.get(e.target);
    if (source === undefined)
      throw new FormatError(
        draft.format,
        `edge ${i + 1} (${e.source} → ${e.target})`,
        `unknown source "${e.source}"`,
      );
    if (target === undefined)
      throw new FormatError(
        draft.format,
        `edge ${i + 1} (${e.source} → ${e.target})`,
        `unknown target "${e.target}"`,
      );
    return { ...e, source, target };
  });
  return { idOf, edges };
}

/** The app's pathway shape for a third-party network: ids made safe, defaults filled, loops found, layout made if missing. */
export function draftToPathway(
  draft: NetworkDraft,
  defaults = bundledModel().pathway.parameters,
): ImportedNetwork {
  const warnings = [...draft.warnings];
  const { idOf, edges } = resolveIds(draft, warnings);
  const ids = draft.nodes.map((n) => idOf.get(n.id) as string);
  const hasLayout = draft.nodes.length > 0 && draft.nodes.every((n) => n.position);
  if (!hasLayout && draft.nodes.some((n) => n.position))
    warnings.push('some nodes have no position, so the whole network was laid out afresh');
  const labelOf = new Map(draft.nodes.map((n) => [idOf.get(n.id) as string, n.label?.trim() || n.id]));
  const auto = hasLayout ? undefined : layeredLayout(ids, edges, labelOf);
  const identifiersOf = new Map<string, string[]>();
  const cited = new Set(draft.references.map((r) => r.id));
  const refsOf = (list: string[] | undefined) => {
    const known = (list ?? []).filter((r) => cited.has(r));
    return known.length ? known : [FILE_REFERENCE];
  };
  const nodes = draft.nodes.map((n) => {
    const id = idOf.get(n.id) as string;
    const label = n.label?.trim() || n.id;
    const node: Record<string, unknown> = {
      id,
      label,
      kind: 'effector',
      compartment: COMPARTMENTS.includes(n.compartment ?? '') ? n.compartment : 'cytoplasm',
      description:
        n.description && n.description.length >= 10
          ? n.description
          : `${label}, as the ${draft.format} file names it.`,
      references: refsOf(n.references),
      position: hasLayout ? n.position : auto?.get(id),
    };
    if (n.basal) node.basal = Math.min(1, Math.max(0, n.basal));
    if (n.identifiers?.length) identifiersOf.set(id, n.identifiers);
    return node;
  });
  const edgeIds = new Set<string>();
  const pathwayEdges = edges.map((e) => {
    const edge: Record<string, unknown> = {
      id: safeId(`${e.source}-${e.target}`, edgeIds),
      source: e.source,
      target: e.target,
      sign: e.sign,
      // The file says nothing of mechanism: a neutral one that no drug rule singles out (not binding or dimerisation).
      mechanism: e.sign === 'activation' ? 'phosphorylation' : 'dephosphorylation',
      speed: 'fast',
      references: refsOf(e.references),
    };
    if (e.group) edge.group = e.group;
    return edge;
  });
  const loopIds = new Set<string>();
  const loops = findLoops(ids, edges).map((found, i) => {
    const { source, target } = found.closing;
    const id = safeId(`${source}-${target}`, loopIds);
    // The cycle's edges in order, the closing edge last.
    const path = found.cycle.map((from, k) => {
      const to = found.cycle[(k + 1) % found.cycle.length] as string;
      return pathwayEdges.find((e) => e.source === from && e.target === to)?.id as string;
    });
    for (const e of pathwayEdges) if (e.source === source && e.target === target) e.loop = id;
    const names = found.cycle.map((n) => nodes.find((x) => x.id === n)?.label ?? n);
    return {
      id,
      label: source === target ? `${names[0]} self-loop` : `${names.join(' → ')} → ${names[0]}`,
      kind: 'feedback',
      description: `Feedback cycle ${[...names, names[0]].join(' → ')}, found in the imported network; switched off, its closing edge ${source} → ${target} holds its untreated level.`,
      color: LOOP_COLOURS[i % LOOP_COLOURS.length],
      path,
      references: [FILE_REFERENCE],
    };
  });
  const pathway = {
    schemaVersion: SCHEMA_VERSION,
    nodes,
    edges: pathwayEdges,
    loops,
    readouts: nodes.map((n) => ({ id: n.id, node: n.id, label: `${n.label} activity` })),
    mutations: [],
    parameters: structuredClone(defaults),
  };
  const fileRef: Reference = {
    id: FILE_REFERENCE,
    // Cited as the file itself ("<network name>, SBML file"): the file does not say who made it.
    authors: draft.name || 'Imported network',
    title: draft.name || 'Imported network',
    journal: `${draft.format} file`,
  };
  return {
    name: draft.name,
    format: draft.format,
    pathway,
    references: [fileRef, ...draft.references],
    warnings,
    native: false,
    identifiers: identifiersOf,
  };
}

/** The drug library narrowed to what acts on this network: targets matched by id or name, rules that name missing parts dropped. */
function drugsFor(base: Model, nodes: readonly PathwayNode[], mutationIds: Set<string>) {
  const targets = new Set(nodes.map((n) => n.target ?? n.id));
  const drugs = [];
  for (const d of base.drugs) {
    // Drugs listed without any target (profile never disclosed) stay listed, as in the bundled library.
    if (d.targets.length === 0) {
      drugs.push(d);
      continue;
    }
    const kept = d.targets
      .filter((t) => targets.has(t.target))
      .map((t) => {
        if (!t.variants) return t;
        const variants = t.variants.filter((v) => v.mutations.every((m) => mutationIds.has(m)));
        const { variants: _dropped, ...rest } = t;
        return variants.length ? { ...rest, variants } : rest;
      });
    if (kept.length === 0) continue;
    const measured = kept.some((t) => t.value_nM !== null);
    const fully = kept.every((t) => t.value_nM !== null);
    // The loader's dose rules, kept: nM doses need a measured potency, a fully measured drug needs nM doses.
    if (d.doses && !measured) continue;
    if (!d.doses && fully && d.selectable !== false) continue;
    drugs.push({ ...d, targets: kept });
  }
  const classes = [...base.classById.values()].map((c): DrugClassInfo => {
    const behaviours = Object.fromEntries(
      Object.entries(c.behaviours).filter(([, b]) => !(b && 'target' in b && !targets.has(b.target))),
    );
    return { ...c, behaviours };
  });
  return { drugs, classes };
}

/**
 * Gives imported nodes the drug target id they stand for: by name (a node called "AKT" or "ERBB2" is what AKT or HER2
 * drugs hit), else by a UniProt accession or gene symbol the file gives for it.
 */
function matchTargets(
  base: Model,
  nodes: Array<Record<string, unknown>>,
  identifiers: ReadonlyMap<string, readonly string[]> = new Map(),
): void {
  const byKey = new Map<string, string>();
  for (const n of base.pathway.nodes) byKey.set(lookupKey(n.target ?? n.id), n.target ?? n.id);
  for (const [target, aliases] of Object.entries(TARGET_ALIASES))
    for (const alias of aliases) if (!byKey.has(lookupKey(alias))) byKey.set(lookupKey(alias), target);
  for (const n of nodes) {
    if (n.target !== undefined) continue;
    // The label where the file gives one (Cell Collective ids such as "S_6" mean nothing); BBM's "v_" prefix dropped.
    const name = String(n.label ?? n.id).replace(/^v_/, '');
    const names = [name, ...(identifiers.get(String(n.id)) ?? [])];
    const hit = names.map((name) => byKey.get(lookupKey(name))).find((t) => t !== undefined);
    if (hit && hit !== n.id) n.target = hit;
  }
}

/** A runnable model from an imported network, checked by the data loader; its problems come back as a FormatError. */
export function assembleModel(imported: ImportedNetwork, base: Model = bundledModel()): Model {
  const pathway = imported.pathway as {
    nodes?: Array<Record<string, unknown>>;
    mutations?: Array<{ id: string }>;
  };
  if (!imported.native && Array.isArray(pathway.nodes))
    matchTargets(base, pathway.nodes, imported.identifiers);
  const references = new Map<string, Reference>();
  for (const r of base.references.values()) references.set(r.id, r);
  for (const r of imported.references) if (!references.has(r.id)) references.set(r.id, r);
  const mutationIds = new Set((pathway.mutations ?? []).map((m) => m.id));
  const nodes = (pathway.nodes ?? []) as unknown as PathwayNode[];
  const { drugs, classes } = drugsFor(base, nodes, mutationIds);
  try {
    return loadModel(
      pathway,
      { schemaVersion: SCHEMA_VERSION, drugs },
      { schemaVersion: SCHEMA_VERSION, references: [...references.values()] },
      { schemaVersion: SCHEMA_VERSION, classes },
    );
  } catch (e) {
    if (e instanceof DataError)
      throw new FormatError(imported.format, 'the network it describes', e.problems.slice(0, 3).join('; '));
    throw e;
  }
}
