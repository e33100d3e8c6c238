// Potency across targets on a log scale, one bar per target (longer = more potent); "not determined" said as such.
// The axis runs from weak (left, 100 µM) to potent (right, 0.01 nM).
import {
  formatNM,
  potencyText,
  type SelectivityRow,
  selectivitySummary,
  selectivityTable,
} from '../../model/describe';
import type { Drug } from '../../model/types';
import { useModel } from '../ModelContext';
import { BAR_PITCH, type ChartLayout, chartLayout, TICKS } from './chartLayout';

const COLOURS = ['#0b57d0', '#c85a00'];

function PotencyAxis({ layout }: { layout: ChartLayout }) {
  return TICKS.map((t) => (
    <g key={t}>
      <line x1={layout.x(t)} x2={layout.x(t)} y1={4} y2={layout.height - 24} stroke="#e1e4e8" />
      <text x={layout.x(t)} y={layout.height - 10} fontSize="10" textAnchor="middle" fill="#57606a">
        {formatNM(t)}
      </text>
    </g>
  ));
}

/** One drug's bar in a target row: its potency, or a dash when the drug lacks the row, or "not determined". */
function PotencyBar({ row, index, layout }: { row?: SelectivityRow; index: number; layout: ChartLayout }) {
  const y = 4 + index * BAR_PITCH;
  const { labelW, plotW } = layout;
  if (!row)
    return (
      <text x={labelW + 4} y={y + 12} fontSize="11" fill="#8c959f">
        —
      </text>
    );
  if (row.nM === null)
    return (
      <text x={labelW + 4} y={y + 12} fontSize="11" fontStyle="italic" fill="#57606a">
        not determined
      </text>
    );
  return (
    <g>
      <rect
        x={labelW}
        y={y}
        width={Math.max(2, layout.x(row.nM) - labelW)}
        height={16}
        fill={COLOURS[index]}
        opacity={row.qualifier === '>' ? 0.45 : 0.9}
      />
      <text x={labelW + plotW + 6} y={y + 12} fontSize="11" fill="#1b1f24">
        {potencyText(row)}
      </text>
    </g>
  );
}

export function SelectivityChart({ drugs }: { drugs: readonly Drug[] }) {
  const model = useModel();
  const table = selectivityTable(model, drugs);
  if (table.rows.length === 0) return <p className="empty">No target in the model.</p>;
  const layout = chartLayout(
    table.rows.map((r) => r.label),
    drugs.length,
  );
  return (
    <figure className="selectivity">
      <svg
        width={layout.width}
        height={layout.height}
        // With a viewBox the chart shrinks to a narrow card (styles.css caps its width) instead of spilling over.
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={selectivitySummary(table, drugs)}
      >
        <PotencyAxis layout={layout} />
        {table.rows.map((r, row) => (
          <g key={r.key} transform={`translate(0, ${row * layout.rowH + 6})`}>
            <text x={0} y={layout.rowH / 2 + 3} fontSize="12" fill="#1b1f24">
              {r.label}
            </text>
            {drugs.map((d, i) => (
              <PotencyBar key={d.id} row={table.byDrug[i]?.get(r.key)} index={i} layout={layout} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        Bar length: potency (IC50, Kd or Ki) on a log scale, longer = more potent; pale bars are lower bounds
        (“&gt;”).
        {drugs.length > 1 &&
          drugs.map((d, i) => (
            <span key={d.id} className="swatch-label">
              <span className="swatch" style={{ background: COLOURS[i] }} /> {d.name}
            </span>
          ))}
      </figcaption>
    </figure>
  );
}
