// The legend as data, written once: the change scale with its range, the edge styles, each loop in its model colour and
// the drug marker. The screen legend, the PNG and the SVG export all draw this spec.
import { changeColor, foldText, scaleRange, scaleStops } from '../../graph/scale';
import type { Theme } from '../../graph/theme';
import type { Loop } from '../../model/types';

/** A line sample: a short stroke with an arrowhead or a bar, as the canvas draws that kind of edge. */
export interface LegendLine {
  id: string;
  label: string;
  color: string;
  width: number;
  /** Dash pattern in px ([] for a solid line). */
  dash: number[];
  end: 'arrow' | 'tee';
}

export interface LegendSpec {
  scale: {
    down: string;
    up: string;
    /** Fold change where the colour is full, at each end ("×0.5", "×2"). */
    low: string;
    high: string;
    /** The range as one phrase ("×0.5 … ×2"). */
    range: string;
    caption: string;
    stops: Array<{ value: number; color: string }>;
  };
  edges: LegendLine[];
  marker: { text: string; label: string; fill: string; color: string };
  loops: LegendLine[];
  ink: { text: string; muted: string };
}

/** Colours that differ from the theme's on a dark export background. */
export interface LegendInk {
  text: string;
  muted: string;
  activation: string;
}

/** Swatches in the scale bar: from full blue to full orange through grey. */
export const LEGEND_STOPS = 11;

/** The legend for a theme and a model's loops (each loop's colour and label come from the model data). */
export function legendSpec(
  theme: Theme,
  loops: ReadonlyArray<Pick<Loop, 'id' | 'label' | 'color'>>,
  ink: Partial<LegendInk> = {},
): LegendSpec {
  const text = ink.text ?? theme.text;
  const activation = ink.activation ?? theme.activation;
  const { min, max } = scaleRange(theme.change);
  const low = foldText(min);
  const high = foldText(max);
  return {
    scale: {
      down: '↓ down',
      up: 'up ↑',
      low,
      high,
      range: `${low} … ${high}`,
      caption: 'change against untreated',
      stops: scaleStops(theme.change, LEGEND_STOPS).map((value) => ({
        value,
        color: changeColor(theme.change, value),
      })),
    },
    edges: [
      { id: 'activates', label: 'activates', color: activation, width: 2, dash: [], end: 'arrow' },
      { id: 'inhibits', label: 'inhibits', color: theme.inhibition, width: 2, dash: [], end: 'tee' },
      { id: 'slow', label: 'slow (expression)', color: activation, width: 2.5, dash: [2, 3], end: 'arrow' },
    ],
    marker: { text: 'Drug', label: 'acts here', fill: '#111111', color: '#ffffff' },
    loops: loops.map((l) => ({
      id: l.id,
      label: l.label,
      color: l.color,
      width: 3,
      dash: [8, 4],
      end: 'arrow',
    })),
    ink: { text, muted: ink.muted ?? theme.mutedText },
  };
}

/** Length of a line sample (px), arrowhead or bar included. */
export const SAMPLE_LENGTH = 34;

/**
 * A line sample's geometry with its left end at (0, 0): the stroke, and the arrowhead or bar as a filled path. The screen
 * legend and the exports draw the same shapes.
 */
export function lineSample(line: LegendLine): { x2: number; head: string } {
  return line.end === 'arrow'
    ? { x2: SAMPLE_LENGTH - 4, head: `M${SAMPLE_LENGTH} 0L${SAMPLE_LENGTH - 8} -5L${SAMPLE_LENGTH - 8} 5Z` }
    : { x2: SAMPLE_LENGTH - 2, head: `M${SAMPLE_LENGTH - 3} -7H${SAMPLE_LENGTH}V7H${SAMPLE_LENGTH - 3}Z` };
}
