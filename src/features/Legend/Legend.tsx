// The always-visible legend: the change scale with its range and glyphs, edge styles, the drug marker and every loop in
// its model colour, drawn from the one legend spec the exports use too.
import { useMemo } from 'react';
import type { Theme } from '../../graph/theme';
import { useModel } from '../ModelContext';
import { type LegendLine, legendSpec, lineSample, SAMPLE_LENGTH } from './spec';

const ITEM = { display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' } as const;

/** Text read by screen readers but not shown. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/**
 * One line sample (stroke and arrowhead or bar) with its label. `compact`: a smaller sample whose label is a tooltip
 * and screen-reader text only.
 */
function LineItem({ line, compact = false }: { line: LegendLine; compact?: boolean }) {
  const { x2, head } = lineSample(line);
  const scale = compact ? 0.7 : 1;
  return (
    <span style={ITEM} data-testid={`legend-line-${line.id}`} title={compact ? line.label : undefined}>
      <svg
        width={Math.round((SAMPLE_LENGTH + 2) * scale)}
        height={Math.round(16 * scale)}
        viewBox={`-1 -8 ${SAMPLE_LENGTH + 2} 16`}
        aria-hidden="true"
      >
        <line
          x1="0"
          y1="0"
          x2={x2}
          y2="0"
          stroke={line.color}
          strokeWidth={line.width}
          strokeDasharray={line.dash.length ? line.dash.join(' ') : undefined}
        />
        <path d={head} fill={line.color} />
      </svg>
      <span style={compact ? VISUALLY_HIDDEN : undefined}>{line.label}</span>
    </span>
  );
}

export function Legend({ theme }: { theme: Theme }) {
  const model = useModel();
  const spec = useMemo(() => legendSpec(theme, model.pathway.loops), [theme, model]);
  const { scale } = spec;
  return (
    // Two rows at most beside the canvas (the canvas keeps its height: labels stay ≥ 10 px at 1366×768).
    <section className="legend" aria-label="Legend" data-testid="legend" style={{ rowGap: 4 }}>
      <div
        className="legend-scale"
        role="img"
        aria-label={`Colour scale: blue for down, full at ${scale.low}; orange for up, full at ${scale.high}; ${scale.caption}`}
      >
        <span aria-hidden="true">{scale.down}</span>
        <span aria-hidden="true">{scale.low}</span>
        <span className="legend-bar" aria-hidden="true">
          {scale.stops.map((s) => (
            <span key={s.value} style={{ background: s.color }} />
          ))}
        </span>
        <span aria-hidden="true">{scale.high}</span>
        <span aria-hidden="true">{scale.up}</span>
      </div>
      <div className="legend-caption">{scale.caption}</div>
      {spec.edges.map((line) => (
        <LineItem key={line.id} line={line} />
      ))}
      <span style={ITEM}>
        <span
          style={{
            background: spec.marker.fill,
            color: spec.marker.color,
            fontWeight: 'bold',
            borderRadius: 4,
            padding: '0 5px',
          }}
        >
          {spec.marker.text}
        </span>
        {spec.marker.label}
      </span>
      {/* Each loop as a small sample in its model colour, named on hover; the loop panel beside lists them by name. */}
      <span style={{ ...ITEM, gap: 6 }}>
        loops
        <ul
          aria-label="Feedback and cross-talk loops"
          style={{ display: 'flex', gap: 2, listStyle: 'none', margin: 0, padding: 0 }}
        >
          {spec.loops.map((line) => (
            <li key={line.id}>
              <LineItem line={line} compact />
            </li>
          ))}
        </ul>
      </span>
    </section>
  );
}
