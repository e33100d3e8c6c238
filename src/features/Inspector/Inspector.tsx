// The inspector for the clicked node: what it is, untreated vs treated activity, a 0–24 h time course,
// its edges with their evidence, and the drugs that target it.
import { useMemo } from 'react';
import { direction } from '../../engine/direction';
import { drugEffects } from '../../engine/effects';
import { nodeQuantities, shownValue } from '../../engine/shown';
import { simulateTimeCourse } from '../../engine/simulate';
import { directionGlyph } from '../../graph/scale';
import { toCondition } from '../../stores/condition';
import { selectSelectedNode, useScenarioStore } from '../../stores/scenarioStore';
import { useModel } from '../ModelContext';
import { ReferenceList } from '../References/ReferenceLink';
import { useScenarioInputs, useScenarioResult } from '../useScenarioResult';

function TimeCourse({ nodeId }: { nodeId: string }) {
  const model = useModel();
  const { drugs, mutations, loopsOff } = useScenarioInputs();
  const course = useMemo(
    () => simulateTimeCourse(model, toCondition(model, drugs, mutations, loopsOff), 24 * 60, 20),
    [model, drugs, mutations, loopsOff],
  );
  if (!course.network.index.has(nodeId)) return null;
  const quantity = nodeQuantities(model).get(nodeId);
  // Time 0 is the untreated cell, before the drugs bind; from then on the drugs' blocks apply.
  const untreatedEffects = drugEffects(model, [], mutations);
  const values = course.states.map((y, k) =>
    shownValue(
      model,
      { network: course.network, effects: k === 0 ? untreatedEffects : course.effects, y },
      nodeId,
    ),
  );
  const w = 260;
  const h = 70;
  const x = (t: number) => 30 + (t / (24 * 60)) * (w - 40);
  const y = (v: number) => h - 14 - v * (h - 24);
  const points = course.times
    .map((t, k) => `${x(t).toFixed(1)},${y(values[k] as number).toFixed(1)}`)
    .join(' ');
  return (
    <figure className="timecourse">
      <svg
        width={w}
        height={h}
        role="img"
        aria-label={`${quantity?.meaning ?? 'Activity'} over 24 hours, from ${values[0]?.toFixed(2)} to ${values.at(-1)?.toFixed(2)}`}
      >
        <line x1={30} x2={w - 10} y1={y(0)} y2={y(0)} stroke="#d0d7de" />
        <line x1={30} x2={30} y1={y(0)} y2={y(1)} stroke="#d0d7de" />
        <text x={2} y={y(1) + 4} fontSize="10" fill="#57606a">
          1
        </text>
        <text x={2} y={y(0) + 4} fontSize="10" fill="#57606a">
          0
        </text>
        {[0, 6, 12, 18, 24].map((hr) => (
          <text key={hr} x={x(hr * 60) - 4} y={h - 2} fontSize="10" fill="#57606a">
            {hr}h
          </text>
        ))}
        <polyline points={points} fill="none" stroke="#0b57d0" strokeWidth={2} />
      </svg>
      <figcaption>{quantity?.meaning ?? 'Activity'} after the drugs are added (0–24 h)</figcaption>
    </figure>
  );
}

export function Inspector() {
  const model = useModel();
  const nodeId = useScenarioStore(selectSelectedNode);
  const selectNode = useScenarioStore((s) => s.selectNode);
  const result = useScenarioResult();
  const node = nodeId ? model.nodeById.get(nodeId) : undefined;
  if (!node) return null;
  const reference = result.reference.get(node.id) ?? 0;
  const value = result.value.get(node.id) ?? 0;
  const dir = direction(reference, value);
  const meaning = nodeQuantities(model).get(node.id)?.meaning ?? 'activity';
  const edges = model.pathway.edges.filter((e) => e.source === node.id || e.target === node.id);
  const target = node.target ?? node.id;
  const drugs = model.drugs.filter((d) => d.targets.some((t) => t.target === target));
  const label = (id: string) => {
    const n = model.nodeById.get(id);
    const parent = n?.parent ? model.nodeById.get(n.parent) : undefined;
    return parent ? `${parent.label} ${n?.label}` : (n?.label ?? id);
  };
  const title = label(node.id);
  return (
    <aside className="inspector" aria-label={`Inspector: ${title}`}>
      <div className="panel-head">
        <h2>{title}</h2>
        <button
          type="button"
          className="remove-button"
          aria-label="Close inspector"
          onClick={() => selectNode(null)}
        >
          ×
        </button>
      </div>
      <p className="kind">
        {node.kind.replace('-', ' ')} · {node.compartment}
      </p>
      <p>{node.description}</p>
      <p className="kind">Shown on the diagram: {meaning}</p>
      <dl className="activity">
        <dt>Untreated</dt>
        <dd>
          <meter min={0} max={1} value={reference} aria-label={`Untreated: ${meaning}`} />{' '}
          {reference.toFixed(2)}
        </dd>
        <dt>Treated</dt>
        <dd>
          <meter min={0} max={1} value={value} aria-label={`Treated: ${meaning}`} /> {value.toFixed(2)}{' '}
          {dir !== 'no_change' && (
            <strong>
              {dir} {directionGlyph(dir)}
            </strong>
          )}
        </dd>
      </dl>
      <TimeCourse nodeId={node.id} />
      <h3>Links and evidence</h3>
      <ul className="edges">
        {edges.map((e) => (
          <li key={e.id}>
            <span className="edge-text">
              {label(e.source)} {e.sign === 'activation' ? '→' : '⊣'} {label(e.target)}{' '}
              <span className="muted">
                ({e.mechanism}
                {e.speed !== 'fast' ? `, ${e.speed}` : ''})
              </span>
            </span>
            <span className="evidence">
              <ReferenceList model={model} ids={e.references} showIds />
            </span>
          </li>
        ))}
      </ul>
      {drugs.length > 0 && (
        <>
          <h3>Drugs that act here</h3>
          <p>{drugs.map((d) => d.name).join(', ')}</p>
        </>
      )}
    </aside>
  );
}
