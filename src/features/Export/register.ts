// Registers a canvas's exporter: the figure shows the current scenario, described from the stores at export time.
import type { Core } from 'cytoscape';
import type { Theme } from '../../graph/theme';
import type { Model } from '../../model/types';
import { useScenarioStore } from '../../stores/scenarioStore';
import { renderPng, renderSvg, useExportStore } from './exporter';
import { figureMeta } from './figureMeta';

/** Makes this canvas the one the export menu (and tests) export. */
export function registerExporter(cy: Core, model: Model, theme: Theme): void {
  const meta = () => {
    const s = useScenarioStore.getState();
    return figureMeta(model, s.drugs, s.mutations, s.loopsOff, s.timescale);
  };
  const exporter = {
    meta,
    exportPng: ({ scale, background }: { scale: 1 | 2 | 4; background: 'white' | 'transparent' | 'dark' }) =>
      renderPng(cy, theme, meta(), scale, background),
    exportSvg: ({ background }: { background: 'white' | 'transparent' | 'dark' }) =>
      renderSvg(cy, theme, meta(), background),
  };
  useExportStore.getState().register(exporter);
  // Benchmark hook: the same export the menu runs.
  if (typeof window !== 'undefined')
    (window as { pathwayLensExport?: typeof exporter }).pathwayLensExport = exporter;
}
