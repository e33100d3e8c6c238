// The drug card: mechanism, selectivity (and a comparison), approval, trials, toxicities and references.
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { sourceLabel } from '../../model/cite';
import { describeMechanism } from '../../model/describe';
import type { Drug, Model } from '../../model/types';
import { useViewStore } from '../../stores/viewStore';
import { useModalDialog } from '../A11y/useModalDialog';
import { CloseButton } from '../CloseButton';
import { useModel } from '../ModelContext';
import { ReferenceLink } from '../References/ReferenceLink';
import { SelectivityChart } from './SelectivityChart';

function Trials({ model, drug }: { model: Model; drug: Drug }) {
  const trials = drug.trials ?? [];
  if (!trials.length) return <p className="empty">The reviews list no clinical trial of this agent.</p>;
  return (
    <table className="trials">
      <caption className="sr-only">Clinical trials listed in the reviews</caption>
      <thead>
        <tr>
          <th scope="col">Phase</th>
          <th scope="col">Sponsor or combination</th>
          <th scope="col">Condition</th>
          <th scope="col">Schedule or result</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {trials.map((t) => (
          <tr
            key={`${t.source}-${t.phase}-${t.condition}-${t.combination ?? t.sponsor}-${t.schedule ?? t.result}`}
          >
            <td>{t.phase}</td>
            <td>{t.sponsor ?? (t.combination === 'None' ? 'alone' : `with ${t.combination}`)}</td>
            <td>
              {t.condition}
              {t.participants ? ` (n = ${t.participants})` : ''}
            </td>
            <td>{t.schedule ?? t.result}</td>
            <td>
              {sourceLabel(model, t.source, t.table)}
              {t.refs ? ` ${t.refs}` : ''}
              {(t.trialIds ?? []).map((id) => (
                <span key={id}>
                  {' '}
                  <a
                    href={`https://clinicaltrials.gov/study/${id}`}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {id}
                  </a>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Approvals({ model, drug }: { model: Model; drug: Drug }) {
  if (!drug.approvals?.length)
    return <p className="muted">Not among the FDA approvals listed in the IGF review.</p>;
  return drug.approvals.map((a) => (
    <p key={`${a.year}-${a.drug}`} className="approval">
      <strong>FDA approval {a.year}</strong> ({a.drug}): {a.indication}{' '}
      <span className="muted">— {sourceLabel(model, a.source, a.table)}</span>
    </p>
  ));
}

/** The drug's selectivity chart, with a second drug to compare it with. */
function Selectivity({ model, drug }: { model: Model; drug: Drug }) {
  const compareId = useViewStore((s) => s.compareDrug);
  const compareWith = useViewStore((s) => s.compareWith);
  const other = compareId ? model.drugById.get(compareId) : undefined;
  return (
    <>
      <label className="compare">
        Compare with{' '}
        <select
          aria-label="Compare with"
          value={compareId ?? ''}
          onChange={(e) => compareWith(e.target.value || null)}
        >
          <option value="">—</option>
          {model.drugs
            .filter((d) => d.id !== drug.id && d.targets.length > 0)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
        </select>
      </label>
      <SelectivityChart drugs={other ? [drug, other] : [drug]} />
    </>
  );
}

function Toxicities({ drug }: { drug: Drug }) {
  if (!drug.toxicities?.length) return <p className="empty">None discussed in the reviews.</p>;
  return (
    <ul className="tox">
      {drug.toxicities.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

function References({ model, drug }: { model: Model; drug: Drug }) {
  return (
    <ul className="refs">
      {drug.references
        .filter((id) => model.references.has(id))
        .map((id) => (
          <li key={id}>
            <ReferenceLink model={model} id={id} />{' '}
            <span className="muted">{model.references.get(id)?.title}</span>
          </li>
        ))}
    </ul>
  );
}

/**
 * A card is a modal dialog: its close button takes the focus, Tab stays in it, the page behind is inert, and the focus
 * goes back to the "i" button that opened it; while it is open, Esc closes it.
 */
function useCardKeys(
  openId: string | null,
  close: () => void,
): { closeRef: RefObject<HTMLButtonElement | null>; backdropRef: RefObject<HTMLDivElement | null> } {
  const closeRef = useRef<HTMLButtonElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  useModalDialog(backdropRef, openId !== null, closeRef);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    if (openId) window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openId, close]);
  return { closeRef, backdropRef };
}

export function DrugCard() {
  const model = useModel();
  const cardId = useViewStore((s) => s.cardDrug);
  const openCard = useViewStore((s) => s.openCard);
  const drug = cardId ? model.drugById.get(cardId) : undefined;
  const close = useCallback(() => openCard(null), [openCard]);
  const { closeRef, backdropRef } = useCardKeys(drug?.id ?? null, close);
  if (!drug) return null;
  return (
    <div className="card-backdrop" ref={backdropRef}>
      <div className="drug-card" role="dialog" aria-modal="true" aria-label={`${drug.name} drug card`}>
        <div className="panel-head">
          <h2>{drug.name}</h2>
          <CloseButton ref={closeRef} label="Close drug card" onClick={close} />
        </div>
        <p className="kind">
          {model.classById.get(drug.class)?.label} · {drug.mechanism.replace(/-/g, ' ')}
          {drug.synonyms.length > 0 && <> · also {drug.synonyms.join(', ')}</>}
        </p>
        <Approvals model={model} drug={drug} />
        <h3>Mechanism</h3>
        <p>{describeMechanism(model, drug)}</p>
        <h3>Selectivity</h3>
        <Selectivity model={model} drug={drug} />
        {drug.preclinical && (
          <p className="muted">
            Preclinical studies: {drug.preclinical.strategy.toLowerCase()}, refs {drug.preclinical.refs} (
            {sourceLabel(model, drug.preclinical.source, drug.preclinical.table)}).
          </p>
        )}
        <h3>Clinical trials in the reviews</h3>
        <Trials model={model} drug={drug} />
        <h3>On-target toxicities</h3>
        <Toxicities drug={drug} />
        <h3>References</h3>
        <References model={model} drug={drug} />
      </div>
    </div>
  );
}
