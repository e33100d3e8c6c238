// CX2 (the Cytoscape Exchange format, version 2, read by Cytoscape Web, Cytoscape desktop and NDEx), both ways:
// declared attributes, nodes with positions, edges, a portable visual style, and — given a scenario result — the
// simulated values as node attributes. The model's loops, readouts, mutations and parameters travel in an opaque
// aspect, so the app rereads its own file without loss.
import { direction } from '../engine/direction';
import type { ScenarioResult } from '../engine/scenario';
import type { Model } from '../model/types';
import { type DraftEdge, type DraftNode, draftToPathway, fileStem, type ImportedNetwork } from './assemble';
import { FormatError } from './errors';
import { isObject, parseJsonFile } from './json';
import { type ModelMeta, modelMeta, nativeEdge, nativeNode, nativePathway } from './native';
import { toFlatAttrs } from './records';
import { signOf } from './sif';

const FORMAT = 'CX2';
/** The opaque aspect holding the model record. */
export const CX2_MODEL_ASPECT = 'pathwayLensModel';

type Value = string | number | boolean | string[] | number[];
type Attrs = Record<string, Value>;

/** The CX2 data type of a value. */
function cxType(value: Value): string {
  if (Array.isArray(value)) return typeof value[0] === 'number' ? 'list_of_double' : 'list_of_string';
  return typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
}

/** Declarations for every attribute used (the spec wants each declared, one type per attribute). */
function declare(list: Attrs[], aspect: string): Record<string, { d: string }> {
  const out: Record<string, { d: string }> = {};
  for (const attrs of list)
    for (const [k, value] of Object.entries(attrs)) {
      const d = cxType(value);
      const seen = out[k]?.d;
      if (seen && seen !== d)
        throw new Error(`CX2 export: ${aspect} attribute "${k}" has values of types ${seen} and ${d}`);
      out[k] = { d };
    }
  return out;
}

export interface Cx2Options {
  name?: string;
  /** Simulated values to attach (each node's reference and treated value, change and direction). */
  result?: ScenarioResult;
  /** What the result shows, for the network's description (e.g. "rapamycin, high dose, sustained"). */
  resultLabel?: string;
}

/** The portable visual style: labels from names, arrows and colours from signs, fill from the simulated change. */
function visualProperties(withResult: boolean) {
  const nodeMapping: Record<string, unknown> = {
    NODE_LABEL: { type: 'PASSTHROUGH', definition: { attribute: 'name' } },
  };
  if (withResult)
    nodeMapping.NODE_BACKGROUND_COLOR = {
      type: 'CONTINUOUS',
      definition: {
        attribute: 'log2Change',
        map: [
          { max: -2, maxVPValue: '#2166AC', includeMax: true },
          {
            min: -2,
            max: 0,
            minVPValue: '#2166AC',
            maxVPValue: '#F7F7F7',
            includeMin: false,
            includeMax: true,
          },
          {
            min: 0,
            max: 2,
            minVPValue: '#F7F7F7',
            maxVPValue: '#B2182B',
            includeMin: false,
            includeMax: false,
          },
          { min: 2, minVPValue: '#B2182B', includeMin: true },
        ],
      },
    };
  const bySign = (activation: string, inhibition: string) => ({
    type: 'DISCRETE',
    definition: {
      attribute: 'sign',
      map: [
        { v: 'activation', vp: activation },
        { v: 'inhibition', vp: inhibition },
      ],
    },
  });
  return {
    default: {
      network: { NETWORK_BACKGROUND_COLOR: '#FFFFFF' },
      node: {
        NODE_SHAPE: 'round-rectangle',
        NODE_BACKGROUND_COLOR: '#EDEFF2',
        NODE_BORDER_COLOR: '#5B6472',
        NODE_BORDER_WIDTH: 1,
        NODE_WIDTH: 90,
        NODE_HEIGHT: 30,
        NODE_LABEL_COLOR: '#1F2328',
        NODE_LABEL_FONT_SIZE: 11,
      },
      edge: {
        EDGE_WIDTH: 1.5,
        EDGE_LINE_COLOR: '#5B6472',
        EDGE_TARGET_ARROW_SHAPE: 'triangle',
        EDGE_TARGET_ARROW_COLOR: '#5B6472',
      },
    },
    nodeMapping,
    edgeMapping: {
      EDGE_TARGET_ARROW_SHAPE: bySign('triangle', 'tee'),
      EDGE_LINE_COLOR: bySign('#2E7D32', '#C62828'),
      EDGE_TARGET_ARROW_COLOR: bySign('#2E7D32', '#C62828'),
    },
  };
}

/** The model as a CX2 network (a JSON array of aspects, descriptor first and status last). */
export function exportCx2(model: Model, options: Cx2Options = {}): string {
  const { pathway } = model;
  const { result } = options;
  const nodeIndex = new Map(pathway.nodes.map((n, i) => [n.id, i]));
  const nodeAttrs: Attrs[] = pathway.nodes.map((n) => {
    const v: Attrs = { name: n.label, nodeId: n.id, ...toFlatAttrs(n, ['id', 'position']) };
    const ref = result?.reference.get(n.id);
    const value = result?.value.get(n.id);
    if (ref !== undefined && value !== undefined && Number.isFinite(ref) && Number.isFinite(value)) {
      v.simulatedReference = ref;
      v.simulatedValue = value;
      v.log2Change = Math.log2((value + 1e-3) / (ref + 1e-3));
      v.direction = direction(ref, value);
    }
    return v;
  });
  const edgeAttrs: Attrs[] = pathway.edges.map((e) => ({
    interaction: e.sign === 'activation' ? 'activates' : 'inhibits',
    edgeId: e.id,
    ...toFlatAttrs(e, ['id', 'source', 'target']),
  }));
  const name = options.name ?? 'Pathway Lens model';
  const description = result
    ? `Simulated with Pathway Lens${options.resultLabel ? `: ${options.resultLabel}` : ''} (${result.timescale}); simulatedValue against simulatedReference, 0–1 activity.`
    : 'Exported from Pathway Lens: a logic-based ODE model with normalised-Hill edges.';
  const aspects = [
    { CXVersion: '2.0', hasFragments: false },
    {
      metaData: [
        { name: 'attributeDeclarations', elementCount: 1 },
        { name: 'networkAttributes', elementCount: 1 },
        { name: 'nodes', elementCount: pathway.nodes.length },
        { name: 'edges', elementCount: pathway.edges.length },
        { name: 'visualProperties', elementCount: 1 },
        { name: CX2_MODEL_ASPECT, elementCount: 1 },
      ],
    },
    {
      attributeDeclarations: [
        {
          networkAttributes: { name: { d: 'string' }, description: { d: 'string' } },
          nodes: declare(nodeAttrs, 'node'),
          edges: declare(edgeAttrs, 'edge'),
        },
      ],
    },
    { networkAttributes: [{ name, description }] },
    {
      nodes: pathway.nodes.map((n, i) => ({ id: i, x: n.position.x, y: n.position.y, v: nodeAttrs[i] })),
    },
    {
      edges: pathway.edges.map((e, i) => ({
        id: i,
        s: nodeIndex.get(e.source),
        t: nodeIndex.get(e.target),
        v: edgeAttrs[i],
      })),
    },
    { visualProperties: [visualProperties(!!result)] },
    { [CX2_MODEL_ASPECT]: [modelMeta(model)] },
    { status: [{ error: '', success: true }] },
  ];
  return `${JSON.stringify(aspects, null, 1)}\n`;
}

interface CxNode {
  id: number;
  x?: number;
  y?: number;
  v: Record<string, unknown>;
}
interface CxEdge {
  id: number;
  s: number;
  t: number;
  v: Record<string, unknown>;
}

/** Aspects by name, fragments joined in order. */
function aspectsOf(doc: unknown): Map<string, unknown[]> {
  if (!Array.isArray(doc)) throw new FormatError(FORMAT, 'the file', 'is not a JSON array of aspects');
  const first = doc[0];
  if (!isObject(first) || typeof first.CXVersion !== 'string')
    throw new FormatError(FORMAT, 'the first element', 'is not a CX descriptor ({ "CXVersion": "2.0" })');
  if (!first.CXVersion.startsWith('2.'))
    throw new FormatError(
      FORMAT,
      'the CX descriptor',
      `CXVersion is "${first.CXVersion}"; only CX2 (2.x) is read`,
    );
  const out = new Map<string, unknown[]>();
  doc.slice(1).forEach((block, i) => {
    if (!isObject(block)) throw new FormatError(FORMAT, `aspect block ${i + 2}`, 'is not an object');
    for (const [name, list] of Object.entries(block)) {
      if (!Array.isArray(list)) throw new FormatError(FORMAT, `aspect "${name}"`, 'is not an array');
      out.set(name, [...(out.get(name) ?? []), ...list]);
    }
  });
  return out;
}

/** Attribute objects with aliases expanded and declared defaults filled in. */
function expand(
  list: Array<{ v?: unknown }>,
  declared: Record<string, { a?: string; v?: unknown }> | undefined,
): Array<Record<string, unknown>> {
  const alias = new Map<string, string>();
  for (const [name, d] of Object.entries(declared ?? {})) if (d.a) alias.set(d.a, name);
  return list.map((x) => {
    const v: Record<string, unknown> = {};
    for (const [k, value] of Object.entries(isObject(x.v) ? x.v : {})) v[alias.get(k) ?? k] = value;
    for (const [name, d] of Object.entries(declared ?? {}))
      if (!(name in v) && d.v !== undefined) v[name] = d.v;
    return v;
  });
}

/** Reads a CX2 network; errors name the line (syntax), the aspect or the element. */
export function importCx2(text: string, fileName = 'network.cx2'): ImportedNetwork {
  const aspects = aspectsOf(parseJsonFile(text, FORMAT));
  const status = aspects.get('status')?.[0];
  if (isObject(status) && status.success === false)
    throw new FormatError(
      FORMAT,
      'the status aspect',
      `the file was not written completely: ${String(status.error)}`,
    );
  const declarations = (aspects.get('attributeDeclarations') ?? []).reduce<
    Record<string, Record<string, { a?: string; v?: unknown }>>
  >((acc, d) => {
    if (isObject(d)) for (const [k, value] of Object.entries(d)) acc[k] = { ...acc[k], ...(value as object) };
    return acc;
  }, {});
  const rawNodes = (aspects.get('nodes') ?? []) as CxNode[];
  const rawEdges = (aspects.get('edges') ?? []) as CxEdge[];
  if (rawNodes.length === 0) throw new FormatError(FORMAT, 'the nodes aspect', 'is missing or empty');
  const ids = new Set<number>();
  rawNodes.forEach((n, i) => {
    if (!isObject(n) || typeof n.id !== 'number')
      throw new FormatError(FORMAT, `node number ${i + 1}`, 'has no numeric "id"');
    if (ids.has(n.id)) throw new FormatError(FORMAT, `node ${n.id}`, 'the id is used twice');
    ids.add(n.id);
  });
  rawEdges.forEach((e, i) => {
    const place = isObject(e) && typeof e.id === 'number' ? `edge ${e.id}` : `edge number ${i + 1}`;
    if (!isObject(e)) throw new FormatError(FORMAT, place, 'is not an object');
    if (!ids.has(e.s)) throw new FormatError(FORMAT, place, `names unknown source node ${String(e.s)}`);
    if (!ids.has(e.t)) throw new FormatError(FORMAT, place, `names unknown target node ${String(e.t)}`);
  });
  const nodeV = expand(rawNodes, declarations.nodes);
  const edgeV = expand(rawEdges, declarations.edges);
  const networkAttrs = aspects.get('networkAttributes')?.[0];
  const name = String((isObject(networkAttrs) && networkAttrs.name) || fileStem(fileName));
  const pos = (n: CxNode) =>
    typeof n.x === 'number' && typeof n.y === 'number' ? { x: n.x, y: n.y } : undefined;
  const meta = aspects.get(CX2_MODEL_ASPECT)?.[0];
  if (isObject(meta)) {
    const idOf = new Map(rawNodes.map((n, i) => [n.id, String(nodeV[i]?.nodeId)]));
    const native = nativePathway(
      meta as unknown as ModelMeta,
      rawNodes.map((n, i) => ({ ...nativeNode({ ...nodeV[i], id: nodeV[i]?.nodeId }), position: pos(n) })),
      rawEdges.map((e, i) =>
        nativeEdge({ ...edgeV[i], id: edgeV[i]?.edgeId, source: idOf.get(e.s), target: idOf.get(e.t) }),
      ),
    );
    return { name, format: FORMAT, ...native, warnings: [], native: true };
  }
  // Node names become ids where they are unique (they are what people clamp and read); otherwise the CX id does.
  const names = nodeV.map((v, i) => String(v.name ?? rawNodes[i]?.id));
  const unique = new Set(names).size === names.length;
  const idOf = new Map(rawNodes.map((n, i) => [n.id, unique ? (names[i] as string) : `n${n.id}`]));
  const nodes: DraftNode[] = rawNodes.map((n, i) => ({
    id: idOf.get(n.id) as string,
    label: names[i],
    position: pos(n),
  }));
  const edges: DraftEdge[] = rawEdges.map((e, i) => {
    const v = edgeV[i] ?? {};
    return {
      source: idOf.get(e.s) as string,
      target: idOf.get(e.t) as string,
      sign: signOf(v.sign ?? v.polarity ?? v.effect ?? v.interaction) ?? 'activation',
    };
  });
  return draftToPathway({ name, format: FORMAT, nodes, edges, references: [], warnings: [] });
}
