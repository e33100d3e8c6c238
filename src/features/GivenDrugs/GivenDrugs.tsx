// The drugs given: one log-scale dose control each (marking low, high and the main IC50) and a remove button.
import { useId } from 'react';
import { formatNM } from '../../model/describe';
import { mainPotency } from '../../model/drugs';
import type { Drug } from '../../model/types';
import { doseNM } from '../../stores/condition';
import { type GivenDrugChoice, useScenarioStore } from '../../stores/scenarioStore';
import { CloseButton } from '../CloseButton';
import { useModel } from '../ModelContext';

type Doses = NonNullable<Drug['doses']>;

/** A drug without confirmed potency is given at a relative dose: low (≈ IC50) or high. */
function RelativeDose({ drug, choice }: { drug: Drug; choice: GivenDrugChoice }) {
  const setDose = useScenarioStore((s) => s.setDose);
  const id = useId();
  return (
    <fieldset className="dose relative">
      <legend>Relative dose (no confirmed potency)</legend>
      {(['low', 'high'] as const).map((level) => (
        <label key={level}>
          <input
            type="radio"
            name={`${id}-level`}
            checked={choice.dose === level}
            onChange={() => setDose(drug.id, level)}
          />
          {level === 'low' ? 'low (≈ IC50)' : 'high (near-complete block)'}
        </label>
      ))}
    </fieldset>
  );
}

/** A log-scale slider from a 30th of the low dose to ten times the high dose, marking low, high and the main IC50. */
function DoseSlider({ drug, doses, choice }: { drug: Drug; doses: Doses; choice: GivenDrugChoice }) {
  const setDose = useScenarioStore((s) => s.setDose);
  const id = useId();
  const { low, high } = doses;
  const min = Math.log10(low.nM / 30);
  const max = Math.log10(high.nM * 10);
  const dose = doseNM(doses, choice.dose);
  const potency = mainPotency(drug);
  const lowIsIC50 = potency !== null && Math.abs(Math.log10(potency.nM / low.nM)) < 0.2;
  const pct = (nM: number) => `${(100 * (Math.log10(nM) - min)) / (max - min)}%`;
  return (
    <div className="dose">
      <label htmlFor={id}>
        Dose <strong>{formatNM(dose)}</strong>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={0.01}
        value={Math.log10(dose)}
        aria-label={`${drug.name} dose`}
        aria-valuetext={formatNM(dose)}
        onChange={(e) => setDose(drug.id, Number((10 ** Number(e.target.value)).toPrecision(3)))}
      />
      <div className="dose-marks" aria-hidden="true">
        <span style={{ left: pct(low.nM) }} title={`low: ${formatNM(low.nM)}`}>
          {lowIsIC50 ? 'low = IC50' : 'low'}
        </span>
        {potency && !lowIsIC50 && (
          <span className="ic50" style={{ left: pct(potency.nM) }} title={`IC50 ${formatNM(potency.nM)}`}>
            IC50
          </span>
        )}
        <span style={{ left: pct(high.nM) }} title={`high: ${formatNM(high.nM)}`}>
          high
        </span>
      </div>
    </div>
  );
}

export function GivenDrugs() {
  const model = useModel();
  const drugs = useScenarioStore((s) => s.drugs);
  const removeDrug = useScenarioStore((s) => s.removeDrug);
  const clearDrugs = useScenarioStore((s) => s.clearDrugs);
  return (
    <section className="panel given" aria-labelledby="given-heading">
      <div className="panel-head">
        <h2 id="given-heading">Given</h2>
        {drugs.length > 0 && (
          <button type="button" className="link-button" onClick={clearDrugs}>
            Clear
          </button>
        )}
      </div>
      {drugs.length === 0 && <p className="empty">Untreated. Click a drug below to give it.</p>}
      <ul className="given-list">
        {drugs.map((choice) => {
          const drug = model.drugById.get(choice.drugId);
          if (!drug) return null;
          return (
            <li key={drug.id} className="given-drug" data-testid={`given-${drug.id}`}>
              <div className="given-head">
                <span className="given-name">{drug.name}</span>
                <CloseButton label={`Remove ${drug.name}`} onClick={() => removeDrug(drug.id)} />
              </div>
              {drug.doses ? (
                <DoseSlider drug={drug} doses={drug.doses} choice={choice} />
              ) : (
                <RelativeDose drug={drug} choice={choice} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
