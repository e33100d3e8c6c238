// The inspector for the clicked node: what it is, untreated vs treated activity, a 0–24 h time course,
// its edges with their evidence, and the drugs that target it.
import { useMemo } from 'react';
import { direction } from '../../engine/direction';
import { nodeQuantities } from '../../engine/shown';
import { directionGlyph } from '../../graph/scale';
import { nodeTitle } from '../../model/describe';
import { drugsActingOn } from '../../model/drugs';
import type { Model, PathwayNode } from '../../model/types';
import { selectSelectedNode, useScenarioStore } from '../../stores/scenarioStore';
import { CloseButton } from '../CloseButton';
import { useModel } from '../ModelContext';
import { ReferenceList } from '../References/ReferenceLink';
import { usePaintedValue } from '../usePaintedValue';
import { useScenarioInputs, useScenarioResult } from '../useScenarioResult';
import {
  courseAxis,
  courseValues,
  SPARK,
  simulateCourse,
  sparkPoints,
  sparkX,
  sparkY,
  tickText,
} from './timeCourse';

/** The node's course over 24 h; a new choice redraws it once the canvas has painted it (it is a costly simulation). */
function TimeCourse({ nodeId }: { nodeId: string }) {
  const model = useModel();
  const { value: inputs, stale } = usePaintedValue(useScenarioInputs());
  const { drugs, mutations, loopsOff } = inputs;
  const course = useMemo(
    () => simulateCourse(model, drugs, mutations, loopsOff),
    [model, drugs, mutations, loopsOff],
  );
  if (!course.network.index.has(nodeId)) return null;
  const meaning = nodeQuantities(model).get(nodeId)?.meaning ?? 'Activity';
  const values = courseValues(model, course, nodeId, mutations);
  // The axis fits the course, so a small but real change (0.22 → 0.27) is visible; its ticks say the range.
  const axis = courseAxis(values);
  const { width: w, height: h } = SPARK;
  const left = sparkX(0);
  return (
    <figure className="timecourse" aria-busy={stale}>
      <svg
        width={w}
        height={h}
        role="img"
        data-testid="inspector-timecourse"
        aria-label={`${meaning} over 24 hours, from ${values[0]?.toFixed(2)} to ${values.at(-1)?.toFixed(2)}; axis ${tickText(axis.min, axis)} to ${tickText(axis.max, axis)}`}
      >
        {axis.ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={w - 10} y1={sparkY(v, axis)} y2={sparkY(v, axis)} stroke="#e1e5ea" />
            <text x={left - 4} y={sparkY(v, axis) + 3.5} fontSize="10" fill="#57606a" textAnchor="end">
              {tickText(v, axis)}
            </text>
          </g>
        ))}
        <line x1={left} x2={left} y1={sparkY(axis.min, axis)} y2={sparkY(axis.max, axis)} stroke="#8c959f" />
        {[0, 6, 12, 18, 24].map((hr) => (
          <text key={hr} x={sparkX(hr * 60)} y={h - 2} fontSize="10" fill="#57606a" textAnchor="middle">
            {hr} h
          </text>
        ))}
        <polyline
          points={sparkPoints(course.times, values, axis)}
          fill="none"
          stroke="#0b57d0"
          strokeWidth={2}
        />
      </svg>
      <figcaption>
        {meaning} after the drugs are added (0–24 h); axis {tickText(axis.min, axis)}–
        {tickText(axis.max, axis)}
      </figcaption>
    </figure>
  );
}

/** Untreated against treated activity, with the direction of the change. */
function Activity({ node, meaning }: { node: PathwayNode; meaning: string }) {
  const result = useScenarioResult();
  const reference = result.reference.get(node.id) ?? 0;
  const value = result.value.get(node.id) ?? 0;
  const dir = direction(reference, value);
  return (
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
  );
}

/** The node's edges, each with the references that support it. */
function Links({ model, node }: { model: Model; node: PathwayNode }) {
  const edges = model.pathway.edges.filter((e) => e.source === node.id || e.target === node.id);
  return (
    <ul className="edges">
      {edges.map((e) => (
        <li key={e.id}>
          <span className="edge-text">
            {nodeTitle(model, e.source)} {e.sign === 'activation' ? '→' : '⊣'} {nodeTitle(model, e.target)}{' '}
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
  );
}

export function Inspector() {
  const model = useModel();
  const nodeId = useScenarioStore(selectSelectedNode);
  const selectNode = useScenarioStore((s) => s.selectNode);
  const node = nodeId ? model.nodeById.get(nodeId) : undefined;
  if (!node) return null;
  const meaning = nodeQuantities(model).get(node.id)?.meaning ?? 'activity';
  const drugs = drugsActingOn(model, node);
  const title = nodeTitle(model, node.id);
  return (
    <aside className="inspector" aria-label={`Inspector: ${title}`}>
      <div className="panel-head">
        <h2>{title}</h2>
        <CloseButton label="Close inspector" onClick={() => selectNode(null)} />
      </div>
      <p className="kind">
        {node.kind.replace('-', ' ')} · {node.compartment}
      </p>
      <p>{node.description}</p>
      <p className="shown-as">Shown on the diagram: {meaning}</p>
      <Activity node={node} meaning={meaning} />
      <TimeCourse nodeId={node.id} />
      <h3>Links and evidence</h3>
      <Links model={model} node={node} />
      {drugs.length > 0 && (
        <>
          <h3>Drugs that act here</h3>
          <p>{drugs.map((d) => d.name).join(', ')}</p>
        </>
      )}
    </aside>
  );
}
