// How the stylesheet makes each kind of element look, resolved by a headless Cytoscape: what sits above what, how
// badges, proteins, sites, bands, slow, loop and cut edges differ from the plain ones, and what hover, selection,
// focus and the lecture pulse change.
import type { Core } from 'cytoscape';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';
import { canvasFor, headlessCanvas, rgb } from './graph-helpers';
import { model } from './helpers';

let cy: Core;
const el = (id: string) => cy.getElementById(id);
const num = (id: string, property: string) => el(id).numericStyle(property) as number;
const firstEdge = (test: (e: (typeof model.pathway.edges)[number]) => boolean) => {
  const edge = model.pathway.edges.find(
    (e) =>
      test(e) && !el(e.id).hasClass('internal') && !el(e.id).hasClass('loop') && el(e.id).data('cut') === 0,
  );
  if (!edge) throw new Error('no such edge in the model');
  return edge.id;
};

// The scenario is simulated once; the stylesheet is built and resolved inside each test, so that mutation testing
// (which counts only what a test itself runs) sees these tests cover it.
const elements = canvasFor({
  drugs: ['rapamycin'],
  mutations: ['PTEN_loss'],
  loopsOff: ['S6K1-IRS1'],
}).elements;
beforeEach(() => {
  cy = headlessCanvas(elements);
});
afterEach(() => cy.destroy());

describe('what sits above what', () => {
  it('bands lie under edges, edges under nodes, and drug and mutation badges over the nodes', () => {
    const band = num('band-cytoplasm', 'z-index');
    const edge = num('MTORC1-S6K1', 'z-index');
    const node = num('S6K1', 'z-index');
    expect(band).toBeLessThan(edge);
    expect(edge).toBeLessThan(node);
    expect(num('marker-MTORC1', 'z-index')).toBeGreaterThan(node);
    expect(num('mutation-PTEN', 'z-index')).toBeGreaterThan(node);
    expect(el('band-cytoplasm').style('z-compound-depth')).toBe('bottom');
  });

  it('a highlighted loop edge rises over the other edges, and a pulsed one over that', () => {
    const id = 'MTORC1-S6K1';
    const plain = num(id, 'z-index');
    el(id).addClass('highlighted');
    const highlighted = num(id, 'z-index');
    el(id).removeClass('highlighted').addClass('pulse');
    const pulsed = num(id, 'z-index');
    el(id).removeClass('pulse');
    expect(highlighted).toBeGreaterThan(plain);
    expect(pulsed).toBeGreaterThan(highlighted);
    expect(pulsed).toBeLessThan(num('marker-MTORC1', 'z-index'));
  });
});

describe('nodes', () => {
  it('draws every node with a thin border in the theme’s colour and a centred label in the theme’s font size', () => {
    const s6k = el('S6K1');
    expect(s6k.numericStyle('border-width')).toBe(1.5);
    expect(s6k.style('border-color')).toBe(rgb(SCREEN_THEME.nodeBorder));
    expect(s6k.numericStyle('font-size')).toBe(SCREEN_THEME.fontSize);
    expect(s6k.style('text-valign')).toBe('center');
    expect(s6k.style('text-halign')).toBe('center');
    expect(s6k.style('font-family')).toMatch(/^Inter, /);
    expect(s6k.style('shape')).toBe(s6k.data('shape'));
    expect(s6k.numericStyle('width')).toBe(s6k.data('width'));
    expect(s6k.numericStyle('height')).toBe(s6k.data('height'));
  });

  it('fills a node with its change colour, labels it with its display text in its own text colour', () => {
    const s6k = el('S6K1');
    expect(s6k.style('background-color')).toBe(rgb(String(s6k.data('fill'))));
    expect(s6k.style('label')).toBe(s6k.data('display'));
    expect(s6k.style('color')).toBe(rgb(String(s6k.data('textColor'))));
  });

  it('draws a site with a thinner border and smaller text than a node', () => {
    expect(num('AKT_pS473', 'border-width')).toBe(1);
    expect(num('AKT_pS473', 'font-size')).toBe(Math.round(SCREEN_THEME.fontSize * 0.75));
  });

  it('draws a protein as a bold, padded, slightly see-through box with its label centred on top', () => {
    const akt = el('AKT');
    expect(akt.style('shape')).toBe('round-rectangle');
    expect(akt.style('font-weight')).toBe('bold');
    expect(akt.style('text-valign')).toBe('top');
    expect(akt.style('text-halign')).toBe('center');
    expect(akt.numericStyle('text-margin-y')).toBe(-2);
    expect(akt.numericStyle('padding')).toBe(8);
    expect(akt.numericStyle('background-opacity')).toBe(0.9);
  });

  it('labels a band in italic muted text near its top, as a plain rectangle without a border', () => {
    const band = el('band-nucleus');
    expect(band.style('label')).toBe('Nucleus and cell fate');
    expect(band.style('events')).toBe('no');
    expect(band.style('shape')).toBe('rectangle');
    expect(band.numericStyle('border-width')).toBe(0);
    expect(band.style('font-style')).toBe('italic');
    expect(band.style('color')).toBe(rgb(SCREEN_THEME.mutedText));
    expect(band.style('text-valign')).toBe('top');
    expect(band.style('text-halign')).toBe('center');
    expect(band.numericStyle('text-margin-y')).toBe(16);
    expect(band.numericStyle('font-size')).toBe(SCREEN_THEME.fontSize);
    expect(band.numericStyle('width')).toBe(band.data('width'));
    expect(band.numericStyle('height')).toBe(band.data('height'));
  });
});

describe('badges', () => {
  it('a drug badge: white bold text on black, one drug a line, sized to its text, and not clickable', () => {
    const marker = el('marker-MTORC1');
    expect(marker.style('display')).toBe('element');
    expect(marker.style('label')).toBe(marker.data('markerText'));
    expect(marker.style('shape')).toBe('round-rectangle');
    expect(marker.style('background-color')).toBe('rgb(17,17,17)');
    expect(marker.style('color')).toBe('rgb(255,255,255)');
    expect(marker.style('font-weight')).toBe('bold');
    expect(marker.style('text-wrap')).toBe('wrap');
    expect(marker.numericStyle('line-height')).toBe(1.25);
    expect(marker.numericStyle('border-width')).toBe(0);
    expect(marker.numericStyle('font-size')).toBe(Math.round(SCREEN_THEME.fontSize * 0.8));
    expect(marker.style('text-valign')).toBe('center');
    expect(marker.style('text-halign')).toBe('center');
    expect(marker.numericStyle('width')).toBe(marker.data('markerWidth'));
    expect(marker.numericStyle('height')).toBe(marker.data('markerHeight'));
    expect(marker.style('events')).toBe('no');
  });

  it('a mutation badge: white bold text on purple, apart from the change colours, not clickable', () => {
    const badge = el('mutation-PTEN');
    expect(badge.style('shape')).toBe('round-rectangle');
    expect(badge.style('background-color')).toBe('rgb(106,27,154)');
    expect(badge.style('color')).toBe('rgb(255,255,255)');
    expect(badge.style('font-weight')).toBe('bold');
    expect(badge.numericStyle('border-width')).toBe(0);
    expect(badge.numericStyle('font-size')).toBe(Math.round(SCREEN_THEME.fontSize * 0.7));
    expect(badge.numericStyle('height')).toBe(Math.round(SCREEN_THEME.fontSize * 0.7) + 6);
    expect(badge.numericStyle('width')).toBe(badge.data('badgeWidth'));
    expect(badge.style('text-valign')).toBe('center');
    expect(badge.style('text-halign')).toBe('center');
    expect(badge.style('events')).toBe('no');
  });

  it('hides the badge of a node no drug acts on', () => {
    const empty = cy.nodes('.marker').filter((m) => m.data('marker') === '');
    expect(empty.length).toBeGreaterThan(0);
    for (const m of empty.toArray()) expect(m.style('display'), m.id()).toBe('none');
  });

  it('a node the drug acts on gets a black double border; one it does not keeps the plain one', () => {
    expect(el('MTORC1').style('border-color')).toBe('rgb(17,17,17)');
    expect(el('MTORC1').style('border-style')).toBe('double');
    expect(num('MTORC1', 'border-width')).toBe(4);
    expect(el('S6K1').style('border-style')).toBe('solid');
  });
});

describe('edges', () => {
  it('a plain activation: a 2 px curved line with a triangle arrow in its own colour', () => {
    const id = firstEdge((e) => e.sign === 'activation' && e.speed === 'fast' && !e.loop && !e.route);
    const edge = el(id);
    expect(edge.numericStyle('width')).toBe(2);
    expect(edge.style('target-arrow-shape')).toBe('triangle');
    expect(edge.style('target-arrow-color')).toBe(rgb(String(edge.data('color'))));
    expect(edge.numericStyle('arrow-scale')).toBe(1.1);
    expect(edge.style('curve-style')).toBe('bezier');
  });

  it('hides an edge between a protein and its own site (the compound box shows it)', () => {
    const internal = cy.edges('.internal');
    expect(internal.length).toBeGreaterThan(0);
    for (const e of internal.toArray()) expect(e.style('display'), e.id()).toBe('none');
  });

  it('an inhibition ends in a larger tee', () => {
    const id = firstEdge((e) => e.sign === 'inhibition' && !e.loop);
    expect(el(id).style('target-arrow-shape')).toBe('tee');
    expect(el(id).numericStyle('arrow-scale')).toBe(1.4);
  });

  it('a slow edge is dotted and a little wider; a loop edge dashed and wider still; a slow loop finely dashed', () => {
    // drawn edges (loop edges are those on a loop's path too), none of them cut
    const drawn = (slow: boolean, loop: boolean) =>
      cy
        .edges()
        .filter((e) => e.hasClass('slow') === slow && e.hasClass('loop') === loop)
        .filter((e) => !e.hasClass('internal') && e.data('cut') === 0)[0];
    const slow = drawn(true, false);
    expect(slow?.style('line-style')).toBe('dotted');
    expect(slow?.numericStyle('width')).toBe(2.5);
    const loop = drawn(false, true);
    expect(loop?.style('line-style')).toBe('dashed');
    expect(loop?.style('line-dash-pattern')).toBe('8 4');
    expect(loop?.numericStyle('width')).toBe(3);
    const slowLoop = drawn(true, true);
    expect(slowLoop?.style('line-style')).toBe('dashed');
    expect(slowLoop?.style('line-dash-pattern')).toBe('3 4');
  });

  it('a cut loop edge: grey, finely broken, fully opaque, with a scissors mark on white near its source', () => {
    const cut = el('S6K1-IRS1_pS636');
    expect(cut.data('cut')).toBe(1);
    expect(cut.style('target-arrow-color')).toBe('rgb(107,107,107)');
    expect(cut.style('line-dash-pattern')).toBe('3 6');
    expect(cut.numericStyle('width')).toBe(3);
    expect(cut.numericStyle('opacity')).toBe(1);
    expect(cut.numericStyle('source-text-offset')).toBe(Math.round(SCREEN_THEME.fontSize * 1.6));
    expect(cut.numericStyle('font-size')).toBe(Math.round(SCREEN_THEME.fontSize * 1.2));
    expect(cut.style('color')).toBe('rgb(107,107,107)');
    expect(cut.style('text-background-color')).toBe('rgb(255,255,255)');
    expect(cut.numericStyle('text-background-opacity')).toBe(1);
    expect(cut.numericStyle('text-background-padding')).toBe(1);
  });

  it('a routed edge runs through its waypoints measured from the node centres, with rounded corners', () => {
    const segments = model.pathway.edges.find((e) => e.route?.style === 'segments');
    const bezier = model.pathway.edges.find((e) => e.route?.style === 'bezier');
    if (segments) {
      expect(el(segments.id).style('curve-style')).toBe('round-segments');
      expect(el(segments.id).numericStyle('segment-radii')).toEqual([12]);
      expect(el(segments.id).style('edge-distances')).toBe('node-position');
    }
    if (bezier) {
      expect(el(bezier.id).style('curve-style')).toBe('unbundled-bezier');
      expect(el(bezier.id).style('edge-distances')).toBe('node-position');
    }
    expect(segments ?? bezier).toBeDefined();
  });
});

describe('hover, selection, focus and pulse', () => {
  it('fading keeps a node’s label readable while its fill and border fade further', () => {
    const node = el('S6K1');
    node.addClass('faded');
    const [fill, border, text] = [
      node.numericStyle('background-opacity'),
      node.numericStyle('border-opacity'),
      node.numericStyle('text-opacity'),
    ];
    node.removeClass('faded');
    expect([fill, border, text]).toEqual([0.3, 0.35, 0.55]);
    const edge = el('MTORC1-S6K1');
    edge.addClass('faded');
    expect(edge.numericStyle('opacity')).toBe(0.15);
    edge.removeClass('faded');
  });

  it('focus draws a thicker blue border than selection; a pulse widens an edge beyond a highlight', () => {
    const node = el('S6K1');
    node.addClass('focus');
    expect(node.numericStyle('border-width')).toBe(5);
    expect(node.style('border-color')).toBe('rgb(11,87,208)');
    node.removeClass('focus');
    node.select();
    expect(node.numericStyle('border-width')).toBe(4);
    expect(node.style('border-color')).toBe('rgb(11,87,208)');
    node.unselect();
    const edge = el('MTORC1-S6K1');
    edge.addClass('pulse');
    expect(edge.numericStyle('width')).toBe(9);
    expect(edge.numericStyle('opacity')).toBe(1);
    edge.removeClass('pulse');
  });
});

describe('themes', () => {
  it('only the projector theme fades colours, over its own duration', () => {
    const rule = (theme: typeof SCREEN_THEME) =>
      (buildStylesheet(theme) as unknown as Array<{ selector: string; style: Record<string, unknown> }>)[0]
        ?.style;
    expect(rule(SCREEN_THEME)).not.toHaveProperty('transition-property');
    expect(rule(SCREEN_THEME)).not.toHaveProperty('transition-duration');
    expect(rule(PROJECTOR_THEME)?.['transition-duration']).toBe(PROJECTOR_THEME.transitionMs);
    expect(rule({ ...PROJECTOR_THEME, transitionMs: 0 })).not.toHaveProperty('transition-duration');
  });
});
