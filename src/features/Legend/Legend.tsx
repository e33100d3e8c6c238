// The always-visible legend: the change colour scale with its glyphs, edge styles and the drug marker.
import { changeColor } from '../../graph/scale';
import type { Theme } from '../../graph/theme';

export function Legend({ theme }: { theme: Theme }) {
  const stops = [-2, -1.5, -1, -0.5, -0.2, 0, 0.2, 0.5, 1, 1.5, 2];
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      <div className="legend-scale">
        <span>↓ down</span>
        <span className="legend-bar" aria-hidden="true">
          {stops.map((s) => (
            <span key={s} style={{ background: changeColor(theme.change, s) }} />
          ))}
        </span>
        <span>up ↑</span>
      </div>
      <div className="legend-caption">change against untreated (colour to ±4×)</div>
      <svg className="legend-edges" width="560" height="20" aria-hidden="true">
        <g fontSize="11" fill={theme.text}>
          <line x1="4" y1="10" x2="34" y2="10" stroke={theme.activation} strokeWidth="2" />
          <path d="M34 10 l-7 -4 v8 z" fill={theme.activation} />
          <text x="40" y="14">
            activates
          </text>
          <line x1="104" y1="10" x2="134" y2="10" stroke={theme.inhibition} strokeWidth="2" />
          <line x1="134" y1="4" x2="134" y2="16" stroke={theme.inhibition} strokeWidth="3" />
          <text x="140" y="14">
            inhibits
          </text>
          <line x1="200" y1="10" x2="230" y2="10" stroke="#d81b60" strokeWidth="3" strokeDasharray="8 4" />
          <text x="236" y="14">
            feedback loop
          </text>
          <line
            x1="324"
            y1="10"
            x2="354"
            y2="10"
            stroke={theme.activation}
            strokeWidth="2.5"
            strokeDasharray="2 3"
          />
          <text x="360" y="14">
            slow (expression)
          </text>
          <rect x="464" y="2" width="38" height="16" rx="4" fill="#111111" />
          <text x="469" y="14" fill="#ffffff" fontWeight="bold">
            Drug
          </text>
          <text x="506" y="14">
            acts here
          </text>
        </g>
      </svg>
    </section>
  );
}
