// Geometry of the selectivity chart: a log potency axis from weak (left, 100 µM) to potent (right, 0.01 nM).
const MIN_LOG = -2; // 0.01 nM
const MAX_LOG = 5; // 100 µM

/** Concentrations (nM) the axis labels. */
export const TICKS = [0.01, 1, 100, 10000];
/** Vertical space of one drug's bar within a target row. */
export const BAR_PITCH = 22;

export interface ChartLayout {
  /** Width of the row labels, where the plot starts. */
  labelW: number;
  plotW: number;
  /** Height of one target row (a bar per drug). */
  rowH: number;
  width: number;
  height: number;
  /** Where a potency (nM) ends on the axis, clamped to its ends. */
  x: (nM: number) => number;
}

/** The chart's size for these row labels and this many drugs. */
export function chartLayout(labels: readonly string[], drugCount: number): ChartLayout {
  const rowH = BAR_PITCH * drugCount + 8;
  // Room for the longest row label at 12 px (mutant forms such as "EGFR L858R/T790M" run long).
  const labelW = Math.max(96, Math.max(...labels.map((l) => l.length)) * 7 + 8);
  const plotW = 300;
  const x = (nM: number) =>
    labelW + ((MAX_LOG - Math.min(MAX_LOG, Math.max(MIN_LOG, Math.log10(nM)))) / (MAX_LOG - MIN_LOG)) * plotW;
  return { labelW, plotW, rowH, width: labelW + plotW + 90, height: labels.length * rowH + 34, x };
}
