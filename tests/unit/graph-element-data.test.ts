// What the canvas is given for each node and edge (shape, size, classes, colours, fades, cuts, badge texts), on a small
// hand-made network with a hand-made overlay, so each field can be checked exactly without running the simulation.
import {
  badgeName,
  isInternal,
  labelColor,
  loopCutEdges,
  mutableNodes,
  mutationBadges,
  mutationNode,
  nodeOverlayData,
  nodeSize,
  type Overlay,
  targetableNodes,
  toElements,
} from '../../src/graph/elements';
import { changeColor, log2Change } from '../../src/graph/scale';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';
import type { Drug, Loop, Model, Mutation } from '../../src/model/types';
import { dataById } from './graph-helpers';
import { tinyModel } from './tinyNetwork';

const theme = SCREEN_THEME;

/**
 * IRS1 with its site IRS1_pS636, fed by PI3K's activation and S6K1's feedback, which is cut inside the protein (S6K1 →
 * pS636 → IRS1); AKT inhibits TSC2 twice (two AND terms), once slowly; a drug acts on AKT, a mutation changes it and
 * another changes whichever node stands for EGFR.
 */
function network(): Model {
  const base = tinyModel(
    [
      { id: 'PI3K', position: { x: 0, y: 0 } },
      { id: 'IRS1', kind: 'adaptor', position: { x: 100, y: 0 } },
      { id: 'IRS1_pS636', kind: 'site', parent: 'IRS1', label: 'pS636', position: { x: 100, y: 20 } },
      { id: 'S6K1', position: { x: 200, y: 0 } },
      { id: 'AKT', position: { x: 0, y: 100 } },
      { id: 'TSC2', kind: 'complex', position: { x: 100, y: 100 } },
      { id: 'EGFR_pool', kind: 'receptor', target: 'EGFR', small: true, position: { x: 200, y: 100 } },
    ],
    [
      { id: 'PI3K-IRS1', source: 'PI3K', target: 'IRS1' },
      { id: 'PI3K-S6K1', source: 'PI3K', target: 'S6K1' },
      { id: 'S6K1-IRS1_pS636', source: 'S6K1', target: 'IRS1_pS636', sign: 'activation' },
      { id: 'IRS1_pS636-IRS1', source: 'IRS1_pS636', target: 'IRS1', sign: 'inhibition', loop: 'FB' },
      { id: 'AKT-TSC2', source: 'AKT', target: 'TSC2', sign: 'inhibition' },
      { id: 'AKT-TSC2-again', source: 'AKT', target: 'TSC2', sign: 'inhibition', speed: 'slow' },
      { id: 'S6K1-PI3K', source: 'S6K1', target: 'PI3K', sign: 'inhibition', loop: 'FB2' },
    ],
    [
      { id: 'AKT_E17K', badge: 'E17K', effects: [{ op: 'fix', node: 'AKT', value: 1 }] },
      { id: 'EGFR_T790M', badge: 'T790M', effects: [{ op: 'potencyFold', target: 'EGFR', fold: 100 }] },
      { id: 'AKT_amp', badge: 'amp', effects: [{ op: 'fix', node: 'AKT', value: 1 }] },
      { id: 'SILENT', badge: 'x', effects: [] },
    ] as unknown as Mutation[],
  );
  const loops = [
    {
      id: 'FB',
      label: 'S6K1 ⊣ IRS1',
      kind: 'feedback',
      color: '#aa0000',
      path: ['PI3K-S6K1', 'S6K1-IRS1_pS636', 'IRS1_pS636-IRS1'],
    },
    {
      id: 'FB2',
      label: 'S6K1 ⊣ PI3K',
      kind: 'feedback',
      color: '#00aa00',
      path: ['S6K1-PI3K', 'S6K1-IRS1_pS636'],
    },
  ] as unknown as Loop[];
  const drugs = [
    { id: 'akti', name: 'Akt inhibitor', shortName: 'AKTi', synonyms: [], targets: [{ target: 'AKT' }] },
    { id: 'egfri', name: 'EGFR inhibitor', shortName: 'EGFRi', synonyms: [], targets: [{ target: 'EGFR' }] },
  ] as unknown as Drug[];
  const readouts = [{ id: 'AKT_p', node: 'AKT', label: 'AKT phosphorylation', nodeLabel: 'p-AKT' }];
  return { ...base, drugs, pathway: { ...base.pathway, loops, readouts } } as Model;
}

const overlay = (partial: Partial<Overlay> = {}): Overlay => ({
  reference: new Map(),
  value: new Map(),
  block: new Map(),
  outputBlock: new Map(),
  markers: new Map(),
  loopsOff: new Set(),
  mutationBadges: new Map(),
  ...partial,
});

describe('nodes on the canvas', () => {
  it('carry their kind’s shape, compartment, protein and a label from their readout where they have one', () => {
    const data = dataById(toElements(network(), null, theme));
    expect(data.get('AKT')).toMatchObject({
      label: 'p-AKT',
      kind: 'kinase',
      shape: 'ellipse',
      compartment: 'cytoplasm',
    });
    expect(data.get('IRS1')).toMatchObject({ label: 'IRS1', shape: 'round-rectangle' });
    expect(data.get('TSC2')?.shape).toBe('round-octagon');
    expect(data.get('IRS1_pS636')).toMatchObject({ parent: 'IRS1', label: 'pS636', shape: 'ellipse' });
    expect(data.get('IRS1')?.parent).toBeUndefined();
  });

  it('are classed by kind, as a protein holding sites, and as small (sites and small nodes)', () => {
    const classes = new Map(
      toElements(network(), null, theme)
        .filter((e) => e.group === 'nodes')
        .map((e) => [e.data.id, e.classes]),
    );
    expect(classes.get('IRS1')).toBe('adaptor protein');
    expect(classes.get('IRS1_pS636')).toBe('site site');
    expect(classes.get('EGFR_pool')).toBe('receptor site');
    expect(classes.get('AKT')).toBe('kinase');
  });

  it('are sized for their label and a direction arrow: 12 px a letter at 20 px text, smaller for sites', () => {
    // "p-AKT ↑" is 7 letters: 84 px and 11 px padding each side; 1.9 lines high
    expect(nodeSize({ kind: 'kinase' }, 'p-AKT', theme)).toEqual({ width: 106, height: 38 });
    // sites at three quarters the size: "pS636 ↑" 63 px and 6 px padding each side; 1.3 lines high
    expect(nodeSize({ kind: 'site' }, 'pS636', theme)).toEqual({ width: 75, height: 26 });
    expect(nodeSize({ kind: 'receptor', small: true }, 'pS636', theme)).toEqual({ width: 75, height: 26 });
    // a site never narrower than 38 px
    expect(nodeSize({ kind: 'site' }, '', theme).width).toBe(38);
  });

  it('untreated: the no-data fill, the label alone, no direction and no drug', () => {
    expect(nodeOverlayData(network(), 'AKT', null, theme)).toMatchObject({
      fill: theme.change.noData,
      display: 'p-AKT',
      direction: 'none',
      marker: '',
      targeted: 0,
    });
  });

  it('treated: coloured by the change, the arrow after the label, and the drugs acting there', () => {
    const treated = overlay({
      reference: new Map([['AKT', 0.5]]),
      value: new Map([['AKT', 0.05]]),
      markers: new Map([['AKT', ['AKTi', 'Rapa']]]),
    });
    const akt = nodeOverlayData(network(), 'AKT', treated, theme);
    expect(akt).toMatchObject({ display: 'p-AKT ↓', direction: 'down', marker: 'AKTi + Rapa', targeted: 1 });
    expect(akt.fill).toBe(changeColor(theme.change, log2Change(0.5, 0.05)));
    expect(akt.fill).not.toBe(theme.change.noData);
    expect(akt.textColor).toBe('#ffffff');
    // a node the overlay has no value for keeps the no-data look, without an arrow
    expect(nodeOverlayData(network(), 'TSC2', treated, theme)).toMatchObject({
      fill: theme.change.noData,
      display: 'TSC2',
      direction: 'none',
      targeted: 0,
    });
  });

  it('labels read on any fill: white where it reads as well as black ink or better, the ink where only it reads', () => {
    // a mid grey (#757575) where both reach 4.5:1 on the projector (black ink): white, the higher contrast
    expect(labelColor('#757575', PROJECTOR_THEME)).toBe('#ffffff');
    // one step lighter (#767676) black ink reads a little better (4.6:1 against 4.5:1): the ink
    expect(labelColor('#767676', PROJECTOR_THEME)).toBe('#000000');
    expect(labelColor('#909090', PROJECTOR_THEME)).toBe('#000000');
    // a grey where neither white (4.3:1) nor the screen's ink (3.9:1) reaches 4.5:1: pure black (4.9:1)
    expect(labelColor('#7a7a7a', SCREEN_THEME)).toBe('#000000');
    expect(labelColor('#1b1f24', SCREEN_THEME)).toBe('#ffffff');
    expect(labelColor('#f0f0f0', SCREEN_THEME)).toBe(SCREEN_THEME.text);
  });

  it('a node the model does not know is labelled by its id', () => {
    expect(nodeOverlayData(network(), 'GHOST', null, theme).display).toBe('GHOST');
  });

  it('a node with a reference but no treated value shows no direction', () => {
    const half = overlay({ reference: new Map([['PI3K', 0.5]]) });
    expect(nodeOverlayData(network(), 'PI3K', half, theme)).toMatchObject({
      direction: 'none',
      display: 'PI3K',
    });
  });

  it('nodes and edges are Cytoscape nodes and edges, nodes at their layout position', () => {
    const elements = toElements(network(), null, theme);
    const akt = elements.find((e) => e.data.id === 'AKT');
    expect(akt).toMatchObject({ group: 'nodes', position: { x: 0, y: 100 } });
    expect(elements.find((e) => e.data.id === 'AKT-TSC2')?.group).toBe('edges');
  });
});

describe('edges on the canvas', () => {
  it('are coloured by their loop, else red for inhibition and the theme’s colour for activation', () => {
    const data = dataById(toElements(network(), null, theme));
    expect(data.get('IRS1_pS636-IRS1')).toMatchObject({ loop: 'FB', color: '#aa0000' });
    // an edge on a loop's path belongs to the first loop that lists it
    expect(data.get('S6K1-IRS1_pS636')).toMatchObject({ loop: 'FB', color: '#aa0000' });
    expect(data.get('S6K1-PI3K')).toMatchObject({ loop: 'FB2', color: '#00aa00' });
    expect(data.get('AKT-TSC2')).toMatchObject({ loop: '', color: theme.inhibition, sign: 'inhibition' });
    expect(data.get('PI3K-IRS1')).toMatchObject({ loop: '', color: theme.activation });
    expect(theme.inhibition).not.toBe(theme.activation);
  });

  it('are classed by sign, loop and speed; edges inside a protein and repeated links are internal (not drawn)', () => {
    const classes = new Map(
      toElements(network(), null, theme)
        .filter((e) => e.group === 'edges')
        .map((e) => [e.data.id, e.classes]),
    );
    expect(classes.get('PI3K-IRS1')).toBe('activation');
    expect(classes.get('PI3K-S6K1')).toBe('activation loop');
    expect(classes.get('S6K1-IRS1_pS636')).toBe('activation loop');
    expect(classes.get('IRS1_pS636-IRS1')).toBe('inhibition loop internal');
    expect(classes.get('AKT-TSC2')).toBe('inhibition');
    expect(classes.get('AKT-TSC2-again')).toBe('inhibition slow internal');
  });

  it('fade with the block on their source, to no less than 15 % opacity', () => {
    const opacity = (block: number) =>
      dataById(toElements(network(), overlay({ block: new Map([['AKT', block]]) }), theme)).get('AKT-TSC2')
        ?.opacity;
    expect(opacity(0)).toBe(1);
    expect(opacity(0.5)).toBeCloseTo(0.575, 12);
    expect(opacity(1)).toBeCloseTo(0.15, 12);
    expect(dataById(toElements(network(), null, theme)).get('AKT-TSC2')?.opacity).toBe(1);
  });

  it('show a switched-off loop cut on the drawn edge into the protein where the loop closes inside it', () => {
    const model = network();
    expect(loopCutEdges(model)).toEqual(
      new Map([
        ['FB', new Set(['S6K1-IRS1_pS636'])],
        ['FB2', new Set(['S6K1-PI3K'])],
      ]),
    );
    const cut = (loopsOff: string[]) =>
      toElements(model, overlay({ loopsOff: new Set(loopsOff) }), theme)
        .filter((e) => e.group === 'edges' && e.data.cut === 1)
        .map((e) => e.data.id);
    expect(cut(['FB'])).toEqual(['S6K1-IRS1_pS636']);
    expect(cut(['FB', 'FB2'])).toEqual(['S6K1-IRS1_pS636', 'S6K1-PI3K']);
    expect(cut([])).toEqual([]);
    expect(cut(['NOT_A_LOOP'])).toEqual([]);
  });

  it('an edge between a protein and its own site is internal either way round; unknown nodes are not', () => {
    const model = network();
    expect(isInternal(model, 'IRS1_pS636', 'IRS1')).toBe(true);
    expect(isInternal(model, 'IRS1', 'IRS1_pS636')).toBe(true);
    expect(isInternal(model, 'GHOST', 'IRS1')).toBe(false);
    expect(isInternal(model, 'IRS1', 'GHOST')).toBe(false);
  });
});

describe('badge texts', () => {
  it('mutation badges go on the node each mutation changes, or the node that stands for its drug target', () => {
    const model = network();
    expect(mutableNodes(model)).toEqual(['AKT', 'EGFR_pool']);
    // two mutations of one node share its badge, in the model's order whatever order they were given in
    expect(mutationBadges(model, ['AKT_amp', 'EGFR_T790M', 'AKT_E17K', 'SILENT'])).toEqual(
      new Map([
        ['AKT', 'E17K/amp'],
        ['EGFR_pool', 'T790M'],
      ]),
    );
    expect(mutationBadges(model, [])).toEqual(new Map());
    expect(mutationNode(model, 'NO_SUCH_MUTATION')).toBeUndefined();
    expect(mutationNode(model, 'EGFR_T790M')).toBe('EGFR_pool');
  });

  it('drug badges go on every node a drug can act on, named in full up to 13 letters', () => {
    expect(targetableNodes(network())).toEqual(['AKT', 'EGFR_pool']);
    expect(badgeName({ name: 'Figitumumab', shortName: 'Figi' })).toBe('Figitumumab');
    expect(badgeName({ name: 'A'.repeat(13), shortName: 'A13' })).toBe('A'.repeat(13));
    expect(badgeName({ name: 'Trastuzumab emtansine', shortName: 'T-DM1' })).toBe('T-DM1');
  });
});
