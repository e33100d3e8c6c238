import { predict } from '../../src/engine/predict';
import { nodeQuantities } from '../../src/engine/shown';
import { isInternal, labelBoxes, layoutPosition, luminance, toElements } from '../../src/graph/elements';
import { changeColor, directionGlyph, log2Change } from '../../src/graph/scale';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';
import { type Choices, canvasFor } from './graph-helpers';
import { model } from './helpers';

const scale = SCREEN_THEME.change;
const DARKEST_DOWN = scale.points[0]?.[1];
/** The name a node carries on the diagram: its readout's short name where it has one (e.g. "p-PRAS40"). */
const label = (id: string) => nodeQuantities(model).get(id)?.label ?? id;
const glyphOf = (display: unknown, id: string) => String(display).slice(label(id).length).trim();

describe('the untreated canvas', () => {
  it('as first mounted (no overlay): every node once, at its layout position, with its label and no fill', () => {
    const elements = toElements(model, null, SCREEN_THEME);
    const nodes = elements.filter((e) => e.group === 'nodes' && e.data.kind);
    expect(nodes.map((e) => e.data.id).sort()).toEqual(model.pathway.nodes.map((n) => n.id).sort());
    for (const e of nodes) {
      const n = model.nodeById.get(String(e.data.id));
      expect(e.data.display, n?.id).toBe(label(n?.id as string));
      expect(e.data.fill, n?.id).toBe(scale.noData);
      expect(e.data.direction, n?.id).toBe('none');
      expect(e.data.targeted, n?.id).toBe(0);
      expect(e.position, n?.id).toEqual(n?.position);
    }
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.id).sort()).toEqual(model.pathway.edges.map((e) => e.id).sort());
    expect(elements.filter((e) => e.classes === 'band').map((e) => e.data.label)).toEqual([
      'Extracellular',
      'Plasma membrane',
      'Cytoplasm',
      'Nucleus and cell fate',
      'Whole body',
    ]);
    const badges = elements.filter((e) => e.classes === 'marker');
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) expect(b.data.marker, String(b.data.id)).toBe('');
  });

  it('with no drug given: every node neutral grey, no glyph', () => {
    const { data } = canvasFor({});
    for (const n of model.pathway.nodes) {
      expect(data.get(n.id)?.fill, n.id).toBe(changeColor(scale, 0));
      expect(data.get(n.id)?.display, n.id).toBe(label(n.id));
    }
  });

  it('places nodes by the theme: the projector layout is wider and flatter', () => {
    const data = toElements(model, null, PROJECTOR_THEME);
    const mtorc1 = data.find((e) => e.data.id === 'MTORC1');
    const at = model.nodeById.get('MTORC1')?.position as { x: number; y: number };
    expect(mtorc1?.position).toEqual({ x: at.x * 1.3, y: at.y * 0.82 });
    expect(layoutPosition({ position: { x: 100, y: 100 } }, PROJECTOR_THEME)).toEqual({ x: 130, y: 82 });
  });

  it("puts a protein's name over the middle of its box on screen, and at its top-left corner on the projector", () => {
    const sitesOf = (boxes: ReturnType<typeof labelBoxes>) => {
      const t308 = boxes.get('AKT_pT308');
      const s473 = boxes.get('AKT_pS473');
      return { left: t308?.x1 ?? Number.NaN, right: s473?.x2 ?? Number.NaN, top: t308?.y1 ?? Number.NaN };
    };
    const screen = labelBoxes(model, SCREEN_THEME);
    const onScreen = screen.get('AKT');
    const sites = sitesOf(screen);
    expect(((onScreen?.x1 ?? 0) + (onScreen?.x2 ?? 0)) / 2).toBeCloseTo((sites.left + sites.right) / 2, 6);
    expect(onScreen?.y2).toBeLessThanOrEqual(sites.top);
    const projector = labelBoxes(model, PROJECTOR_THEME);
    const onProjector = projector.get('AKT');
    // it ends where the box of sites begins (the box adds 10 px), clear of PIP3 above the middle of the box
    expect(onProjector?.x2).toBeCloseTo(sitesOf(projector).left - 10, 6);
    const pip3 = projector.get('PIP3');
    expect((onProjector?.x2 ?? 0) <= (pip3?.x1 ?? 0) || (onProjector?.y2 ?? 0) <= (pip3?.y1 ?? 0)).toBe(true);
  });
});

describe('rapamycin', () => {
  const rapa = canvasFor({ drugs: ['rapamycin'] });

  it('AKT pS473 rises through the feedback: orange and "↑" on the canvas, as the contract says', () => {
    const akt = rapa.data.get('AKT_pS473');
    expect(akt?.display).toBe(`${label('AKT_pS473')} ↑`);
    expect(akt?.direction).toBe('up');
    expect(
      predict(model, { treatment: [{ drug: 'rapamycin', dose: 'high' }] }).readouts.AKT_pS473?.direction,
    ).toBe('up');
    const ref = rapa.result.reference.get('AKT_pS473');
    const val = rapa.result.value.get('AKT_pS473');
    expect(akt?.fill).toBe(changeColor(scale, log2Change(ref, val)));
    // a rebound of about 1.6× is a strong orange on the ±2× scale; its label stays legible on it (WCAG's 3:1 for
    // large text; the labels are 20 px)
    const lum = [luminance(String(akt?.fill)), luminance(String(akt?.textColor))].sort((a, b) => b - a) as [
      number,
      number,
    ];
    expect((lum[0] + 0.05) / (lum[1] + 0.05)).toBeGreaterThanOrEqual(3);
  });

  it('S6K1 falls to almost nothing: the darkest blue, "↓", white text', () => {
    const s6k = rapa.data.get('S6K1');
    expect(s6k?.display).toBe(`${label('S6K1')} ↓`);
    expect(s6k?.fill).toBe(DARKEST_DOWN);
    expect(s6k?.textColor).toBe('#ffffff');
  });

  it('mTORC1 is drawn by what it passes on (its readout), though its own activity rises', () => {
    // regression: the canvas once ignored a drug's output block and coloured mTORC1 orange under rapamycin
    const mtorc1 = rapa.data.get('MTORC1');
    expect(rapa.result.readouts.find((r) => r.id === 'MTORC1')?.direction).toBe('down');
    expect(mtorc1?.display).toBe(`${label('MTORC1')} ↓`);
    expect(mtorc1?.fill).toBe(DARKEST_DOWN);
    expect(mtorc1?.fill).toBe(
      changeColor(scale, log2Change(rapa.result.reference.get('MTORC1'), rapa.result.value.get('MTORC1'))),
    );
  });

  it('marks where it acts with its readable name from the data, and nowhere else', () => {
    expect(rapa.data.get('marker-MTORC1')?.marker).toBe(model.drugById.get('rapamycin')?.name);
    expect(rapa.data.get('MTORC1')?.targeted).toBe(1);
    expect(rapa.data.get('MTORC1')?.marker).toBe('Rapamycin');
    const marked = [...rapa.data.values()].filter((d) => d.targeted === 1).map((d) => d.id);
    expect(marked.sort()).toEqual([...rapa.result.effects.actionPoints.keys()].sort());
  });

  it('fades the edges that leave the blocked node, in proportion to the block', () => {
    const block = rapa.overlay.block.get('MTORC1') as number;
    for (const e of model.pathway.edges.filter((x) => x.source === 'MTORC1'))
      expect(rapa.data.get(e.id)?.opacity, e.id).toBeCloseTo(Math.max(0.15, 1 - 0.85 * block), 9);
    expect(rapa.data.get('PDK1-AKT_pT308')?.opacity).toBe(1);
  });
});

describe('kinase inhibitors: each node shows the quantity the panel names', () => {
  it('a MEK inhibitor in KRAS-mutant cells: the node shows MEK phosphorylation rising, labelled so, while ERK falls', () => {
    const selu = canvasFor({ drugs: ['selumetinib'], mutations: ['KRAS_G12'] });
    expect(selu.result.readouts.find((r) => r.id === 'MEK_p')?.direction).toBe('up');
    expect(label('MEK')).toBe('p-MEK');
    expect(selu.data.get('MEK')?.display).toBe('p-MEK ↑');
    expect(selu.data.get('MEK')?.targeted).toBe(1);
    expect(selu.data.get('ERK')?.display).toBe(`${label('ERK')} ↓`);
    expect(selu.data.get('ERK')?.fill).toBe(DARKEST_DOWN);
  });

  it('an ATP-competitive AKT inhibitor: AKT pS473 rises while AKT, which has no readout, is drawn by its blocked output', () => {
    const capi = canvasFor({ drugs: ['capivasertib'] });
    expect(capi.data.get('AKT_pS473')?.display).toBe(`${label('AKT_pS473')} ↑`);
    expect(capi.data.get('AKT')?.display).toBe(`${label('AKT')} ↓`);
    const block = capi.overlay.outputBlock.get('AKT') as number;
    expect(block).toBeGreaterThan(0.5);
    expect(capi.data.get('AKT')?.fill).toBe(
      changeColor(scale, log2Change(capi.result.reference.get('AKT'), capi.result.value.get('AKT'))),
    );
  });

  it('a receptor kinase inhibitor is drawn by the receptor’s own (autophosphorylation) activity, not a second block', () => {
    const lapa = canvasFor({ drugs: ['lapatinib'], mutations: ['HER2_amp'] });
    expect(lapa.overlay.outputBlock.has('HER2')).toBe(false);
    const ref = lapa.result.reference.get('HER2');
    const val = lapa.result.value.get('HER2');
    expect(lapa.data.get('HER2')?.fill).toBe(changeColor(scale, log2Change(ref, val)));
    expect(lapa.data.get('HER2')?.display).toBe(`${label('HER2')} ↓`);
  });
});

describe('the canvas agrees with the readouts of the same scenario', () => {
  const scenarios: Array<[string, Choices]> = [
    ['rapamycin', { drugs: ['rapamycin'] }],
    ['PP242', { drugs: ['pp242'] }],
    ['NVP-BEZ235, HER2-amplified', { drugs: ['nvp-bez235'], mutations: ['HER2_amp'] }],
    ['capivasertib', { drugs: ['capivasertib'] }],
    ['selumetinib, KRAS', { drugs: ['selumetinib'], mutations: ['KRAS_G12'] }],
    [
      'erlotinib + figitumumab, IGF-1R high',
      { drugs: ['erlotinib', 'figitumumab'], mutations: ['IGF1R_high'] },
    ],
    ['rapamycin, loop off, 1 h', { drugs: ['rapamycin'], loopsOff: ['S6K1-IRS1'], timescale: 'acute' }],
  ];

  for (const [name, choices] of scenarios)
    it(`${name}: every readout's node shows the readout's direction`, () => {
      const { result, data } = canvasFor(choices);
      for (const r of result.readouts)
        expect(glyphOf(data.get(r.node)?.display, r.node), r.id).toBe(directionGlyph(r.direction));
    });

  it('complement readouts: the node shows the phosphorylation the panel names (p-4E-BP1, p-PRAS40)', () => {
    const pp = canvasFor({ drugs: ['pp242'] });
    expect(pp.result.readouts.find((r) => r.id === 'EIF4EBP1_p')?.direction).toBe('down');
    expect(pp.data.get('EIF4EBP1')?.display).toBe('p-4E-BP1 ↓');
    const capi = canvasFor({ drugs: ['capivasertib'] });
    expect(capi.result.readouts.find((r) => r.id === 'PRAS40_p')?.direction).toBe('down');
    expect(capi.data.get('PRAS40')?.display).toBe('p-PRAS40 ↓');
  });
});

describe('combinations, switched-off loops and mutations', () => {
  it('a node two drugs act on carries both names, in the order given', () => {
    const combo = canvasFor({ drugs: ['rapamycin', 'nvp-bez235'] });
    const names = ['rapamycin', 'nvp-bez235'].map((id) => model.drugById.get(id)?.name);
    expect(combo.data.get('marker-MTORC1')?.marker).toBe(names.join(' + '));
    expect(combo.data.get('MTORC1')?.marker).toBe(names.join(' + '));
    expect(Number(combo.data.get('marker-MTORC1')?.markerWidth)).toBeGreaterThan(
      Number(canvasFor({ drugs: ['rapamycin'] }).data.get('marker-MTORC1')?.markerWidth),
    );
  });

  it('a switched-off loop is drawn cut where it is switched, and only there', () => {
    const on = canvasFor({}).data;
    for (const loop of model.pathway.loops) {
      const off = canvasFor({ loopsOff: [loop.id] }).data;
      const cut = model.pathway.edges.filter((e) => off.get(e.id)?.cut === 1).map((e) => e.id);
      // every loop shows its cut on at least one drawn edge of its own
      expect(cut.length, loop.id).toBeGreaterThan(0);
      for (const id of cut) {
        const e = model.pathway.edges.find((x) => x.id === id);
        expect(e?.loop === loop.id || loop.path.includes(id), `${loop.id}: ${id}`).toBe(true);
        expect(isInternal(model, e?.source ?? '', e?.target ?? ''), id).toBe(false);
      }
    }
    // S6K1 ⊣ IRS1 is switched inside IRS1 (pS636 → IRS1): the cut shows on S6K1 → pS636, not on mTORC1 → S6K1
    const s6k = canvasFor({ loopsOff: ['S6K1-IRS1'] }).data;
    expect(s6k.get('S6K1-IRS1_pS636')?.cut).toBe(1);
    expect(s6k.get('MTORC1-S6K1')?.cut).toBe(0);
    for (const e of model.pathway.edges) expect(on.get(e.id)?.cut, e.id).toBe(0);
  });

  it('each mutation given puts its mark on the node it changes; mutations on one node share a badge', () => {
    const { data } = canvasFor({ mutations: ['EGFR_L858R', 'EGFR_T790M', 'PTEN_loss', 'HER2_amp'] });
    expect(data.get('mutation-EGFR')?.badge).toBe('L858R/T790M');
    expect(data.get('mutation-PTEN')?.badge).toBe('ΔPTEN');
    expect(data.get('mutation-HER2_EXPR')?.badge).toBe('amp');
    expect(data.get('mutation-RAS')?.badge).toBe('');
    for (const m of model.pathway.mutations) {
      const only = canvasFor({ mutations: [m.id] }).data;
      const badged = [...only.values()].filter((d) => String(d.id).startsWith('mutation-') && d.badge !== '');
      expect(
        badged.map((d) => d.badge),
        m.id,
      ).toEqual([m.badge]);
    }
  });
});
