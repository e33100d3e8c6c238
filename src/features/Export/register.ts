// Registers a canvas's exporter: the figure shows the current scenario, described from the stores at export time. The
// rendering code (exporter.ts) is fetched on the first export, so it is not part of the first page load.
import type { Core } from 'cytoscape';
import type { Theme } from '../../graph/theme';
import type { Model } from '../../model/types';
import { useScenarioStore } from '../../stores/scenarioStore';
import { testHooks } from '../../testHooks';
import { figureMeta } from './figureMeta';
import type { Exporter, FigureMeta } from './store';
import { useExportStore } from './store';

const loadRenderer = () => import('./exporter');

/**
 * Makes this canvas the one the export menu (and tests) export. `step` gives what lecture mode adds at export time:
 * the step's caption and focus nodes.
 */
export function registerExporter(
  cy: Core,
  model: Model,
  theme: Theme,
  step?: () => Pick<FigureMeta, 'caption' | 'focus'>,
): void {
  const meta = (): FigureMeta => {
    const s = useScenarioStore.getState();
    return { ...figureMeta(model, s.drugs, s.mutations, s.loopsOff, s.timescale), ...step?.() };
  };
  const source = { cy, theme, loops: model.pathway.loops };
  const exporter: Exporter = {
    meta,
    animating: () => cy.animated() || cy.$(':animated').length > 0,
    exportPng: async ({ scale, background, ...framing }) =>
      (await loadRenderer()).renderPng(source, meta(), scale, background, framing),
    exportSvg: async ({ background, ...framing }) =>
      (await loadRenderer()).renderSvg(source, meta(), background, framing),
  };
  useExportStore.getState().register(exporter);
  // The benchmark and the figure script run the same export through the test hooks (only with `?testHooks`).
  testHooks.exporterShown(exporter);
}
