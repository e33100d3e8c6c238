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
  type Mark,
  type Measure,
} from './figure';
import { networkSvg } from './networkSvg';
import type { ExportBackground, FigureMeta } from './store';
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

function layout(
  source: ExportSource,
  meta: FigureMeta,
  background: ExportBackground,
  network: { width: number; height: number },
): FigureLayout {
  const legend = legendSpec(source.theme, source.loops, background === 'dark' ? DARK_INK : {});
  return layoutFigure(meta, legend, network, measure);
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

/** A PNG of the whole network at `scale` (as laid out on screen), with title, legend and source line around it. */
export async function renderPng(
  source: ExportSource,
  meta: FigureMeta,
  scale: number,
  background: ExportBackground,
): Promise<Blob> {
  const { cy } = source;
  const bg = BACKGROUND[background];
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
  const figure = layout(source, meta, background, {
    width: Math.round(img.width / scale),
    height: Math.round(img.height / scale),
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(figure.width * scale);
  canvas.height = Math.round(figure.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for export');
  if (bg) {
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(img, figure.network.x * scale, figure.network.y * scale);
  ctx.scale(scale, scale);
  for (const mark of figure.marks) paintMark(ctx, mark);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** An SVG of the whole network, drawn from the canvas's rendered geometry, with the PNG's title, legend and source line. */
export function renderSvg(source: ExportSource, meta: FigureMeta, background: ExportBackground): string {
  const { cy } = source;
  const bg = BACKGROUND[background];
  const network = withBackground(cy, background, () => networkSvg(cy, 'pathway-lens'));
  const figure = layout(source, meta, background, network);
  const { x, y } = figure.network;
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
      el(
        'g',
        { id: 'network', transform: `translate(${num(x - network.box.x1)} ${num(y - network.box.y1)})` },
        network.body,
      ),
      el('g', { id: 'figure-text' }, figure.marks.map(markSvg)),
    ],
  )}\n`;
}
