// The drug library: drugs grouped by class, a search over names and synonyms, one button per drug.
import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Drug, Model } from '../../model/types';
import { lookupKey } from '../../model/validate';
import { defaultDose } from '../../stores/condition';
import { type ScenarioStore, useScenarioStore } from '../../stores/scenarioStore';
import { selectLibraryQuery, useViewStore } from '../../stores/viewStore';
import { useModel } from '../ModelContext';

/** The tumour-cell node a drug target names (metabolic-tissue copies share the target id but are not the label). */
export function targetNode(model: Model, target: string) {
  const nodes = model.pathway.nodes.filter((n) => (n.target ?? n.id) === target);
  return nodes.find((n) => n.compartment !== 'systemic') ?? nodes[0];
}

/** Main targets as a short human list ("mTORC1, PI3Kα"). */
export function mainTargets(model: Model, drug: Drug): string {
  const names: string[] = [];
  for (const t of drug.targets) {
    const node = targetNode(model, t.target);
    const base = t.target === 'PI3K' ? 'PI3K' : (node?.label ?? t.target);
    const iso = t.isoform ? { alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ' }[t.isoform] : '';
    const name = t.target === 'INSR' ? 'InsR' : `${base}${iso}`;
    if (!names.includes(name)) names.push(name);
  }
  return names.slice(0, 4).join(', ') + (names.length > 4 ? '…' : '');
}

/** Drugs whose name, id or a synonym contains the query, ignoring case, spaces and dashes. */
export function filterDrugs(drugs: Drug[], query: string): Drug[] {
  const q = lookupKey(query);
  if (!q) return drugs;
  return drugs.filter((d) => [d.id, d.name, ...d.synonyms].some((n) => lookupKey(n).includes(q)));
}

const selectGivenIds = (s: ScenarioStore) => s.drugs.map((d) => d.drugId);

/** One drug: a button that gives it alone and a "+" that adds it; re-renders only when its own state changes. */
const DrugItem = memo(function DrugItem({
  model,
  drug: d,
  given,
}: {
  model: Model;
  drug: Drug;
  given: boolean;
}) {
  const selectDrug = useScenarioStore((s) => s.selectDrug);
  const addDrug = useScenarioStore((s) => s.addDrug);
  const unavailable = d.selectable === false;
  const descId = `drug-desc-${d.id}`;
  return (
    <li className={`drug-item${given ? ' given' : ''}`}>
      <button
        type="button"
        className="drug-button"
        aria-label={d.name}
        aria-describedby={descId}
        aria-pressed={given}
        disabled={unavailable}
        title={unavailable ? d.unselectableReason : `Give ${d.name} alone`}
        onClick={() => selectDrug(d.id, defaultDose(model, d.id))}
      >
        <span className="drug-name">{d.name}</span>
        <span className="drug-meta" id={descId}>
          {unavailable ? 'profile not disclosed' : mainTargets(model, d)}
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
  const givenIds = useScenarioStore(useShallow(selectGivenIds));
  const groups = useMemo(() => {
    const found = filterDrugs(model.drugs, query);
    const byClass = new Map<string, Drug[]>();
    for (const d of found) byClass.set(d.class, [...(byClass.get(d.class) ?? []), d]);
    return [...model.classById.keys()]
      .filter((c) => byClass.has(c))
      .map((c) => [c, byClass.get(c) ?? []] as const);
  }, [model, query]);

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
                <DrugItem key={d.id} model={model} drug={d} given={givenIds.includes(d.id)} />
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </section>
  );
}
