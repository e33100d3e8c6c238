// The cell context: named presets for classic cell models, mutation toggles and the 1 hour / 24 hours switch.
import { TIMESCALE_LABEL } from '../../model/describe';
import {
  selectMutations,
  selectPresetId,
  selectTimescale,
  useScenarioStore,
} from '../../stores/scenarioStore';
import { useModelBundle } from '../ModelContext';

export function TimescaleSwitch() {
  const timescale = useScenarioStore(selectTimescale);
  const setTimescale = useScenarioStore((s) => s.setTimescale);
  return (
    <fieldset className="timescale" aria-label="Time after dosing">
      <legend>Time after dosing</legend>
      {(['acute', 'sustained'] as const).map((t) => (
        <label key={t} className={timescale === t ? 'on' : ''}>
          <input type="radio" name="timescale" checked={timescale === t} onChange={() => setTimescale(t)} />
          {TIMESCALE_LABEL[t]}
        </label>
      ))}
    </fieldset>
  );
}

export function ContextPanel() {
  const { model, presets } = useModelBundle();
  const mutations = useScenarioStore(selectMutations);
  const presetId = useScenarioStore(selectPresetId);
  const toggleMutation = useScenarioStore((s) => s.toggleMutation);
  const applyPreset = useScenarioStore((s) => s.applyPreset);
  const preset = presets.find((p) => p.id === presetId);
  return (
    <section className="panel context" aria-labelledby="context-heading">
      <h2 id="context-heading">Cell context</h2>
      <label className="preset">
        <span className="sr-only">Cell model</span>
        <select
          aria-label="Cell model"
          value={presetId ?? ''}
          onChange={(e) => {
            const p = presets.find((x) => x.id === e.target.value);
            if (p) applyPreset(p.id, p.mutations);
          }}
        >
          {presetId === null && <option value="">Custom mutations</option>}
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      {preset && <p className="hint">{preset.description}</p>}
      <ul className="mutations">
        {model.pathway.mutations.map((m) => (
          <li key={m.id}>
            <label title={m.description}>
              <input
                type="checkbox"
                checked={mutations.includes(m.id)}
                onChange={() => toggleMutation(m.id)}
              />
              {m.label}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
