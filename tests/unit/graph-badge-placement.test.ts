// Where drug and mutation badges sit around a node's label, and how the compartment bands frame the nodes, on small
// hand-made networks where every place can be worked out by hand (screen theme: 20 px text, labels ~12 px a letter).
import {
  compartmentBands,
  markerData,
  markerElements,
  mutationBadgeElements,
} from '../../src/graph/elements';
import { PROJECTOR_THEME, SCREEN_THEME, type Theme } from '../../src/graph/theme';
import type { Drug, Model, Mutation } from '../../src/model/types';
import { type NodeSpec, tinyModel } from './tinyNetwork';

/** A drug that acts on `targets`, with a badge name of its own. */
const drugOn = (id: string, name: string, ...targets: string[]) =>
  ({
    id,
    name,
    shortName: id,
    synonyms: [],
    targets: targets.map((target) => ({ target })),
  }) as unknown as Drug;

/** A mutation that changes `node`. */
const mutationOf = (id: string, badge: string, node: string) =>
  ({ id, badge, effects: [{ op: 'fix', node, value: 1 }] }) as unknown as Mutation;

/** Nodes at layout positions, the drugs that act on them and their mutations. */
function canvasModel(nodes: NodeSpec[], drugs: Drug[] = [], mutations: Mutation[] = []): Model {
  const model = tinyModel(nodes, [], mutations);
  return { ...model, drugs, drugById: new Map(drugs.map((d) => [d.id, d])) };
}

const node = (id: string, x: number, y: number, extra: Partial<NodeSpec> = {}): NodeSpec => ({
  id,
  position: { x, y },
  ...extra,
});

/** Where the canvas puts the drug badge of `nodeId`. */
function markerAt(model: Model, nodeId: string, theme: Theme = SCREEN_THEME) {
  const marker = markerElements(model, null, theme).find((m) => m.data.of === nodeId);
  return marker?.position;
}

// A three-letter label is 82 × 38 px on screen: its box runs 19 px above and below the node's centre.
const LABEL_HALF_HEIGHT = 19;
// A one-drug badge is 24 px high (one 20 px line and 4 px of padding).
const BADGE_HEIGHT = 24;

describe('drug badges', () => {
  it('sit centred just above the label of a node with room around it, 4 px clear of it', () => {
    const model = canvasModel([node('AKT', 100, 200)], [drugOn('a', 'Alpha', 'AKT')]);
    const at = markerAt(model, 'AKT');
    expect(markerData('Alpha', SCREEN_THEME).markerHeight).toBe(BADGE_HEIGHT);
    expect(at?.x).toBe(100);
    expect(200 - LABEL_HALF_HEIGHT - ((at?.y ?? 0) + BADGE_HEIGHT / 2)).toBe(4);
  });

  it('go below the node, still centred, when another label sits right above it', () => {
    const model = canvasModel([node('AKT', 0, 0), node('TOP', 0, -45)], [drugOn('a', 'Alpha', 'AKT')]);
    expect(markerAt(model, 'AKT')).toEqual({ x: 0, y: LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2 });
  });

  it('go beside the label, on the right, when wide labels take the room above and below', () => {
    const wide = 'W'.repeat(20);
    const model = canvasModel(
      [node('AKT', 0, 0), node('TOP', 0, -45, { label: wide }), node('LOW', 0, 45, { label: wide })],
      [drugOn('a', 'Alpha', 'AKT')],
    );
    const at = markerAt(model, 'AKT');
    expect(at?.y).toBe(0);
    // the badge is sized for its widest text ("Alpha +" of a combination): its left edge 4 px right of the label's
    const width = markerData('Alpha + x', SCREEN_THEME).markerWidth;
    expect(width).toBe(89);
    expect((at?.x ?? 0) - width / 2 - 41).toBe(4);
  });

  it('go beside the label on the left when its right is taken too', () => {
    const wide = 'W'.repeat(20);
    const model = canvasModel(
      [
        node('AKT', 0, 0),
        node('TOP', 0, -45, { label: wide }),
        node('LOW', 0, 45, { label: wide }),
        node('RGT', 130, 0),
        // a drug with a longer name acting elsewhere does not widen AKT's badge
        node('FAR', 1000, 1000),
      ],
      [drugOn('a', 'Alpha', 'AKT'), drugOn('b', 'Betamaxxxxxxx', 'FAR')],
    );
    expect(markerAt(model, 'AKT')).toEqual({ x: -(41 + 4 + 89 / 2), y: 0 });
  });

  it('count a label less than 2 px away as covered', () => {
    // a label whose bottom edge is 1 px above the place above AKT's label: the badge goes below instead
    const model = canvasModel([node('AKT', 0, 0), node('TOP', 0, -67)], [drugOn('a', 'Alpha', 'AKT')]);
    expect(markerAt(model, 'AKT')).toEqual({ x: 0, y: LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2 });
    // the same beside it: a label (94 px wide) whose left edge is 1 px right of that place
    const beside = canvasModel([node('AKT', 0, 0), node('SIDE', 92.5, -35)], [drugOn('a', 'Alpha', 'AKT')]);
    expect(markerAt(beside, 'AKT')).toEqual({ x: 0, y: LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2 });
    // 3 px away it is clear
    const clear = canvasModel([node('AKT', 0, 0), node('TOP', 0, -69)], [drugOn('a', 'Alpha', 'AKT')]);
    expect(markerAt(clear, 'AKT')).toEqual({ x: 0, y: -(LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2) });
  });

  it('step out a badge height (plus the gap) at a time when labels crowd the nearer places, above or below', () => {
    const wide = 'W'.repeat(20);
    const twoUp = canvasModel(
      [node('AKT', 0, 0), node('NEAR', 0, -34, { label: wide }), node('LOW', 0, 45, { label: wide })],
      [drugOn('a', 'Alpha', 'AKT')],
    );
    const above = LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2;
    expect(markerAt(twoUp, 'AKT')).toEqual({ x: 0, y: -(above + 2 * (BADGE_HEIGHT / 2 + 4)) });
    const twoDown = canvasModel(
      [node('AKT', 0, 0), node('TOP', 0, -45, { label: wide }), node('NEAR', 0, 34, { label: wide })],
      [drugOn('a', 'Alpha', 'AKT')],
    );
    expect(markerAt(twoDown, 'AKT')).toEqual({ x: 0, y: above + 2 * (BADGE_HEIGHT / 2 + 4) });
  });

  it('sit above a protein’s title, which sits above the box of its sites', () => {
    // sites pA (-30, 0) and pB (70, -20): 48 × 26 px each, so their box spans x -54…94 and y -33…13; the title (28 px
    // high) sits 10 px above it, centred on it at x 20, and the badge 4 px above the title
    const model = canvasModel(
      [
        node('AKT', 0, 0),
        node('pA', -30, 0, { kind: 'site', parent: 'AKT' }),
        node('pB', 70, -20, { kind: 'site', parent: 'AKT' }),
      ],
      [drugOn('a', 'Alpha', 'AKT')],
    );
    expect(markerAt(model, 'AKT')).toEqual({ x: 20, y: -33 - 10 - 28 - 4 - BADGE_HEIGHT / 2 });
  });

  it('slide along the top, left first, when labels sit close above and below', () => {
    const model = canvasModel(
      [node('AKT', 0, 0), node('TOP', 0, -45), node('LOW', 0, 45)],
      [drugOn('a', 'Alpha', 'AKT')],
    );
    const at = markerAt(model, 'AKT');
    const width = markerData('Alpha + x', SCREEN_THEME).markerWidth;
    expect(at?.y).toBe(-(LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2));
    // a full badge width to the left: clear of the label above, still touching the top of its own
    expect(at?.x).toBe(-width);
  });

  it('slide right instead when a label takes the upper left too', () => {
    const model = canvasModel(
      [node('AKT', 0, 0), node('TOP', 0, -45), node('LOW', 0, 45), node('UPL', -130, -35)],
      [drugOn('a', 'Alpha', 'AKT')],
    );
    expect(markerAt(model, 'AKT')).toEqual({ x: 89, y: -(LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2) });
  });

  it('keep clear of each other: the second of two neighbours’ badges goes below its node', () => {
    const model = canvasModel(
      [node('AKT', 0, 0), node('PDK1', 80, 0)],
      [drugOn('a', 'Alpha', 'AKT'), drugOn('b', 'Beta', 'PDK1')],
    );
    expect(markerAt(model, 'AKT')).toEqual({ x: 0, y: -(LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2) });
    expect(markerAt(model, 'PDK1')).toEqual({ x: 80, y: LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2 });
  });

  it('keep clear of a mutation badge: pushed one step further down under a mutated node', () => {
    const model = canvasModel(
      [node('AKT', 0, 0), node('TOP', 0, -45)],
      [drugOn('a', 'Alpha', 'AKT')],
      [mutationOf('AKT_E17K', 'E17K', 'AKT')],
    );
    const below = LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2;
    expect(markerAt(model, 'AKT')).toEqual({ x: 0, y: below + BADGE_HEIGHT / 2 + 4 });
  });

  it('with nowhere free, go where they cover the least label: below, where the labels crowd less than above', () => {
    // wide labels every 15 px above the node and every 40 px below it, and on either side
    const wide = 'W'.repeat(30);
    const rows = [-30, -45, -60, -75, -90, 40, 80, 120].map((y, i) => node(`ROW${i}`, 0, y, { label: wide }));
    const model = canvasModel(
      [
        node('AKT', 0, 0),
        ...rows,
        node('LEFT', -150, 0, { label: wide }),
        node('RIGHT', 150, 0, { label: wide }),
      ],
      [drugOn('a', 'Alpha', 'AKT')],
    );
    expect(markerAt(model, 'AKT')).toEqual({ x: 0, y: LABEL_HALF_HEIGHT + 4 + BADGE_HEIGHT / 2 });
  });

  it('name the drugs acting on their node, and are the same place in every state of the canvas', () => {
    const model = canvasModel([node('AKT', 0, 0)], [drugOn('a', 'Alpha', 'AKT'), drugOn('b', 'Beta', 'AKT')]);
    const overlay = {
      reference: new Map(),
      value: new Map(),
      block: new Map(),
      outputBlock: new Map(),
      markers: new Map([['AKT', ['Alpha', 'Beta']]]),
      loopsOff: new Set<string>(),
      mutationBadges: new Map(),
    };
    const [treated] = markerElements(model, overlay, SCREEN_THEME);
    const [untreated] = markerElements(model, null, SCREEN_THEME);
    expect(treated?.data).toMatchObject({ id: 'marker-AKT', of: 'AKT', marker: 'Alpha + Beta' });
    expect(treated?.data.markerText).toBe('Alpha +\nBeta');
    expect(untreated?.data.marker).toBe('');
    expect(treated?.position).toEqual(untreated?.position);
    expect(treated?.classes).toBe('marker');
    expect(treated?.group).toBe('nodes');
    // one line per drug: "Alpha +" is the wider, 7 bold letters at 16 px (11.2 px each) and 10 px of padding
    expect(treated?.data).toMatchObject({ markerWidth: 89, markerHeight: 2 * 20 + 4 });
    expect(treated?.selectable).toBe(false);
    expect(treated?.grabbable).toBe(false);
  });
});

describe('mutation badges', () => {
  const model = canvasModel(
    [node('EGFR', 100, 200), node('HER2_EXPR', 300, 200, { small: true })],
    [],
    [mutationOf('L858R', 'L858R', 'EGFR'), mutationOf('HER2_amp', 'amp', 'HER2_EXPR')],
  );
  const badgeAt = (theme: Theme, of: string) =>
    mutationBadgeElements(model, null, theme).find((b) => b.data.of === of)?.position;

  it('hang off the lower right of the node, closer under a small node, farther on the projector’s larger text', () => {
    expect(badgeAt(SCREEN_THEME, 'EGFR')).toEqual({ x: 124, y: 222 });
    expect(badgeAt(SCREEN_THEME, 'HER2_EXPR')).toEqual({ x: 324, y: 214 });
    // projector: 25 px text and a layout 1.3 × wider, 0.82 × as high
    expect(badgeAt(PROJECTOR_THEME, 'EGFR')).toEqual({ x: 160, y: 191.5 });
  });

  it('exist for every mutable node, empty and not to be grabbed until the mutation is given', () => {
    const badges = mutationBadgeElements(model, null, SCREEN_THEME);
    expect(badges.map((b) => b.data.id)).toEqual(['mutation-EGFR', 'mutation-HER2_EXPR']);
    for (const b of badges) {
      expect(b.data.badge).toBe('');
      expect(b).toMatchObject({ group: 'nodes', selectable: false, grabbable: false, classes: 'mutation' });
    }
  });

  it('show the marks of the mutations given, sized for their text (14 px bold-ish letters, 8 px padding)', () => {
    const overlay = {
      reference: new Map(),
      value: new Map(),
      block: new Map(),
      outputBlock: new Map(),
      markers: new Map(),
      loopsOff: new Set<string>(),
      mutationBadges: new Map([['EGFR', 'L858R']]),
    };
    const [egfr, her2] = mutationBadgeElements(model, overlay, SCREEN_THEME);
    // 5 letters × 14 px × 0.6 = 42 px
    expect(egfr?.data).toMatchObject({ id: 'mutation-EGFR', of: 'EGFR', badge: 'L858R', badgeWidth: 50 });
    expect(her2?.data).toMatchObject({ badge: '', badgeWidth: 12 });
  });
});

describe('compartment bands', () => {
  const cell = [
    node('EGF', 100, 0, { compartment: 'extracellular' }),
    node('EGFR', 100, 100, { compartment: 'membrane' }),
    node('HER2', 300, 120, { compartment: 'membrane' }),
    node('AKT', 200, 250, { compartment: 'cytoplasm' }),
    node('AKT_pS473', 200, 300, { compartment: 'cytoplasm', kind: 'site', parent: 'AKT' }),
    node('FOXO', 150, 400, { compartment: 'nucleus' }),
  ];
  const box = (b: { data: Record<string, unknown>; position?: { x: number; y: number } }) => ({
    top: (b.position?.y ?? 0) - (b.data.height as number) / 2,
    bottom: (b.position?.y ?? 0) + (b.data.height as number) / 2,
    left: (b.position?.x ?? 0) - (b.data.width as number) / 2,
    right: (b.position?.x ?? 0) + (b.data.width as number) / 2,
  });

  it('reach 45 px above and below their top and bottom nodes (sites inside a protein do not count) and 90 px past the cell’s sides', () => {
    const bands = compartmentBands(canvasModel(cell), SCREEN_THEME);
    expect(bands.map((b) => [b.data.band, box(b)])).toEqual([
      ['extracellular', { top: -45, bottom: 45, left: 10, right: 390 }],
      ['membrane', { top: 55, bottom: 165, left: 10, right: 390 }],
      ['cytoplasm', { top: 205, bottom: 295, left: 10, right: 390 }],
      ['nucleus', { top: 355, bottom: 445, left: 10, right: 390 }],
    ]);
  });

  it('start where the band above ends when their nodes sit closer than the two margins', () => {
    const close = cell.map((n) => (n.id === 'EGFR' ? node('EGFR', 100, 70, { compartment: 'membrane' }) : n));
    const membrane = compartmentBands(canvasModel(close), SCREEN_THEME).find(
      (b) => b.data.band === 'membrane',
    );
    expect(membrane && box(membrane)).toEqual({ top: 45, bottom: 165, left: 10, right: 390 });
  });

  it('frame the whole body in a column of its own, taller above its top node for the title', () => {
    const body = [
      node('GLUCOSE', -200, 100, { compartment: 'systemic' }),
      node('INSULIN', -100, 300, { compartment: 'systemic' }),
    ];
    const bands = compartmentBands(canvasModel([...cell, ...body]), SCREEN_THEME);
    const systemic = bands.find((b) => b.data.band === 'systemic');
    expect(systemic && box(systemic)).toEqual({ top: 30, bottom: 350, left: -310, right: 10 });
    expect(systemic?.data).toMatchObject({ id: 'band-systemic', label: 'Whole body' });
    expect(systemic?.data.fill).toBe(SCREEN_THEME.compartmentFill.systemic);
    expect(systemic).toMatchObject({ group: 'nodes', selectable: false, grabbable: false, classes: 'band' });
    for (const band of bands)
      expect(band).toMatchObject({
        group: 'nodes',
        data: { id: `band-${band.data.band}` },
        grabbable: false,
      });
    // the cell's bands stay where they were: the body's nodes do not widen them
    expect(box(bands[0] as never)).toMatchObject({ left: 10, right: 390 });
    expect(compartmentBands(canvasModel(cell), SCREEN_THEME).some((b) => b.data.band === 'systemic')).toBe(
      false,
    );
  });
});
