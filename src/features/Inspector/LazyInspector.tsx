// The node inspector, fetched the first time a node is selected: a first visit does not download it.
import { lazy, Suspense } from 'react';
import { loadBundledReferences } from '../../model/bundledData';
import { selectSelectedNode, useScenarioStore } from '../../stores/scenarioStore';

const InspectorChunk = lazy(async () => {
  // It cites references: fetch them with the code.
  const [m] = await Promise.all([import('./Inspector'), loadBundledReferences()]);
  return { default: m.Inspector };
});

/** Mounts the inspector (and so fetches its code) once a node is selected. */
export function LazyInspector() {
  const open = useScenarioStore((s) => selectSelectedNode(s) !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <InspectorChunk />
    </Suspense>
  );
}
