// The stylesheet as data, resolved by a headless Cytoscape: rule order, the data() fields it maps, what each element looks like.
import type { Core } from 'cytoscape';
import { isInternal, loopCutEdges } from '../../src/graph/elements';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';
import { canvasFor, headlessCanvas, rgb } from './graph-helpers';
import { model } from './helpers';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = buildStylesheet(SCREEN_THEME) as unknown as Rule[];
const selectors = rules.map((r) => r.selector);

describe('rule order', () => {
  it('starts with the base node rule and ends with the interaction rules, in this order', () => {
    expect(selectors[0]).toBe('node');
    expect(selectors.slice(-7)).toEqual([
      'edge.internal',
      'edge.faded',
      'node.faded',
      'edge.highlighted',
      'node:selected',
      'node.focus',
      'edge.pulse',
    ]);
  });

  it('puts every refinement after the rule it refines', () => {
    const precedes = (a: string, b: string) =>
      expect(selectors.indexOf(a), `${a} before ${b}`).toBeLessThan(selectors.indexOf(b));
    for (const s of ['node.site', 'node.protein', 'node.band', 'node.marker', 'node[targeted > 0]'])
      precedes('node', s);
    precedes('node.marker', 'node.marker[marker = ""]');
    precedes('edge', 'edge.inhibition');
    precedes('edge.slow', 'edge.loop.slow');
    precedes('edge.loop', 'edge.loop.slow');
    // a focused or selected node's blue border wins over the drug's double border
    precedes('node[targeted > 0]', 'node:selected');
    precedes('node[targeted > 0]', 'node.focus');
    expect(new Set(selectors).size).toBe(selectors.length);
  });
});

describe('data() mappings', () => {
  const mapped = (selector: string) =>
    Object.fromEntries(
      Object.entries(rules.find((r) => r.selector === selector)?.style ?? {}).filter(
        ([, v]) => typeof v === 'string' && v.startsWith('data('),
      ),
    );

  it('maps exactly these element fields into the style', () => {
    expect(mapped('node')).toEqual({
      shape: 'data(shape)',
      width: 'data(width)',
      height: 'data(height)',
      'background-color': 'data(fill)',
      label: 'data(display)',
      color: 'data(textColor)',
    });
    expect(mapped('node.band')).toEqual({
      width: 'data(width)',
      height: 'data(height)',
      'background-color': 'data(fill)',
      label: 'data(label)',
    });
    expect(mapped('node.marker')).toEqual({
      label: 'data(markerText)',
      width: 'data(markerWidth)',
      height: 'data(markerHeight)',
    });
    expect(mapped('node.mutation')).toEqual({ label: 'data(badge)', width: 'data(badgeWidth)' });
    expect(mapped('edge')).toEqual({
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      opacity: 'data(opacity)',
    });
    // a routed edge runs through its waypoints (src/graph/elements.ts routeData)
    expect(mapped('edge[route = "segments"]')).toEqual({
      'segment-distances': 'data(routeDistances)',
      'segment-weights': 'data(routeWeights)',
    });
    expect(mapped('edge[route = "bezier"]')).toEqual({
      'control-point-distances': 'data(routeDistances)',
      'control-point-weights': 'data(routeWeights)',
    });
    const elsewhere = rules.filter(
      (r) =>
        ![
          'node',
          'node.band',
          'node.marker',
          'node.mutation',
          'edge',
          'edge[route = "segments"]',
          'edge[route = "bezier"]',
        ].includes(r.selector) && Object.keys(mapped(r.selector)).length,
    );
    expect(elsewhere.map((r) => r.selector)).toEqual([]);
  });

  it('finds every field the resolved style maps on every element', () => {
    const { elements } = canvasFor({ drugs: ['rapamycin'] });
    const cy = headlessCanvas(elements);
    try {
      let checked = 0;
      cy.elements().forEach((el) => {
        // The last matching rule sets a property: bands and badges override the node rule's data() mappings.
        const effective = new Map<string, unknown>();
        for (const rule of rules)
          if (el.is(rule.selector)) for (const [k, v] of Object.entries(rule.style)) effective.set(k, v);
        for (const [property, value] of effective)
          if (typeof value === 'string' && value.startsWith('data(')) {
            expect(el.data(value.slice(5, -1)), `${el.id()} ${property}`).toBeDefined();
            checked++;
          }
      });
      expect(checked).toBeGreaterThan(6 * model.pathway.nodes.length);
    } finally {
      cy.destroy();
    }
  });
});

describe('what the stylesheet resolves to', () => {
  let cy: Core;
  let rapamycin: ReturnType<typeof canvasFor>;
  beforeAll(() => {
    rapamycin = canvasFor({ drugs: ['rapamycin'] });
    cy = headlessCanvas(rapamycin.elements);
  });
  afterAll(() => cy.destroy());

  it('fills every model node with its change colour and labels it with its display text', () => {
    for (const n of model.pathway.nodes) {
      const el = cy.getElementById(n.id);
      expect(el.style('background-color'), n.id).toBe(rgb(String(el.data('fill'))));
      expect(el.style('label'), n.id).toBe(el.data('display'));
    }
  });

  it('shows rapamycin as a user sees it: mTORC1 dark blue with a white "↓" label, AKT pS473 orange "↑"', () => {
    const mtorc1 = cy.getElementById('MTORC1');
    expect(mtorc1.style('background-color')).toBe(rgb(SCREEN_THEME.change.points[0]?.[1] as string));
    expect(mtorc1.style('label')).toBe('mTORC1 ↓');
    expect(mtorc1.style('color')).toBe('rgb(255,255,255)');
    const akt = cy.getElementById('AKT_pS473');
    expect(akt.style('label')).toBe('pS473 ↑');
    const [r = 0, , b = 0] = akt.numericStyle('background-color') as number[];
    expect(r).toBeGreaterThan(b + 20);
    // the label takes the colour the element chose for its fill (white on the strong orange of the ±2× scale)
    expect(akt.style('color')).toBe(rgb(String(akt.data('textColor'))));
  });

  it('marks the drug’s action point with a double border and a visible badge; empty badges are hidden', () => {
    const mtorc1 = cy.getElementById('MTORC1');
    expect(mtorc1.numericStyle('border-width')).toBe(4);
    expect(mtorc1.style('border-style')).toBe('double');
    expect(cy.getElementById('S6K1').numericStyle('border-width')).toBe(1.5);
    expect(cy.getElementById('S6K1').style('border-style')).toBe('solid');
    const shown = cy
      .nodes('.marker')
      .filter((m) => m.style('display') !== 'none')
      .map((m): [string, string] => [String(m.data('of')), String(m.style('label'))]);
    expect(shown).toContainEqual(['MTORC1', model.drugById.get('rapamycin')?.name]);
    // one badge per node where the engine says rapamycin acts, and none elsewhere
    expect(new Map(shown)).toEqual(
      new Map([...rapamycin.result.effects.actionPoints.keys()].map((id) => [id, 'Rapamycin'])),
    );
  });

  it('draws compound proteins with their label above in text colour, and sites small', () => {
    const akt = cy.getElementById('AKT');
    expect(akt.isParent()).toBe(true);
    expect(akt.style('text-valign')).toBe('top');
    expect(akt.style('color')).toBe(rgb(SCREEN_THEME.text));
    expect(cy.getElementById('AKT_pS473').numericStyle('font-size')).toBe(
      Math.round(SCREEN_THEME.fontSize * 0.75),
    );
  });

  it('draws bands behind everything with their own label and fill, and lets clicks through', () => {
    const membrane = cy.getElementById('band-membrane');
    expect(membrane.style('label')).toBe('Plasma membrane');
    expect(membrane.style('background-color')).toBe(rgb(SCREEN_THEME.compartmentFill.membrane as string));
    expect(membrane.style('events')).toBe('no');
    expect(membrane.numericStyle('z-index')).toBe(0);
  });

  it('draws edges by sign, speed and loop, fades those leaving a blocked node and hides internal ones', () => {
    for (const e of model.pathway.edges) {
      const el = cy.getElementById(e.id);
      expect(el.style('line-color'), e.id).toBe(rgb(String(el.data('color'))));
      expect(el.numericStyle('opacity'), e.id).toBeCloseTo(Number(el.data('opacity')), 6);
      expect(el.style('target-arrow-shape'), e.id).toBe(e.sign === 'inhibition' ? 'tee' : 'triangle');
      if (el.hasClass('internal')) expect(el.style('display'), e.id).toBe('none');
      if (el.hasClass('loop')) expect(el.style('line-style'), e.id).toBe('dashed');
      else if (e.speed !== 'fast') expect(el.style('line-style'), e.id).toBe('dotted');
      else expect(el.style('line-style'), e.id).toBe('solid');
    }
    const s6k = cy.getElementById('MTORC1-S6K1');
    expect(s6k.numericStyle('opacity')).toBeLessThan(0.25);
    expect(cy.getElementById('PDK1-AKT_pT308').numericStyle('opacity')).toBe(1);
  });

  it('puts a highlighted loop and a selected node on top of the drug marking', () => {
    cy.getElementById('MTORC1').select();
    cy.getElementById('MTORC1-S6K1').addClass('highlighted');
    try {
      expect(cy.getElementById('MTORC1').style('border-color')).toBe('rgb(11,87,208)');
      expect(cy.getElementById('MTORC1-S6K1').numericStyle('width')).toBe(6);
      expect(cy.getElementById('MTORC1-S6K1').numericStyle('opacity')).toBe(1);
    } finally {
      cy.getElementById('MTORC1').unselect();
      cy.getElementById('MTORC1-S6K1').removeClass('highlighted');
    }
  });
});

describe('themes', () => {
  it('screen: 20 px labels and no colour transition', () => {
    const cy = headlessCanvas(canvasFor({}).elements, SCREEN_THEME);
    try {
      const n = cy.getElementById('S6K1');
      expect(n.numericStyle('font-size')).toBe(20);
      expect(n.numericStyle('transition-duration')).toBe(0);
    } finally {
      cy.destroy();
    }
  });

  it('projector: 25 px black labels, and colours fade over 350 ms (regression: a bare number was read as 0.35 ms)', () => {
    const { elements } = canvasFor({ drugs: ['rapamycin'] }, PROJECTOR_THEME);
    const cy = headlessCanvas(elements, PROJECTOR_THEME);
    try {
      const n = cy.getElementById('S6K1');
      expect(n.numericStyle('font-size')).toBe(25);
      expect(n.style('transition-duration')).toBe('350ms');
      expect(n.style('transition-property')).toBe('background-color color');
      expect(cy.getElementById('AKT').style('color')).toBe('rgb(0,0,0)');
    } finally {
      cy.destroy();
    }
  });
});

describe('state that is drawn', () => {
  it('a switched-off loop: its edges turn grey and broken with a scissors mark; its other edges and other loops keep their colour', () => {
    const { elements } = canvasFor({ drugs: ['rapamycin'], loopsOff: ['S6K1-IRS1'] });
    const cy = headlessCanvas(elements);
    const cut = loopCutEdges(model).get('S6K1-IRS1') as Set<string>;
    expect(cut.size).toBeGreaterThan(0);
    for (const e of model.pathway.edges.filter((x) => !isInternal(model, x.source, x.target))) {
      const el = cy.getElementById(e.id);
      if (cut.has(e.id)) {
        expect(el.style('line-color'), e.id).toBe('rgb(107,107,107)');
        expect(el.style('source-label'), e.id).toBe('✂');
        expect(el.style('line-style'), e.id).toBe('dashed');
      } else {
        expect(el.style('line-color'), e.id).toBe(rgb(String(el.data('color'))));
        expect(el.style('source-label'), e.id).toBe('');
      }
    }
    cy.destroy();
  });

  it('a mutation badge shows on its node only when the mutation is given', () => {
    const withPten = headlessCanvas(canvasFor({ mutations: ['PTEN_loss'] }).elements);
    expect(withPten.getElementById('mutation-PTEN').style('display')).toBe('element');
    expect(withPten.getElementById('mutation-PTEN').style('label')).toBe('ΔPTEN');
    expect(withPten.getElementById('mutation-RAS').style('display')).toBe('none');
    withPten.destroy();
  });
});
