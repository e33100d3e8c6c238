// The drug card, fetched the first time a card opens: a first visit does not download it.
import { lazy, Suspense } from 'react';
import { loadBundledReferences } from '../../model/bundledData';
import { useViewStore } from '../../stores/viewStore';

const DrugCardChunk = lazy(async () => {
  // It cites references: fetch them with the code.
  const [m] = await Promise.all([import('./DrugCard'), loadBundledReferences()]);
  return { default: m.DrugCard };
});

/** Mounts the drug card (and so fetches its code) once a card is open. */
export function LazyDrugCard() {
  const open = useViewStore((s) => s.cardDrug !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <DrugCardChunk />
    </Suspense>
  );
}
