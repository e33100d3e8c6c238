// Cytoscape.js JSON, CX2, SIF and BoolNet: the bundled model out and back (counts, signs, positions; the graph formats
// without loss), CX2's structure against its specification, simulated values, and bad files named.
import { predict } from '../../src/engine/predict';
import { runScenario } from '../../src/engine/scenario';
import { assembleModel } from '../../src/formats/assemble';
import { exportBnet, importBnet } from '../../src/formats/bnet';
import { CX2_MODEL_ASPECT, exportCx2, importCx2 } from '../../src/formats/cx2';
import { exportCyjs, importCyjs } from '../../src/formats/cyjs';
import { FormatError } from '../../src/formats/errors';
import { detectFormat, exportNetwork, FORMAT_IDS, importNetwork } from '../../src/formats/index';
import { exportSif, importSif } from '../../src/formats/sif';
import { model } from './helpers';

const signs = (m: typeof model) => m.pathway.edges.map((e) => `${e.source}|${e.target}|${e.sign}`).sort();
const positions = (m: typeof model) => m.pathway.nodes.map((n) => [n.id, n.position.x, n.position.y]);

describe('Cytoscape.js JSON', () => {
  const text = exportCyjs(model);
  const doc = JSON.parse(text);

  it('has elements with data and positions, signs as interactions', () => {
    expect(doc.format_version).toBe('1.0');
    expect(doc.elements.nodes).toHaveLength(model.pathway.nodes.length);
    expect(doc.elements.edges).toHaveLength(model.pathway.edges.length);
    const akt = doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'AKT');
    expect(akt.position).toEqual(model.nodeById.get('AKT')?.position);
    expect(akt.data.name).toBe(model.nodeById.get('AKT')?.label);
    const interactions = new Set(
      doc.elements.edges.map((e: { data: { interaction: string } }) => e.data.interaction),
    );
    expect(interactions).toEqual(new Set(['activates', 'inhibits']));
  });

  it('comes back with the same nodes, edges, signs and positions — and the whole model', () => {
    const again = assembleModel(importCyjs(text));
    expect(again.pathway.edges).toHaveLength(model.pathway.edges.length);
    expect(signs(again)).toEqual(signs(model));
    expect(positions(again)).toEqual(positions(model));
    expect(again.pathway).toEqual(model.pathway);
  });

  it('reads a plain Cytoscape.js file (elements as one array, signs from the interaction, no positions)', () => {
    const plain = JSON.stringify([
      { data: { id: 'a', name: 'A' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'ab', source: 'a', target: 'b', interaction: 'activates' } },
      { data: { id: 'bc', source: 'b', target: 'c', interaction: 'inhibits' } },
      { data: { id: 'cb', source: 'c', target: 'b', sign: 'inhibition' } },
    ]);
    const m = assembleModel(importCyjs(plain));
    expect(m.pathway.edges.map((e) => [e.source, e.target, e.sign])).toEqual([
      ['a', 'b', 'activation'],
      ['b', 'c', 'inhibition'],
      ['c', 'b', 'inhibition'],
    ]);
    expect(m.nodeById.get('a')?.label).toBe('A');
    expect(m.pathway.loops.map((l) => l.id)).toEqual(['c-b']);
    expect(m.nodeById.get('b')?.position.y).toBeGreaterThan(m.nodeById.get('a')?.position.y as number);
  });

  it.each([
    [
      'invalid JSON',
      '{\n  "elements": [\n    { "data": { "id": "a" } }\n    { "data": { "id": "b" } }\n  ]\n}',
      /Cytoscape\.js JSON: line 4, column \d+: not valid JSON/,
    ],
    [
      'a node without an id',
      '{ "elements": { "nodes": [{ "data": {} }] } }',
      /node number 1: has no data\.id/,
    ],
    [
      'an edge to an unknown node',
      '{ "elements": { "nodes": [{ "data": { "id": "a" } }], "edges": [{ "data": { "id": "e1", "source": "a", "target": "zz" } }] } }',
      /edge "e1": names unknown target node "zz"/,
    ],
    ['no elements', '{ "data": {} }', /the file: has no "elements"/],
  ])('names the problem in %s', (_, text, message) => {
    expect(() => importCyjs(text)).toThrow(FormatError);
    expect(() => importCyjs(text)).toThrow(message);
  });
});

describe('CX2', () => {
  const result = runScenario(
    model,
    {
      mutations: [],
      treatment: [{ drug: model.drugById.get('rapamycin') as never, doseNM: 100 }],
      loopsOff: new Set(),
    },
    'sustained',
  );
  const text = exportCx2(model, { result, resultLabel: 'rapamycin 100 nM' });
  const aspects = JSON.parse(text) as Array<Record<string, unknown>>;
  const aspect = <T>(name: string) => (aspects.find((a) => name in a) as Record<string, T[]>)[name] as T[];
  type CxNode = { id: number; x: number; y: number; v: Record<string, unknown> };
  type CxEdge = { id: number; s: number; t: number; v: Record<string, unknown> };

  it('follows the specification: descriptor first, declarations before data, status last', () => {
    expect(aspects[0]).toEqual({ CXVersion: '2.0', hasFragments: false });
    expect(aspects[aspects.length - 1]).toEqual({ status: [{ error: '', success: true }] });
    const names = aspects.map((a) => Object.keys(a)[0]);
    expect(names.indexOf('attributeDeclarations')).toBeLessThan(names.indexOf('nodes'));
    expect(names.indexOf('nodes')).toBeLessThan(names.indexOf('edges'));
    for (const a of aspects.slice(1)) expect(Object.keys(a)).toHaveLength(1);
    const meta = aspect<{ name: string; elementCount: number }>('metaData');
    expect(meta.find((m) => m.name === 'nodes')?.elementCount).toBe(model.pathway.nodes.length);
    expect(meta.find((m) => m.name === 'edges')?.elementCount).toBe(model.pathway.edges.length);
  });

  it('declares every attribute it uses, with values of the declared type, and never "id" inside v', () => {
    const [decl] = aspect<Record<string, Record<string, { d: string }>>>('attributeDeclarations');
    const typeOk = (d: string, value: unknown) =>
      ({
        string: typeof value === 'string',
        double: typeof value === 'number',
        boolean: typeof value === 'boolean',
        list_of_string: Array.isArray(value) && value.every((x) => typeof x === 'string'),
        list_of_double: Array.isArray(value) && value.every((x) => typeof x === 'number'),
      })[d];
    for (const [kind, list] of [
      ['nodes', aspect<CxNode>('nodes')],
      ['edges', aspect<CxEdge>('edges')],
    ] as const)
      for (const el of list)
        for (const [k, value] of Object.entries(el.v)) {
          expect(k).not.toBe('id');
          const d = decl?.[kind]?.[k]?.d as string;
          expect(d, `${kind}.${k}`).toBeDefined();
          expect(typeOk(d, value), `${kind}.${k} = ${JSON.stringify(value)}`).toBe(true);
        }
    const nodes = aspect<CxNode>('nodes');
    expect(nodes.every((n) => typeof n.x === 'number' && typeof n.y === 'number')).toBe(true);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
  });

  it('has a portable visual style: names as labels, arrows and colours by sign, fill by simulated change', () => {
    const [style] =
      aspect<Record<string, Record<string, { type: string; definition: Record<string, unknown> }>>>(
        'visualProperties',
      );
    expect(style?.nodeMapping?.NODE_LABEL).toEqual({
      type: 'PASSTHROUGH',
      definition: { attribute: 'name' },
    });
    expect(style?.edgeMapping?.EDGE_TARGET_ARROW_SHAPE?.definition).toEqual({
      attribute: 'sign',
      map: [
        { v: 'activation', vp: 'triangle' },
        { v: 'inhibition', vp: 'tee' },
      ],
    });
    expect(style?.nodeMapping?.NODE_BACKGROUND_COLOR?.type).toBe('CONTINUOUS');
  });

  it('carries the simulated values of the scenario as node attributes', () => {
    const s6k = aspect<CxNode>('nodes').find((n) => n.v.nodeId === 'S6K1') as CxNode;
    expect(s6k.v.simulatedReference).toBeCloseTo(result.reference.get('S6K1') as number, 12);
    expect(s6k.v.simulatedValue).toBeCloseTo(result.value.get('S6K1') as number, 12);
    expect(s6k.v.direction).toBe('down');
    expect(exportCx2(model)).not.toContain('simulatedValue');
  });

  it('comes back with the same nodes, edges, signs and positions — and the whole model', () => {
    const again = assembleModel(importCx2(text));
    expect(signs(again)).toEqual(signs(model));
    expect(positions(again)).toEqual(positions(model));
    expect(again.pathway).toEqual(model.pathway);
  });

  it('reads a CX2 network from another tool (aliases, defaults, names as ids)', () => {
    const other = [
      { CXVersion: '2.0', hasFragments: false },
      {
        attributeDeclarations: [
          {
            nodes: { name: { d: 'string', a: 'n' } },
            edges: { interaction: { d: 'string', v: 'activates' } },
          },
        ],
      },
      {
        nodes: [
          { id: 7, v: { n: 'RAS' } },
          { id: 9, v: { n: 'RAF' } },
          { id: 11, v: { n: 'GAP' } },
        ],
      },
      {
        edges: [
          { id: 0, s: 7, t: 9, v: {} },
          { id: 1, s: 11, t: 7, v: { interaction: 'inhibits' } },
        ],
      },
      { status: [{ error: '', success: true }] },
    ];
    const m = assembleModel(importCx2(JSON.stringify(other)));
    expect(m.pathway.edges.map((e) => [e.source, e.target, e.sign])).toEqual([
      ['RAS', 'RAF', 'activation'],
      ['GAP', 'RAS', 'inhibition'],
    ]);
  });

  it.each([
    ['not an array', '{}', /CX2: the file: is not a JSON array of aspects/],
    [
      'CX version 1',
      '[{ "numberVerification": [{ "longNumber": 1 }] }]',
      /the first element: is not a CX descriptor/,
    ],
    [
      'an edge to an unknown node',
      '[{ "CXVersion": "2.0" }, { "nodes": [{ "id": 1 }] }, { "edges": [{ "id": 5, "s": 1, "t": 2 }] }]',
      /CX2: edge 5: names unknown target node 2/,
    ],
    [
      'a failed write',
      '[{ "CXVersion": "2.0" }, { "nodes": [{ "id": 1 }] }, { "status": [{ "error": "disk full", "success": false }] }]',
      /status aspect: .*disk full/,
    ],
  ])('names the problem in %s', (_, text, message) => {
    expect(() => importCx2(text)).toThrow(FormatError);
    expect(() => importCx2(text)).toThrow(message);
  });

  it('names the aspect whose model record is there but broken', () => {
    const broken = JSON.parse(text) as Array<Record<string, unknown>>;
    const i = broken.findIndex((a) => CX2_MODEL_ASPECT in a);
    broken[i] = { [CX2_MODEL_ASPECT]: [{ schemaVersion: 1, loops: 'x' }] };
    expect(() => assembleModel(importCx2(JSON.stringify(broken)))).toThrow(FormatError);
  });
});

describe('SIF', () => {
  it('writes one "source type target" line per edge and reads back counts and signs', () => {
    const text = exportSif(model);
    expect(text.split('\n')[0]).toMatch(/^\S+\t(activates|inhibits)\t\S+$/);
    const again = assembleModel(importSif(text));
    expect(again.pathway.nodes).toHaveLength(model.pathway.nodes.length);
    expect(new Set(signs(again))).toEqual(new Set(signs(model)));
  });

  it('reads interaction types as signs, several targets per line, and lone nodes', () => {
    const m = assembleModel(importSif('# a comment\nA\tinhibits\tB\nB pp C D\nE\n'));
    expect(m.pathway.edges.map((e) => [e.source, e.target, e.sign])).toEqual([
      ['A', 'B', 'inhibition'],
      ['B', 'C', 'activation'],
      ['B', 'D', 'activation'],
    ]);
    expect(m.nodeById.has('E')).toBe(true);
  });

  it('names the line with a missing target', () => {
    expect(() => importSif('A activates B\nB activates\n')).toThrow(
      /SIF: line 2: "B activates" names no target/,
    );
  });
});

describe('BoolNet', () => {
  it('writes a rule per node and reads back the same nodes and signed edges', () => {
    const text = exportBnet(model);
    expect(text.split('\n')[0]).toBe('targets, factors');
    const again = assembleModel(importBnet(text));
    expect(again.pathway.nodes.map((n) => n.id).sort()).toEqual(model.pathway.nodes.map((n) => n.id).sort());
    for (const e of again.pathway.edges)
      expect(
        model.pathway.edges.some((x) => x.source === e.source && x.target === e.target && x.sign === e.sign),
        e.id,
      ).toBe(true);
  });

  it('maps AND, OR and NOT the way Netflux does', () => {
    const m = assembleModel(importBnet('targets, factors\nC, (A & B) | !D\nD, A & !B\nA, A\nB, 1\n'));
    const into = (t: string) =>
      m.pathway.edges.filter((e) => e.target === t).map((e) => [e.source, e.sign, e.group ?? '-']);
    expect(into('C')).toEqual([
      ['D', 'inhibition', 'and1'],
      ['A', 'activation', 'and2'],
      ['B', 'activation', 'and2'],
    ]);
    expect(into('D')).toEqual([
      ['B', 'inhibition', '-'],
      ['A', 'activation', '-'],
    ]);
    expect(into('A')).toEqual([]);
    expect(m.nodeById.get('B')?.basal).toBe(1);
  });

  it('finds the feedback cycle and lets a scenario switch it off', () => {
    const m = assembleModel(importBnet('A, 1\nB, A & !C\nC, B\n'));
    expect(m.pathway.loops.map((l) => [l.id, l.path])).toEqual([['C-B', ['B-C', 'C-B']]]);
    const knockOut = { context: { clamp: { C: 0 } }, reference: { context: {} }, readouts: ['B'] } as const;
    expect(predict(m, knockOut).readouts.B?.direction).toBe('up');
    // With the loop off its closing edge keeps its untreated level, so removing C no longer frees B.
    expect(predict(m, { ...knockOut, feedback: { 'C-B': false } }).readouts.B?.direction).toBe('no_change');
  });

  it('names the line of a bad or repeated rule', () => {
    expect(() => importBnet('A, B\nB, (A\n')).toThrow(/BoolNet: line 2: a "\(" is not closed/);
    expect(() => importBnet('A, B\nA, 1\n')).toThrow(/line 2: "A" already has a rule \(line 1\)/);
    expect(() => importBnet('A B\n')).toThrow(/line 1: expected "target, rule"/);
  });
});

describe('format detection and dispatch', () => {
  it.each([
    ['x.sbml', '', 'sbml-qual'],
    ['', '<?xml version="1.0"?><sbml/>', 'sbml-qual'],
    ['', '[{"CXVersion":"2.0"}]', 'cx2'],
    ['', '{"elements":{}}', 'cyjs'],
    ['', 'targets, factors\nA, B\n', 'bnet'],
    ['', 'A pp B\n', 'sif'],
  ])('%s %j is %s', (name, text, format) => {
    expect(detectFormat(text, name)).toBe(format);
  });

  it('exports the bundled model to every format and imports each back with every node', () => {
    for (const f of FORMAT_IDS) {
      const back = assembleModel(importNetwork(exportNetwork(model, f), `model.${f}`, f));
      expect(back.pathway.nodes, f).toHaveLength(model.pathway.nodes.length);
    }
  });
});
