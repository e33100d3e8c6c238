// The figure around the network, laid out once for both exports: title and subtitle above, the legend spec and the
// source line below, as marks (rectangles, lines, paths, texts) in figure pixels. The PNG paints them on a canvas and
// the SVG writes them as elements, so both files show the same figure.
import { type LegendLine, type LegendSpec, lineSample, SAMPLE_LENGTH } from '../Legend/spec';
import type { FigureMeta } from './store';

export interface FigureFont {
  size: number;
  weight: 'normal' | 'bold' | '600';
}

/** Fonts of the figure's own texts (the network's labels keep the canvas's fonts). */
export const FIGURE_FONT_FAMILY = '"DejaVu Sans", Arial, sans-serif';

/** The CSS/canvas font string of a figure font. */
export function cssFont(font: FigureFont): string {
  return `${font.weight} ${font.size}px ${FIGURE_FONT_FAMILY}`;
}

export type Mark =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; radius?: number }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash: number[];
    }
  /** Path data `d` drawn filled, shifted by (x, y). */
  | { kind: 'path'; d: string; x: number; y: number; fill: string }
  /** Text on its alphabetic baseline at (x, y), starting there. */
  | { kind: 'text'; x: number; y: number; text: string; font: FigureFont; fill: string };

/** Text width in figure pixels (the canvas's measureText in the browser). */
export type Measure = (text: string, font: FigureFont) => number;

export interface FigureLayout {
  width: number;
  height: number;
  /** Where the network image goes (its size is the full network's bounding box, rounded up). */
  network: { x: number; y: number; width: number; height: number };
  marks: Mark[];
}

export const SOURCE_LINE =
  'Pathway Lens · logic-based ODE model (normalised Hill, Kraeutler et al. 2010) · reviews: Zhang, Duan & Zheng, Drug Discov Today 2011; Peng & Tan, Front Biosci 2023';

export const MIN_WIDTH = 900;
export const MARGIN = 18;
export const HEADER = 74;
const TITLE: FigureFont = { size: 26, weight: 'bold' };
const SUBTITLE: FigureFont = { size: 16, weight: 'normal' };
const SCALE_FONT: FigureFont = { size: 13, weight: '600' };
const LEGEND_FONT: FigureFont = { size: 12, weight: 'normal' };
const MARKER_FONT: FigureFont = { size: 12, weight: 'bold' };
const SOURCE_FONT: FigureFont = { size: 11, weight: 'normal' };
export const SWATCH = 14;
/** From the network's bottom edge to the middle of the first legend row, and between rows. */
export const LEGEND_TOP = 22;
const ROW = 24;
const GAP = 18;

/** A legend entry: its width, and its marks for a left edge x and a row middle y. */
interface Item {
  width: number;
  draw: (x: number, y: number) => Mark[];
}

/** Text centred on a row: the baseline sits a third of the font size below the middle. */
const rowText = (x: number, y: number, text: string, font: FigureFont, fill: string): Mark => ({
  kind: 'text',
  x,
  y: y + Math.round(font.size * 0.36),
  text,
  font,
  fill,
});

function lineItem(line: LegendLine, ink: string, measure: Measure): Item {
  const { x2, head } = lineSample(line);
  return {
    width: SAMPLE_LENGTH + 6 + measure(line.label, LEGEND_FONT),
    draw: (x, y) => [
      {
        kind: 'line',
        x1: x,
        y1: y,
        x2: x + x2,
        y2: y,
        stroke: line.color,
        width: line.width,
        dash: line.dash,
      },
      { kind: 'path', d: head, x, y, fill: line.color },
      rowText(x + SAMPLE_LENGTH + 6, y, line.label, LEGEND_FONT, ink),
    ],
  };
}

function scaleItem(spec: LegendSpec, measure: Measure): Item {
  const { scale, ink } = spec;
  const texts = [scale.down, scale.low, scale.high, scale.up].map((t) => measure(t, SCALE_FONT));
  const [down = 0, low = 0, high = 0] = texts;
  const bar = scale.stops.length * SWATCH;
  return {
    width: texts.reduce((a, b) => a + b, 0) + bar + 6 + 4 + 4 + 6,
    draw: (x, y) => {
      const barX = x + down + 6 + low + 4;
      return [
        rowText(x, y, scale.down, SCALE_FONT, ink.text),
        rowText(x + down + 6, y, scale.low, SCALE_FONT, ink.text),
        ...scale.stops.map(
          (s, i): Mark => ({
            kind: 'rect',
            x: barX + i * SWATCH,
            y: y - SWATCH / 2,
            width: SWATCH,
            height: SWATCH,
            fill: s.color,
          }),
        ),
        rowText(barX + bar + 4, y, scale.high, SCALE_FONT, ink.text),
        rowText(barX + bar + 4 + high + 6, y, scale.up, SCALE_FONT, ink.text),
      ];
    },
  };
}

function textItem(text: string, font: FigureFont, fill: string, measure: Measure): Item {
  return { width: measure(text, font), draw: (x, y) => [rowText(x, y, text, font, fill)] };
}

function markerItem(spec: LegendSpec, measure: Measure): Item {
  const { marker, ink } = spec;
  const badge = measure(marker.text, MARKER_FONT) + 10;
  return {
    width: badge + 6 + measure(marker.label, LEGEND_FONT),
    draw: (x, y) => [
      { kind: 'rect', x, y: y - 9, width: badge, height: 18, fill: marker.fill, radius: 4 },
      rowText(x + 5, y, marker.text, MARKER_FONT, marker.color),
      rowText(x + badge + 6, y, marker.label, LEGEND_FONT, ink.text),
    ],
  };
}

/** Splits a long line at its " · " separators into lines that fit a width. */
function wrap(text: string, font: FigureFont, width: number, measure: Measure): string[] {
  const parts = text.split(' · ');
  const lines: string[] = [];
  let current = '';
  for (const part of parts) {
    const candidate = current ? `${current} · ${part}` : part;
    if (current && measure(candidate, font) > width) {
      lines.push(current);
      current = part;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Lays out a figure: the network image (`network`: its pixel size at scale 1) centred under the title and subtitle,
 * then the legend in rows (scale, edge styles and marker; then one entry per loop), then the source line.
 */
export function layoutFigure(
  meta: FigureMeta,
  legend: LegendSpec,
  network: { width: number; height: number },
  measure: Measure,
): FigureLayout {
  const width = Math.max(MIN_WIDTH, network.width);
  const ink = legend.ink;
  const marks: Mark[] = [
    { kind: 'text', x: MARGIN, y: 34, text: meta.title, font: TITLE, fill: ink.text },
    { kind: 'text', x: MARGIN, y: 60, text: meta.subtitle, font: SUBTITLE, fill: ink.text },
  ];
  const box = { x: Math.round((width - network.width) / 2), y: HEADER, ...network };
  const groups: Item[][] = [
    [
      scaleItem(legend, measure),
      textItem(legend.scale.caption, LEGEND_FONT, ink.muted, measure),
      ...legend.edges.map((l) => lineItem(l, ink.text, measure)),
      markerItem(legend, measure),
    ],
    legend.loops.map((l) => lineItem(l, ink.text, measure)),
  ];
  let y = HEADER + network.height + LEGEND_TOP - ROW;
  for (const group of groups) {
    if (!group.length) continue;
    y += ROW;
    let x = MARGIN;
    for (const item of group) {
      if (x > MARGIN && x + item.width > width - MARGIN) {
        y += ROW;
        x = MARGIN;
      }
      marks.push(...item.draw(x, y));
      x += item.width + GAP;
    }
  }
  y += 10;
  for (const line of wrap(SOURCE_LINE, SOURCE_FONT, width - 2 * MARGIN, measure)) {
    y += 15;
    marks.push({ kind: 'text', x: MARGIN, y, text: line, font: SOURCE_FONT, fill: ink.muted });
  }
  return { width, height: Math.ceil(y + 12), network: box, marks };
}
