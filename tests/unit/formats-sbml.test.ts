// SBML-qual: the bundled model out and back without loss, public Cell Collective and GINsim files in, bad files named.
import { readFileSync } from 'node:fs';
import { predict } from '../../src/engine/predict';
import { assembleModel } from '../../src/formats/assemble';
import { importBnet } from '../../src/formats/bnet';
import { FormatError } from '../../src/formats/errors';
import { exportSbmlQual, importSbmlQual, PATHWAY_LENS_NS } from '../../src/formats/sbml';
import {
  attr,
  buildXml,
  declaredNamespace,
  descendants,
  kid,
  kids,
  parseXml,
  type XmlElement,
} from '../../src/formats/xml';
import { readCases, scenarioOf } from '../support/cases';
import { model } from './helpers';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url), 'utf8');

const xml = exportSbmlQual(model);
const doc = parseXml(xml, 'SBML');
const sbmlModel = kid(doc, 'model') as XmlElement;
const species = kids(kid(sbmlModel, 'listOfQualitativeSpecies'), 'qualitativeSpecies');
const transitions = kids(kid(sbmlModel, 'listOfTransitions'), 'transition');

/** The document with every Pathway Lens annotation removed, as a tool that drops unknown annotations would save it. */
function stripOwnAnnotations(text: string): string {
  const root = parseXml(text, 'SBML');
  const walk = (e: XmlElement) => {
    e.children = e.children.filter((c) => declaredNamespace(c) !== PATHWAY_LENS_NS);
    e.children.forEach(walk);
  };
  walk(root);
  return buildXml(root);
}

describe('SBML-qual export of the bundled model', () => {
  it('is SBML Level 3 Version 1 with the qual package required and layout optional', () => {
    expect(doc.name).toBe('sbml');
    expect(doc.attrs).toMatchObject({
      xmlns: 'http://www.sbml.org/sbml/level3/version1/core',
      'xmlns:qual': 'http://www.sbml.org/sbml/level3/version1/qual/version1',
      level: '3',
      version: '1',
      'qual:required': 'true',
      'layout:required': 'false',
    });
  });

  it('has one qualitative species per node, in a declared compartment', () => {
    expect(species).toHaveLength(model.pathway.nodes.length);
    const compartments = kids(kid(sbmlModel, 'listOfCompartments'), 'compartment').map((c) => c.attrs.id);
    for (const s of species) expect(compartments).toContain(attr(s, 'compartment'));
    expect(species.map((s) => attr(s, 'name'))).toEqual(model.pathway.nodes.map((n) => n.label));
  });

  it('has one transition per node with inputs, one signed input per source', () => {
    const fed = new Set(model.pathway.edges.map((e) => e.target));
    expect(transitions).toHaveLength(fed.size);
    const akt = transitions.find((t) => attr(t, 'id') === 'tr_IRS1_pY') as XmlElement;
    const inputs = kids(kid(akt, 'listOfInputs'), 'input');
    const sources = new Set(model.pathway.edges.filter((e) => e.target === 'IRS1_pY').map((e) => e.source));
    expect(inputs.map((i) => attr(i, 'qualitativeSpecies')).sort()).toEqual([...sources].sort());
    for (const i of inputs) expect(['positive', 'negative', 'dual']).toContain(attr(i, 'sign'));
  });

  it('writes each rule as a MathML function term (groups as <and/>, inhibitors as level 0)', () => {
    const grouped = model.pathway.edges.find((e) => e.group && e.sign === 'activation') as { target: string };
    const t = transitions.find((x) => attr(x, 'id') === `tr_${grouped.target}`) as XmlElement;
    const math = descendants(t, 'math')[0] as XmlElement;
    expect(descendants(math, 'and').length).toBeGreaterThan(0);
    const inhibited = transitions.find((x) =>
      kids(kid(x, 'listOfInputs'), 'input').some((i) => attr(i, 'sign') === 'negative'),
    ) as XmlElement;
    expect(descendants(inhibited, 'cn').some((c) => c.text === '0')).toBe(true);
  });

  it('annotates references that have a PubMed id or DOI with identifiers.org URIs (MIRIAM)', () => {
    const uris = descendants(sbmlModel, 'li').map((li) => attr(li, 'resource') ?? '');
    expect(uris.some((u) => /^https:\/\/identifiers\.org\/pubmed:\d+$/.test(u))).toBe(true);
    expect(uris.some((u) => /^https:\/\/identifiers\.org\/doi:10\./.test(u))).toBe(true);
    for (const d of descendants(sbmlModel, 'Description'))
      expect(d.attrs['rdf:about']?.startsWith('#m')).toBe(true);
  });

  it("keeps weights, EC50s, Hill n and speeds in the app's own annotation namespace", () => {
    const edge = model.pathway.edges.find((e) => e.ec50 !== undefined && e.hill !== undefined) as {
      id: string;
      ec50: number;
      hill: number;
    };
    const annotated = descendants(sbmlModel, 'edge').find((e) => e.attrs.id === edge.id) as XmlElement;
    expect(annotated.attrs).toMatchObject({ ec50: String(edge.ec50), hill: String(edge.hill) });
    expect(annotated.attrs.speed).toBeDefined();
  });

  it('places every node with a layout glyph', () => {
    expect(descendants(sbmlModel, 'generalGlyph')).toHaveLength(model.pathway.nodes.length);
  });
});

describe('SBML-qual round trip of the bundled model', () => {
  const again = assembleModel(importSbmlQual(xml));

  it('rereads nodes, edges, loops, readouts, mutations and parameters without loss', () => {
    expect(again.pathway).toEqual(model.pathway);
    expect(again.drugs.map((d) => d.id)).toEqual(model.drugs.map((d) => d.id));
  });

  it('gives the same prediction for every shared literature case', () => {
    for (const c of readCases('shared')) {
      const before = predict(model, scenarioOf(c)).readouts[c.readout];
      const after = predict(again, scenarioOf(c)).readouts[c.readout];
      expect(after?.direction, c.id).toBe(before?.direction);
      expect(after?.value, c.id).toBeCloseTo(before?.value as number, 9);
    }
  });

  it('keeps fractional positions exactly (a glyph corner and back would round them)', () => {
    const imported = importSbmlQual(xml);
    const nodes = imported.pathway.nodes as Array<{ position: { x: number; y: number } }>;
    (nodes[0] as { position: { x: number; y: number } }).position = { x: 0.1, y: -12.345678901 };
    const moved = assembleModel(imported);
    const back = assembleModel(importSbmlQual(exportSbmlQual(moved)));
    expect(back.pathway.nodes[0]?.position).toEqual({ x: 0.1, y: -12.345678901 });
  });

  it('reads a transition another tool rewrote from its rule, and says so', () => {
    const root = parseXml(xml, 'SBML');
    const tr = descendants(root, 'transition').find((t) => attr(t, 'id') === 'tr_S6') as XmlElement;
    for (const input of descendants(tr, 'input'))
      for (const ann of kids(input, 'annotation'))
        ann.children = ann.children.filter((c) => declaredNamespace(c) !== PATHWAY_LENS_NS);
    const imported = importSbmlQual(buildXml(root));
    expect(imported.warnings).toEqual([expect.stringMatching(/"tr_S6" has no Pathway Lens annotation/)]);
    const m = assembleModel(imported);
    const into = (x: typeof model) =>
      x.pathway.edges.filter((e) => e.target === 'S6').map((e) => `${e.source} ${e.sign}`);
    expect(into(m).sort()).toEqual(into(model).sort());
    expect(m.pathway.edges.filter((e) => e.target !== 'S6')).toEqual(
      model.pathway.edges.filter((e) => e.target !== 'S6'),
    );
  });

  it('still reads a copy whose Pathway Lens annotations were dropped: same nodes, signs from the rules', () => {
    const bare = importSbmlQual(stripOwnAnnotations(xml));
    expect(bare.native).toBe(false);
    const rebuilt = assembleModel(bare);
    expect(rebuilt.pathway.nodes.map((n) => n.label)).toEqual(model.pathway.nodes.map((n) => n.label));
    for (const e of rebuilt.pathway.edges)
      expect(
        model.pathway.edges.some((x) => x.source === e.source && x.target === e.target && x.sign === e.sign),
        e.id,
      ).toBe(true);
    // Positions come back from the layout package.
    expect(rebuilt.pathway.nodes.map((n) => n.position)).toEqual(model.pathway.nodes.map((n) => n.position));
  });
});

describe('public SBML-qual files', () => {
  it('reads a Cell Collective export: names, PubMed references, rules, loops and a layered layout', () => {
    const imported = importSbmlQual(fixture('bt474-erbb-cellcollective.sbml'));
    const m = assembleModel(imported);
    expect(m.pathway.nodes).toHaveLength(16);
    const label = (id: string) => m.nodeById.get(id)?.label;
    const erbb1 = m.pathway.nodes.find((n) => n.label === 'ERBB1')?.id as string;
    const inhibitors = m.pathway.edges.filter((e) => e.target === erbb1 && e.sign === 'inhibition');
    expect(inhibitors.map((e) => label(e.source)).sort()).toEqual(['erlotinib', 'pertuzumab']);
    expect(inhibitors.every((e) => e.group === undefined)).toBe(true);
    expect(m.references.get('pmid-24970389')?.pmid).toBe('24970389');
    expect(m.pathway.loops.length).toBeGreaterThan(0);
    for (const l of m.pathway.loops) expect(m.pathway.edges.some((e) => e.loop === l.id)).toBe(true);
    expect(new Set(m.pathway.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(16);
    // Every node is a readout, under its own id.
    expect(m.pathway.readouts.map((r) => r.id)).toEqual(m.pathway.nodes.map((n) => n.id));
  });

  it('simulates it to a steady state, and erlotinib forced on switches ERBB1 off (von der Heyde et al. 2014)', () => {
    const m = assembleModel(importSbmlQual(fixture('bt474-erbb-cellcollective.sbml')));
    const erbb1 = m.pathway.nodes.find((n) => n.label === 'ERBB1')?.id as string;
    const result = predict(m, {
      context: { clamp: { EGF: 1, HRG: 1, erlotinib: 1 } },
      reference: { context: { clamp: { EGF: 1, HRG: 1 } } },
    });
    expect(result.converged).toBe(true);
    expect(Object.keys(result.readouts)).toHaveLength(16);
    expect(result.readouts[erbb1]?.reference).toBeGreaterThan(0.5);
    expect(result.readouts[erbb1]?.direction).toBe('down');
  });

  it('reads the same network from its BoolNet file with the same signed wiring', () => {
    const fromSbml = assembleModel(importSbmlQual(fixture('bt474-erbb-cellcollective.sbml')));
    const fromBnet = assembleModel(importBnet(fixture('bt474-erbb-bbm.bnet')));
    const wiring = (m: typeof fromSbml, name: (id: string) => string) =>
      m.pathway.edges.map((e) => `${name(e.source)} ${e.sign} ${name(e.target)} ${e.group ?? ''}`).sort();
    const sbmlName = (id: string) => fromSbml.nodeById.get(id)?.label as string;
    const bnetName = (id: string) => id.replace(/^v_/, '');
    expect(wiring(fromBnet, bnetName)).toEqual(wiring(fromSbml, sbmlName));
  });

  it('reads a GINsim export with its layout and simulates a BMP knock-in (Fauré et al. 2014)', () => {
    const m = assembleModel(importSbmlQual(fixture('eggshell-patterning-ginsim.sbml')));
    expect(m.nodeById.get('Operculum')?.position).toEqual({ x: 31 + 105 / 2, y: 265 + 25 / 2 });
    const cell = { anterior: 1, EGF_b1: 1, EGF_b2: 0, Roof_adj: 0 } as const;
    const result = predict(m, {
      context: { clamp: { ...cell, BMP: 1 } },
      reference: { context: { clamp: { ...cell, BMP: 0 } } },
      readouts: ['Roof'],
    });
    expect(result.converged).toBe(true);
    expect(result.readouts.Roof?.reference).toBeGreaterThan(0.5);
    expect(result.readouts.Roof?.direction).toBe('down');
  });
});

describe('bad SBML files name the line or element', () => {
  const species = (id: string) =>
    `<qual:qualitativeSpecies qual:id="${id}" qual:compartment="c" qual:constant="false" qual:maxLevel="1"/>`;
  const wrap = (body: string) =>
    `<?xml version="1.0"?>\n<sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" xmlns:qual="http://www.sbml.org/sbml/level3/version1/qual/version1" level="3" version="1">\n<model id="m">\n${body}\n</model>\n</sbml>\n`;
  const species2 = `<qual:listOfQualitativeSpecies>${species('A')}${species('B')}</qual:listOfQualitativeSpecies>`;
  const transition = (input: string, math: string) =>
    `<qual:listOfTransitions><qual:transition qual:id="tr_B"><qual:listOfInputs><qual:input qual:id="tr_B_in" qual:qualitativeSpecies="${input}" qual:transitionEffect="none" qual:sign="positive"/></qual:listOfInputs><qual:listOfOutputs><qual:output qual:qualitativeSpecies="B" qual:transitionEffect="assignmentLevel"/></qual:listOfOutputs><qual:listOfFunctionTerms><qual:defaultTerm qual:resultLevel="0"/><qual:functionTerm qual:resultLevel="1"><math xmlns="http://www.w3.org/1998/Math/MathML">${math}</math></qual:functionTerm></qual:listOfFunctionTerms></qual:transition></qual:listOfTransitions>`;
  const eqA = '<apply><eq/><ci>A</ci><cn type="integer">1</cn></apply>';

  it.each([
    ['broken XML', wrap('<qual:listOfQualitativeSpecies>'), /SBML: line \d+, column \d+: /],
    ['another root element', '<notsbml/>', /<notsbml>: the root element is not <sbml>/],
    ['no species', wrap(''), /no qual:qualitativeSpecies/],
    [
      'an input naming an unknown species',
      wrap(species2 + transition('X', eqA)),
      /qual:input "tr_B_in" of qual:transition "tr_B": names unknown qualitative species "X"/,
    ],
    [
      'a rule naming an unknown species',
      wrap(species2 + transition('A', '<apply><eq/><ci>Z</ci><cn>1</cn></apply>')),
      /qual:transition "tr_B": <ci>Z<\/ci> names neither/,
    ],
    [
      'unsupported MathML',
      wrap(species2 + transition('A', '<apply><plus/><ci>A</ci><cn>1</cn></apply>')),
      /qual:transition "tr_B": unsupported MathML <plus\/>/,
    ],
  ])('%s', (_, text, message) => {
    expect(() => importSbmlQual(text)).toThrow(FormatError);
    expect(() => importSbmlQual(text)).toThrow(message);
  });

  it('reads a minimal valid file, with a threshold given by an input id', () => {
    const math = '<apply><geq/><ci>A</ci><ci>tr_B_in</ci></apply>';
    const m = assembleModel(importSbmlQual(wrap(species2 + transition('A', math))));
    expect(m.pathway.edges).toMatchObject([{ source: 'A', target: 'B', sign: 'activation' }]);
  });

  it('names the element whose Pathway Lens annotation is unreadable', () => {
    const broken = xml.replace(/(<pl:node[^>]*?) extra="[^"]*"/, '$1 extra="{not json"');
    expect(() => importSbmlQual(broken)).toThrow(
      /qual:qualitativeSpecies "[A-Za-z0-9_]+": unreadable annotation/,
    );
  });
});
