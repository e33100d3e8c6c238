// The cell context of an opened network: any node knocked out or forced on, one switch per node.
import { useState } from 'react';
import { selectMutations, useScenarioStore } from '../../stores/scenarioStore';
import { useModel } from '../ModelContext';
import { type ClampState, clampOf, withClamp } from './clamps';

const STATES: ReadonlyArray<{ state: ClampState; label: string }> = [
  { state: 'free', label: 'normal' },
  { state: 'off', label: 'knocked out' },
  { state: 'on', label: 'forced on' },
];

/** Sets one node's clamp; the context is then custom, as with the bundled model's mutation switches. */
function setClamp(nodeId: string, state: ClampState): void {
  const s = useScenarioStore.getState();
  s.restore({ ...s, mutations: withClamp(s.mutations, nodeId, state), presetId: null });
}

export function ClampPanel() {
  const model = useModel();
  const mutations = useScenarioStore(selectMutations);
  const [filter, setFilter] = useState('');
  const clamped = model.pathway.nodes.filter((n) => clampOf(mutations, n.id) !== 'free').length;
  const shown = model.pathway.nodes.filter((n) =>
    `${n.label} ${n.id}`.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  return (
    <section className="panel context clamp-panel" aria-labelledby="clamp-heading">
      <h2 id="clamp-heading">Knock-outs</h2>
      <p className="hint">
        Hold any node off (knock-out) or on, whatever its inputs; normal follows the file's rules.{' '}
        {clamped > 0 ? `${clamped} held.` : 'All nodes follow their rules.'}
      </p>
      {model.pathway.nodes.length > 12 && (
        <input
          type="search"
          className="clamp-filter"
          aria-label="Find a node"
          placeholder="Find a node"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <ul className="clamps">
        {shown.map((n) => {
          const state = clampOf(mutations, n.id);
          return (
            <li key={n.id} className={state === 'free' ? '' : `held ${state}`}>
              <label>
                <span className="clamp-node">{n.label}</span>
                <select
                  aria-label={`${n.label}: clamp`}
                  value={state}
                  onChange={(e) => setClamp(n.id, e.target.value as ClampState)}
                >
                  {STATES.map((s) => (
                    <option key={s.state} value={s.state}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
