// Potency across targets on a log scale, one bar per target (longer = more potent); "not determined" said as such.
// The axis runs from weak (left, 100 µM) to potent (right, 0.01 nM).
import { type SelectivityRow, selectivityRows } from '../../model/describe';
import type { Drug } from '../../model/types';
import { formatNM } from '../GivenDrugs/GivenDrugs';
import { useModel } from '../ModelContext';

const MIN_LOG = -2; // 0.01 nM
const MAX_LOG = 5; // 100 µM
const COLOURS = ['#0b57d0', '#c85a00'];

export function SelectivityChart({ drugs }: { drugs: Drug[] }) {
  const model = useModel();
  const perDrug = drugs.map((d) => new Map(selectivityRows(model, d).map((r) => [r.key, r])));
  const keys: Array<{ key: string; label: string }> = [];
  for (const rows of perDrug)
    for (const r of rows.values())
      if (!keys.some((k) => k.key === r.key)) keys.push({ key: r.key, label: r.label });
  if (keys.length === 0) return <p className="empty">No target in the model.</p>;
  const rowH = 22 * drugs.length + 8;
  // Room for the longest row label at 12 px (mutant forms such as "EGFR L858R/T790M" run long).
  const labelW = Math.max(96, Math.max(...keys.map((k) => k.label.length)) * 7 + 8);
  const plotW = 300;
  const width = labelW + plotW + 90;
  const height = keys.length * rowH + 34;
  const x = (nM: number) =>
    labelW + ((MAX_LOG - Math.min(MAX_LOG, Math.max(MIN_LOG, Math.log10(nM)))) / (MAX_LOG - MIN_LOG)) * plotW;
  const ticks = [0.01, 1, 100, 10000];
  const describe = (r: SelectivityRow | undefined) =>
    !r
      ? 'not listed'
      : r.nM === null
        ? 'not determined'
        : `${r.qualifier ?? ''}${formatNM(r.nM)}${r.measure && r.measure !== 'IC50' ? ` (${r.measure})` : ''}`;
  return (
    <figure className="selectivity">
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`Potency by target: ${keys
          .map(
            (k) =>
              `${k.label} ${drugs.map((d, i) => `${drugs.length > 1 ? `${d.name} ` : ''}${describe(perDrug[i]?.get(k.key))}`).join(', ')}`,
          )
          .join('; ')}`}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={4} y2={height - 24} stroke="#e1e4e8" />
            <text x={x(t)} y={height - 10} fontSize="10" textAnchor="middle" fill="#57606a">
              {formatNM(t)}
            </text>
          </g>
        ))}
        {keys.map((k, row) => (
          <g key={k.key} transform={`translate(0, ${row * rowH + 6})`}>
            <text x={0} y={rowH / 2 + 3} fontSize="12" fill="#1b1f24">
              {k.label}
            </text>
            {drugs.map((d, i) => {
              const r = perDrug[i]?.get(k.key);
              const y = 4 + i * 22;
              if (!r)
                return (
                  <text key={d.id} x={labelW + 4} y={y + 12} fontSize="11" fill="#8c959f">
                    —
                  </text>
                );
              if (r.nM === null)
                return (
                  <text key={d.id} x={labelW + 4} y={y + 12} fontSize="11" fontStyle="italic" fill="#57606a">
                    not determined
                  </text>
                );
              return (
                <g key={d.id}>
                  <rect
                    x={labelW}
                    y={y}
                    width={Math.max(2, x(r.nM) - labelW)}
                    height={16}
                    fill={COLOURS[i]}
                    opacity={r.qualifier === '>' ? 0.45 : 0.9}
                  />
                  <text x={labelW + plotW + 6} y={y + 12} fontSize="11" fill="#1b1f24">
                    {describe(r)}
                  </text>
                </g>
              );
            })}
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
