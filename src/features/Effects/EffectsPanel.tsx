// "Predicted effects": readouts that changed, largest first, each with its direction in words and the model's reason.
import { directionGlyph, log2Change } from '../../graph/scale';
import { TIMESCALE_LABEL } from '../../model/describe';
import { selectTimescale, useScenarioStore } from '../../stores/scenarioStore';
import { useExplanations, useScenarioInputs } from '../useScenarioResult';

export function EffectsPanel() {
  const { drugs } = useScenarioInputs();
  const timescale = useScenarioStore(selectTimescale);
  const selectNode = useScenarioStore((s) => s.selectNode);
  const { explanations, stale } = useExplanations();
  return (
    <section className="panel effects" aria-label="Predicted effects" aria-busy={stale}>
      <h2>Predicted effects</h2>
      <p className="hint">
        {drugs.length === 0
          ? 'Give a drug to see what changes against the untreated cell.'
          : `Change against the untreated cell at ${TIMESCALE_LABEL[timescale]}.`}
      </p>
      {drugs.length > 0 && explanations.length === 0 && !stale && (
        <p className="empty">No readout changes by 10 % or more.</p>
      )}
      <ol className="effect-list">
        {explanations.map((e) => (
          <li
            key={e.readout}
            className={`effect ${e.direction}`}
            data-readout={e.readout}
            data-log2={log2Change(e.reference, e.value)?.toFixed(4)}
          >
            <button
              type="button"
              className="effect-button"
              onClick={() => selectNode(e.path[e.path.length - 1] ?? null)}
            >
              <span className="effect-head">
                <span className="effect-name">{e.label}</span>{' '}
                <span className="effect-dir">
                  {e.direction === 'up' ? 'up' : 'down'}{' '}
                  <span aria-hidden="true">{directionGlyph(e.direction)}</span>
                </span>
                <span className="effect-size">
                  {e.reference.toFixed(2)} → {e.value.toFixed(2)}
                </span>
              </span>
              <span className="effect-reason">{e.reason}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
