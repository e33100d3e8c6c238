// Maps a simulated change to a number (log2 fold change) and that number to a colour and a glyph.
import type { Direction } from '../engine/direction';
import type { ChangeScale } from './theme';

const EPS = 1e-3;

/** log2 of treated over untreated activity, or null when either is missing. */
export function log2Change(
  reference: number | null | undefined,
  value: number | null | undefined,
): number | null {
  if (reference == null || value == null || !Number.isFinite(reference) || !Number.isFinite(value))
    return null;
  return Math.log2((value + EPS) / (reference + EPS));
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Colour for a log2 change: linear interpolation between the scale's control points, clamped at its ends. */
export function changeColor(scale: ChangeScale, log2fc: number | null): string {
  if (log2fc === null || Number.isNaN(log2fc)) return scale.noData;
  const pts = scale.points;
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last) return scale.noData;
  if (log2fc <= first[0]) return first[1];
  if (log2fc >= last[0]) return last[1];
  for (let i = 1; i < pts.length; i++) {
    const [x1, c1] = pts[i] as [number, string];
    const [x0, c0] = pts[i - 1] as [number, string];
    if (log2fc <= x1) {
      const t = (log2fc - x0) / (x1 - x0);
      const a = hexToRgb(c0);
      const b = hexToRgb(c1);
      return rgbToHex([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])]);
    }
  }
  return last[1];
}

/** ↑ for up, ↓ for down, nothing otherwise: keeps the meaning in greyscale prints. */
export function directionGlyph(direction: Direction | null): string {
  return direction === 'up' ? '↑' : direction === 'down' ? '↓' : '';
}

/** The log2 changes where a scale reaches full colour: its first and last control points (0, 0 for an empty scale). */
export function scaleRange(scale: ChangeScale): { min: number; max: number } {
  const first = scale.points[0];
  const last = scale.points[scale.points.length - 1];
  return { min: first?.[0] ?? 0, max: last?.[0] ?? 0 };
}

/** A log2 change as a fold: -1 → "×0.5", 1 → "×2", 2 → "×4"; at most two significant digits (0.35 → "×1.3"). */
export function foldText(log2fc: number): string {
  return `×${Number((2 ** log2fc).toPrecision(2))}`;
}

/** `count` evenly spaced log2 changes from one end of a scale to the other, both ends included (a legend's swatches). */
export function scaleStops(scale: ChangeScale, count: number): number[] {
  const { min, max } = scaleRange(scale);
  if (count < 2) return [min];
  // Rounded so that the middle stop is exactly 0 and each stop prints cleanly.
  return Array.from(
    { length: count },
    (_, i) => Math.round((min + ((max - min) * i) / (count - 1)) * 1e6) / 1e6,
  );
}
