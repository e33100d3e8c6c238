// Figure export: PNG (1×, 2×, 4×; white, transparent or dark) and SVG, each with the same title, legend and source line.
// Loaded on the first export (register.ts), so none of this is in the app's first download.
import type { Core } from 'cytoscape';
import type { Theme } from '../../graph/theme';
import type { Loop } from '../../model/types';
import { legendSpec } from '../Legend/spec';
import {
  cssFont,
  FIGURE_FONT_FAMILY,
  type FigureLayout,
  layoutFigure,
  layoutSlide,
  type Mark,
  type Measure,
} from './figure';
import { networkSvg } from './networkSvg';
import type { ExportBackground, FigureFraming, FigureMeta } from './store';
import { el, num, textEl } from './xml';

export { SOURCE_LINE } from './figure';

/** What the exporter needs from the canvas that registered it. */
export interface ExportSource {
  cy: Core;
  theme: Theme;
  loops: ReadonlyArray<Pick<Loop, 'id' | 'label' | 'color'>>;
}

const BACKGROUND = { white: '#ffffff', transparent: null, dark: '#14181d' } as const;
/** Ink on the dark background: light text and light activation edges (the loop colours stay). */
const DARK_INK = { text: '#f0f3f6', muted: '#9da7b1', activation: '#c9d1d9' } as const;

/**
 * Lightens the drawing for a dark background, as the legend does (DARK_INK): light activation edges, band tints and
 * protein labels, restored afterwards. Inhibition (red) and loop colours read on dark as they are.
 */
function withBackground<T>(cy: Core, background: ExportBackground, draw: () => T): T {
  if (background !== 'dark') return draw();
  const edges = cy.edges('[loop = ""][sign != "inhibition"]');
  const bands = cy.nodes('.band');
  const proteins = cy.nodes('.protein');
  cy.batch(() => {
    edges.style({ 'line-color': DARK_INK.activation, 'target-arrow-color': DARK_INK.activation });
    bands.style({ 'background-opacity': 0.12, color: DARK_INK.activation });
    proteins.style({ color: DARK_INK.text });
  });
  try {
    return draw();
  } finally {
    cy.batch(() => {
      edges.removeStyle('line-color target-arrow-color');
      bands.removeStyle('background-opacity color');
      proteins.removeStyle('color');
    });
  }
}

let measureContext: CanvasRenderingContext2D | null = null;

/** Text widths from the browser's canvas, so both exports lay out with the fonts they are drawn with. */
const measure: Measure = (text, font) => {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * font.size * 0.6;
  measureContext.font = cssFont(font);
  return measureContext.measureText(text).width;
};

/** A rectangle in model coordinates. */
interface Region {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** Room left around the focus nodes when a figure is cropped to them. */
const FOCUS_PADDING = 40;

/** The focus nodes with their labels and badges, padded, inside the whole network; the whole network without them. */
function focusRegion(cy: Core, full: Region, focus: readonly string[] | undefined): Region {
  const nodes = cy.collection();
  for (const id of focus ?? [])
    for (const part of [id, `marker-${id}`, `mutation-${id}`]) {
      const node = cy.getElementById(part);
      if (node.nonempty() && node.visible()) nodes.merge(node);
    }
  if (nodes.empty()) return full;
  const b = nodes.boundingBox({ includeLabels: true });
  const x1 = Math.max(full.x1, b.x1 - FOCUS_PADDING);
  const y1 = Math.max(full.y1, b.y1 - FOCUS_PADDING);
  const x2 = Math.min(full.x1 + full.w, b.x2 + FOCUS_PADDING);
  const y2 = Math.min(full.y1 + full.h, b.y2 + FOCUS_PADDING);
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** What both exports draw: the figure's layout and the part of the network (model coordinates) it shows. */
interface FigurePlan {
  figure: FigureLayout;
  region: Region;
  cropped: boolean;
}

function planFigure(
  source: ExportSource,
  meta: FigureMeta,
  background: ExportBackground,
  full: Region,
  /** The whole-network image's size at scale 1, as the export at hand makes it. */
  fullSize: { width: number; height: number },
  framing: FigureFraming,
): FigurePlan {
  const legend = legendSpec(source.theme, source.loops, background === 'dark' ? DARK_INK : {});
  const caption = framing.caption ? meta.caption : undefined;
  // Cropped, the focus keeps its own size: the slide's spare space stays blank rather than showing half-cut neighbours.
  const region = framing.crop ? focusRegion(source.cy, full, meta.focus) : full;
  const cropped = region !== full;
  const network = cropped ? { width: region.w, height: region.h } : fullSize;
  const figure = framing.wide
    ? layoutSlide(meta, legend, network, measure, caption)
    : layoutFigure(meta, legend, network, measure, {}, caption);
  return { figure, region, cropped };
}

function paintMark(ctx: CanvasRenderingContext2D, mark: Mark) {
  switch (mark.kind) {
    case 'rect':
      ctx.fillStyle = mark.fill;
      ctx.beginPath();
      if (mark.radius) ctx.roundRect(mark.x, mark.y, mark.width, mark.height, mark.radius);
      else ctx.rect(mark.x, mark.y, mark.width, mark.height);
      ctx.fill();
      break;
    case 'line':
      ctx.strokeStyle = mark.stroke;
      ctx.lineWidth = mark.width;
      ctx.setLineDash(mark.dash);
      ctx.beginPath();
      ctx.moveTo(mark.x1, mark.y1);
      ctx.lineTo(mark.x2, mark.y2);
      ctx.stroke();
      ctx.setLineDash([]);
      break;
    case 'path':
      ctx.fillStyle = mark.fill;
      ctx.translate(mark.x, mark.y);
      ctx.fill(new Path2D(mark.d));
      ctx.translate(-mark.x, -mark.y);
      break;
    case 'text':
      ctx.fillStyle = mark.fill;
      ctx.font = cssFont(mark.font);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(mark.text, mark.x, mark.y);
      break;
  }
}

function markSvg(mark: Mark): string {
  switch (mark.kind) {
    case 'rect':
      return el('rect', {
        x: mark.x,
        y: mark.y,
        width: mark.width,
        height: mark.height,
        rx: mark.radius,
        fill: mark.fill,
      });
    case 'line':
      return el('line', {
        x1: mark.x1,
        y1: mark.y1,
        x2: mark.x2,
        y2: mark.y2,
        stroke: mark.stroke,
        'stroke-width': mark.width,
        'stroke-dasharray': mark.dash.length ? mark.dash.join(' ') : undefined,
      });
    case 'path':
      return el('path', {
        d: mark.d,
        transform: `translate(${num(mark.x)} ${num(mark.y)})`,
        fill: mark.fill,
      });
    case 'text':
      return textEl(
        'text',
        {
          x: mark.x,
          y: mark.y,
          'font-family': FIGURE_FONT_FAMILY,
          'font-size': mark.font.size,
          'font-weight': mark.font.weight === 'normal' ? undefined : mark.font.weight,
          fill: mark.fill,
        },
        mark.text,
      );
  }
}

/** The whole network's box in model coordinates, as `cy.png({ full: true })` draws it. */
function fullRegion(cy: Core): Region {
  const b = cy.elements().boundingBox({});
  return { x1: b.x1, y1: b.y1, w: b.w, h: b.h };
}

/**
 * A PNG of the network at `scale` (as laid out on screen), with title, legend and source line around it; framed as
 * asked (16:9, cropped to the lecture step's focus, with its caption).
 */
export async function renderPng(
  source: ExportSource,
  meta: FigureMeta,
  scale: number,
  background: ExportBackground,
  framing: FigureFraming = {},
): Promise<Blob> {
  const { cy } = source;
  const bg = BACKGROUND[background];
  const full = fullRegion(cy);
  const network = withBackground(cy, background, () =>
    // maxWidth keeps Cytoscape from multiplying the scale by the screen's pixel ratio: the figure's size is its own.
    cy.png({
      output: 'base64uri',
      full: true,
      scale,
      maxWidth: Number.MAX_SAFE_INTEGER,
      ...(bg ? { bg } : {}),
    }),
  );
  const img = new Image();
  img.src = network;
  await img.decode();
  const { figure, region, cropped } = planFigure(
    source,
    meta,
    background,
    full,
    { width: Math.round(img.width / scale), height: Math.round(img.height / scale) },
    framing,
  );
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(figure.width * scale);
  canvas.height = Math.round(figure.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for export');
  if (bg) {
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  const at = figure.network;
  if (cropped) {
    const [sx, sy, w, h] = [
      (region.x1 - full.x1) * scale,
      (region.y1 - full.y1) * scale,
      region.w * scale,
      region.h * scale,
    ];
    ctx.drawImage(img, sx, sy, w, h, at.x * scale, at.y * scale, w, h);
  } else ctx.drawImage(img, at.x * scale, at.y * scale);
  ctx.scale(scale, scale);
  for (const mark of figure.marks) paintMark(ctx, mark);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** The network group, placed at the figure's network box; a cropped figure shows its region through a nested viewport. */
function networkGroup(plan: FigurePlan, svg: { box: Region; body: string }): string {
  const { x, y } = plan.figure.network;
  if (!plan.cropped)
    return el(
      'g',
      { id: 'network', transform: `translate(${num(x - svg.box.x1)} ${num(y - svg.box.y1)})` },
      svg.body,
    );
  const { region } = plan;
  return el('svg', { x, y, width: region.w, height: region.h, overflow: 'hidden' }, [
    el('g', { id: 'network', transform: `translate(${num(-region.x1)} ${num(-region.y1)})` }, svg.body),
  ]);
}

/** An SVG of the network, drawn from the canvas's rendered geometry, with the PNG's framing, title, legend and source line. */
export function renderSvg(
  source: ExportSource,
  meta: FigureMeta,
  background: ExportBackground,
  framing: FigureFraming = {},
): string {
  const { cy } = source;
  const bg = BACKGROUND[background];
  const network = withBackground(cy, background, () => networkSvg(cy, 'pathway-lens'));
  const plan = planFigure(source, meta, background, network.box, network, framing);
  const { figure } = plan;
  return `${el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: figure.width,
      height: figure.height,
      viewBox: `0 0 ${figure.width} ${figure.height}`,
      'xml:space': 'preserve',
    },
    [
      textEl('title', {}, meta.title),
      textEl('desc', {}, meta.subtitle),
      el('defs', {}, network.defs),
      bg ? el('rect', { width: figure.width, height: figure.height, fill: bg }) : '',
      networkGroup(plan, network),
      el('g', { id: 'figure-text' }, figure.marks.map(markSvg)),
    ],
  )}\n`;
}
