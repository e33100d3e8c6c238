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
  /** Where the network image goes (its size is the network region's, rounded up), centred in `slot`. */
  network: { x: number; y: number; width: number; height: number };
  /** The space between the header and the legend that the network may fill (wider or taller on a 16:9 slide). */
  slot: { x: number; y: number; width: number; height: number };
  marks: Mark[];
}

/** Sizes a figure is held to: a width at least, a height at least (the network is centred in what it adds). */
export interface FigureSize {
  width?: number;
  height?: number;
}

/** Width over height of a 16:9 slide. */
export const SLIDE_ASPECT = 16 / 9;

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
const CAPTION_FONT: FigureFont = { size: 15, weight: 'normal' };
const CAPTION_LINE = 20;
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

/** Splits a long line at its separators (" · " by default, or spaces) into lines that fit a width. */
export function wrap(
  text: string,
  font: FigureFont,
  width: number,
  measure: Measure,
  separator = ' · ',
): string[] {
  const parts = text.split(separator);
  const lines: string[] = [];
  let current = '';
  for (const part of parts) {
    const candidate = current ? `${current}${separator}${part}` : part;
    if (current && measure(candidate, font) > width) {
      lines.push(current);
      current = part;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** The legend's rows: scale, edge styles and marker; then one entry per loop. */
function legendGroups(legend: LegendSpec, measure: Measure): Item[][] {
  const ink = legend.ink;
  return [
    [
      scaleItem(legend, measure),
      textItem(legend.scale.caption, LEGEND_FONT, ink.muted, measure),
      ...legend.edges.map((l) => lineItem(l, ink.text, measure)),
      markerItem(legend, measure),
    ],
    legend.loops.map((l) => lineItem(l, ink.text, measure)),
  ];
}

/** Legend and source line from `top` (the network's bottom edge) down: their marks and the figure's bottom. */
function layoutFooter(
  legend: LegendSpec,
  width: number,
  top: number,
  measure: Measure,
): { marks: Mark[]; bottom: number } {
  const marks: Mark[] = [];
  let y = top + LEGEND_TOP - ROW;
  for (const group of legendGroups(legend, measure)) {
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
    marks.push({ kind: 'text', x: MARGIN, y, text: line, font: SOURCE_FONT, fill: legend.ink.muted });
  }
  return { marks, bottom: Math.ceil(y + 12) };
}

/** Title, subtitle and (when given) the caption wrapped to the width: their marks and where the network may start. */
function layoutHeader(
  meta: FigureMeta,
  caption: string | undefined,
  ink: LegendSpec['ink'],
  width: number,
  measure: Measure,
): { marks: Mark[]; bottom: number } {
  const marks: Mark[] = [
    { kind: 'text', x: MARGIN, y: 34, text: meta.title, font: TITLE, fill: ink.text },
    { kind: 'text', x: MARGIN, y: 60, text: meta.subtitle, font: SUBTITLE, fill: ink.text },
  ];
  const lines = caption ? wrap(caption, CAPTION_FONT, width - 2 * MARGIN, measure, ' ') : [];
  lines.forEach((line, i) => {
    marks.push({
      kind: 'text',
      x: MARGIN,
      y: 84 + i * CAPTION_LINE,
      text: line,
      font: CAPTION_FONT,
      fill: ink.text,
    });
  });
  return { marks, bottom: HEADER + (lines.length ? lines.length * CAPTION_LINE + 6 : 0) };
}

/**
 * Lays out a figure: title, subtitle and optional caption above; the network image (`network`: its pixel size at
 * scale 1) centred in the space below them; then the legend in rows and the source line. `size` holds the figure to a
 * least width and height (a 16:9 slide); the space it adds goes around the network.
 */
export function layoutFigure(
  meta: FigureMeta,
  legend: LegendSpec,
  network: { width: number; height: number },
  measure: Measure,
  size: FigureSize = {},
  caption?: string,
): FigureLayout {
  const width = Math.max(MIN_WIDTH, network.width, Math.ceil(size.width ?? 0));
  const header = layoutHeader(meta, caption, legend.ink, width, measure);
  const bare = layoutFooter(legend, width, 0, measure).bottom;
  const slotHeight = Math.max(network.height, Math.ceil(size.height ?? 0) - header.bottom - bare);
  const slot = { x: 0, y: header.bottom, width, height: slotHeight };
  const box = {
    x: Math.round((width - network.width) / 2),
    y: header.bottom + Math.round((slotHeight - network.height) / 2),
    ...network,
  };
  const footer = layoutFooter(legend, width, header.bottom + slotHeight, measure);
  return { width, height: footer.bottom, network: box, slot, marks: [...header.marks, ...footer.marks] };
}

/**
 * The figure at 16:9: widened until the header, network and legend fit a slide's height, then made exactly 16:9
 * (height = width × 9 / 16, rounded), the spare space around the network.
 */
export function layoutSlide(
  meta: FigureMeta,
  legend: LegendSpec,
  network: { width: number; height: number },
  measure: Measure,
  caption?: string,
): FigureLayout {
  let figure = layoutFigure(meta, legend, network, measure, {}, caption);
  // A wider figure wraps the legend into fewer rows, so its height can only fall: a few rounds settle it.
  for (let round = 0; round < 8 && figure.height > Math.round(figure.width / SLIDE_ASPECT); round++)
    figure = layoutFigure(
      meta,
      legend,
      network,
      measure,
      { width: Math.ceil(figure.height * SLIDE_ASPECT) },
      caption,
    );
  return layoutFigure(
    meta,
    legend,
    network,
    measure,
    { width: figure.width, height: Math.round(figure.width / SLIDE_ASPECT) },
    caption,
  );
}
