// The compact legend of lecture mode: the change scale with its range, activation and inhibition, the drug badge and a
// cut loop, on one line beside the step's title, readable on a 1280×720 projector; drawn from the shared legend spec.
import { useMemo } from 'react';
import type { Theme } from '../../graph/theme';
import { useModel } from '../ModelContext';
import { type LegendLine, legendSpec, lineSample, SAMPLE_LENGTH } from './spec';

/** A short line sample (stroke and arrowhead or bar) with its label. */
function Sample({ line }: { line: LegendLine }) {
  const { x2, head } = lineSample(line);
  return (
    <span className="lecture-legend-item">
      <svg
        width={SAMPLE_LENGTH * 0.8}
        height={14}
        viewBox={`-1 -8 ${SAMPLE_LENGTH + 2} 16`}
        aria-hidden="true"
      >
        <line x1="0" y1="0" x2={x2} y2="0" stroke={line.color} strokeWidth={line.width * 1.3} />
        <path d={head} fill={line.color} />
      </svg>
      {line.label}
    </span>
  );
}

export function LectureLegend({ theme }: { theme: Theme }) {
  const model = useModel();
  const spec = useMemo(() => legendSpec(theme, model.pathway.loops), [theme, model]);
  const { scale } = spec;
  const [activates, inhibits] = spec.edges;
  return (
    <section className="lecture-legend" aria-label="Legend" data-testid="lecture-legend">
      <span
        className="lecture-legend-item"
        role="img"
        aria-label={`Colour scale: blue for down, full at ${scale.low}; orange for up, full at ${scale.high}; ${scale.caption}`}
      >
        <span aria-hidden="true">
          {scale.down} {scale.low}
        </span>
        <span className="lecture-legend-bar" aria-hidden="true">
          {scale.stops.map((s) => (
            <span key={s.value} style={{ background: s.color }} />
          ))}
        </span>
        <span aria-hidden="true">
          {scale.high} {scale.up}
        </span>
      </span>
      {activates && <Sample line={activates} />}
      {inhibits && <Sample line={inhibits} />}
      <span className="lecture-legend-item">
        <span
          className="lecture-legend-marker"
          style={{ background: spec.marker.fill, color: spec.marker.color }}
        >
          {spec.marker.text}
        </span>
        {spec.marker.label}
      </span>
      <span className="lecture-legend-item">
        <span aria-hidden="true">✂</span> loop switched off
      </span>
    </section>
  );
}
