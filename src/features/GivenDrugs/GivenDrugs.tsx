// The drugs given: one log-scale dose control each (marking low, high and the main IC50) and a remove button.
import { useId } from 'react';
import type { Drug } from '../../model/types';
import { type GivenDrugChoice, useScenarioStore } from '../../stores/scenarioStore';
import { useModel } from '../ModelContext';

/** Formats a concentration in nM as a short human string (0.5 nM, 120 nM, 3 µM). */
export function formatNM(nM: number): string {
  if (nM >= 1000) return `${Number((nM / 1000).toPrecision(2))} µM`;
  if (nM >= 1) return `${Number(nM.toPrecision(2))} nM`;
  return `${Number((nM * 1000).toPrecision(2))} pM`;
}

/** The most potent measured target: the IC50 the dose control marks. */
export function mainPotency(drug: Drug): { nM: number; target: string } | null {
  const measured = drug.targets.filter((t) => t.value_nM !== null);
  if (!measured.length) return null;
  const best = measured.reduce((a, b) => ((a.value_nM as number) <= (b.value_nM as number) ? a : b));
  return { nM: best.value_nM as number, target: best.target };
}

function DoseControl({ drug, choice }: { drug: Drug; choice: GivenDrugChoice }) {
  const setDose = useScenarioStore((s) => s.setDose);
  const id = useId();
  if (!drug.doses) {
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
  const { low, high } = drug.doses;
  const min = Math.log10(low.nM / 30);
  const max = Math.log10(high.nM * 10);
  const dose = typeof choice.dose === 'number' ? choice.dose : drug.doses[choice.dose].nM;
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
                <button
                  type="button"
                  className="remove-button"
                  aria-label={`Remove ${drug.name}`}
                  onClick={() => removeDrug(drug.id)}
                >
                  ×
                </button>
              </div>
              <DoseControl drug={drug} choice={choice} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
