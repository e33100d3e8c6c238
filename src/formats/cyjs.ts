// Cytoscape.js JSON (what Cytoscape desktop writes and opens as .cyjs), both ways: elements with data and positions.
// Every model field rides in the elements' data, and the model's loops, readouts, mutations and parameters in the
// network data, so the app rereads its own file without loss; other files give structure, signs and positions.
import type { Model } from '../model/types';
import { type DraftEdge, type DraftNode, draftToPathway, fileStem, type ImportedNetwork } from './assemble';
import { FormatError } from './errors';
import { isObject, parseJsonFile } from './json';
import { type ModelMeta, modelMeta, nativeEdge, nativeNode, nativePathway } from './native';
import { toFlatAttrs } from './records';
import { signOf } from './sif';

const FORMAT = 'Cytoscape.js JSON';
/** Network data key holding the model record (a JSON string, so Cytoscape desktop keeps it as a plain column). */
export const CYJS_MODEL_KEY = 'pathwayLensModel';

/** The model as Cytoscape.js JSON (format_version 1.0, as Cytoscape desktop exports it). */
export function exportCyjs(model: Model, name = 'Pathway Lens model'): string {
  const { pathway } = model;
  const doc = {
    format_version: '1.0',
    generated_by: 'Pathway Lens',
    target_cytoscapejs_version: '~3.34',
    data: { name, [CYJS_MODEL_KEY]: JSON.stringify(modelMeta(model)) },
    elements: {
      nodes: pathway.nodes.map((n) => ({
        data: { id: n.id, name: n.label, ...toFlatAttrs(n, ['id', 'position']) },
        position: { x: n.position.x, y: n.position.y },
      })),
      edges: pathway.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          interaction: e.sign === 'activation' ? 'activates' : 'inhibits',
          ...toFlatAttrs(e, ['id', 'source', 'target']),
        },
      })),
    },
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

interface CyElement {
  group?: string;
  data: Record<string, unknown>;
  position?: { x?: unknown; y?: unknown };
}

/** The elements of any of the shapes Cytoscape.js accepts: { elements: { nodes, edges } }, { elements: [...] } or [...]. */
function elements(doc: unknown): { nodes: CyElement[]; edges: CyElement[] } {
  const raw = Array.isArray(doc) ? doc : isObject(doc) ? doc.elements : undefined;
  const check = (list: unknown, kind: string): CyElement[] => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new FormatError(FORMAT, `elements.${kind}`, 'is not an array');
    return list.map((x, i) => {
      if (!isObject(x) || !isObject(x.data))
        throw new FormatError(FORMAT, `${kind.slice(0, -1)} number ${i + 1}`, 'has no "data" object');
      return x as unknown as CyElement;
    });
  };
  if (Array.isArray(raw)) {
    const all = check(raw, 'elements');
    const isEdge = (x: CyElement) => x.group === 'edges' || (x.group !== 'nodes' && 'source' in x.data);
    return { nodes: all.filter((x) => !isEdge(x)), edges: all.filter(isEdge) };
  }
  if (!isObject(raw)) throw new FormatError(FORMAT, 'the file', 'has no "elements"');
  return { nodes: check(raw.nodes, 'nodes'), edges: check(raw.edges, 'edges') };
}

function position(x: CyElement): { x: number; y: number } | undefined {
  const px = Number(x.position?.x);
  const py = Number(x.position?.y);
  return x.position && Number.isFinite(px) && Number.isFinite(py) ? { x: px, y: py } : undefined;
}

/** Reads Cytoscape.js JSON; errors name the line (syntax) or the element. */
export function importCyjs(text: string, fileName = 'network.cyjs'): ImportedNetwork {
  const doc = parseJsonFile(text, FORMAT);
  const { nodes, edges } = elements(doc);
  const ids = new Set<string>();
  nodes.forEach((n, i) => {
    const id = n.data.id;
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new FormatError(FORMAT, `node number ${i + 1}`, 'has no data.id');
    if (ids.has(String(id))) throw new FormatError(FORMAT, `node "${id}"`, 'the id is used twice');
    ids.add(String(id));
  });
  edges.forEach((e, i) => {
    const place = e.data.id !== undefined ? `edge "${e.data.id}"` : `edge number ${i + 1}`;
    for (const end of ['source', 'target'])
      if (!ids.has(String(e.data[end])))
        throw new FormatError(FORMAT, place, `names unknown ${end} node "${String(e.data[end])}"`);
  });
  const data = isObject(doc) && isObject(doc.data) ? doc.data : {};
  const name = String(data.name ?? fileStem(fileName));
  if (typeof data[CYJS_MODEL_KEY] === 'string') {
    let meta: ModelMeta;
    try {
      meta = JSON.parse(data[CYJS_MODEL_KEY] as string) as ModelMeta;
    } catch (e) {
      throw new FormatError(FORMAT, `data.${CYJS_MODEL_KEY}`, `unreadable (${(e as Error).message})`);
    }
    const native = nativePathway(
      meta,
      nodes.map((n) => ({ ...nativeNode(n.data), position: position(n) })),
      edges.map((e) => nativeEdge(e.data)),
    );
    return { name, format: FORMAT, ...native, warnings: [], native: true };
  }
  const draftNodes: DraftNode[] = nodes.map((n) => ({
    id: String(n.data.id),
    label: String(n.data.label ?? n.data.name ?? n.data.id),
    position: position(n),
  }));
  const draftEdges: DraftEdge[] = edges.map((e) => {
    const d = e.data;
    const sign = signOf(d.sign ?? d.polarity ?? d.effect ?? d.interaction ?? d.type) ?? 'activation';
    return {
      source: String(d.source),
      target: String(d.target),
      sign,
      ...(typeof d.group === 'string' && d.group ? { group: d.group } : {}),
    };
  });
  return draftToPathway({
    name,
    format: FORMAT,
    nodes: draftNodes,
    edges: draftEdges,
    references: [],
    warnings: [],
  });
}
