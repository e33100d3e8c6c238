// The drug library: drugs grouped by class, a search over names and synonyms, one button per drug.
import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { meaningfulTargets } from '../../engine/targetInhibition';
import { filterDrugs, groupByClass, mainTargets } from '../../model/drugs';
import type { Drug, Model } from '../../model/types';
import { defaultDose, toCondition } from '../../stores/condition';
import { selectGivenDrugIds, selectMutations, useScenarioStore } from '../../stores/scenarioStore';
import { selectLibraryQuery, useViewStore } from '../../stores/viewStore';
import { useModel } from '../ModelContext';

/** The targets a drug inhibits meaningfully at the dose a click gives, in the current context ("none at this dose" if none). */
function hitTargets(model: Model, drug: Drug, mutations: readonly string[]): string {
  const given = toCondition(
    model,
    [{ drugId: drug.id, dose: defaultDose(model, drug.id) }],
    [...mutations],
    [],
  ).treatment[0];
  if (!given) return mainTargets(model, drug);
  return mainTargets(model, drug, meaningfulTargets(model, given, mutations)) || 'no target hit at this dose';
}

/** One drug: a button that gives it alone and a "+" that adds it; re-renders only when its own state changes. */
const DrugItem = memo(function DrugItem({
  model,
  drug: d,
  given,
  mutations,
}: {
  model: Model;
  drug: Drug;
  given: boolean;
  mutations: readonly string[];
}) {
  const selectDrug = useScenarioStore((s) => s.selectDrug);
  const addDrug = useScenarioStore((s) => s.addDrug);
  const unavailable = d.selectable === false;
  const descId = `drug-desc-${d.id}`;
  return (
    <li className={`drug-item${given ? ' given' : ''}`}>
      {/* Named by its visible name only: the targets line is its description (read after the name), hidden from the
          name so that the name is short and still the text a speech user sees and says. */}
      <button
        type="button"
        className="drug-button"
        aria-describedby={descId}
        aria-pressed={given}
        disabled={unavailable}
        title={unavailable ? d.unselectableReason : `Give ${d.name} alone`}
        onClick={() => selectDrug(d.id, defaultDose(model, d.id))}
      >
        <span className="drug-name">{d.name}</span>
        <span className="drug-meta" id={descId} aria-hidden="true">
          {unavailable ? 'profile not disclosed' : hitTargets(model, d, mutations)}
        </span>
      </button>
      <button
        type="button"
        className="info-button"
        aria-label={`About ${d.name}`}
        title={`Drug card: ${d.name}`}
        onClick={() => useViewStore.getState().openCard(d.id)}
      >
        i
      </button>
      {!unavailable && (
        <button
          type="button"
          className="add-button"
          aria-label={`Add ${d.name} to combination`}
          title={`Add ${d.name} to the drugs already given`}
          disabled={given}
          onClick={() => addDrug(d.id, defaultDose(model, d.id))}
        >
          +
        </button>
      )}
    </li>
  );
});

export function DrugLibrary() {
  const model = useModel();
  const query = useViewStore(selectLibraryQuery);
  const setQuery = useViewStore((s) => s.setLibraryQuery);
  const givenIds = useScenarioStore(useShallow(selectGivenDrugIds));
  const mutations = useScenarioStore(selectMutations);
  const groups = useMemo(() => groupByClass(model, filterDrugs(model.drugs, query)), [model, query]);

  return (
    <section className="panel library" aria-labelledby="library-heading">
      <h2 id="library-heading">Drugs</h2>
      <input
        type="search"
        className="search"
        placeholder="Search name or code (e.g. BEZ235, sirolimus)"
        aria-label="Search drugs"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="library-search"
      />
      {groups.length === 0 && <p className="empty">No drug matches “{query}”.</p>}
      <div className="library-groups">
        {groups.map(([cls, drugs]) => (
          <fieldset key={cls} className="drug-group">
            <legend>{model.classById.get(cls)?.label}</legend>
            <ul>
              {drugs.map((d) => (
                <DrugItem
                  key={d.id}
                  model={model}
                  drug={d}
                  given={givenIds.includes(d.id)}
                  mutations={mutations}
                />
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </section>
  );
}
