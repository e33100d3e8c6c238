// Graph-test helpers: a scenario as the app builds it (store choices → engine → overlay → elements), and a headless canvas.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { runScenario, type ScenarioResult } from '../../src/engine/scenario';
import type { Timescale } from '../../src/engine/simulate';
import { type Overlay, toElements } from '../../src/graph/elements';
import { toOverlay } from '../../src/graph/overlay';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { SCREEN_THEME, type Theme } from '../../src/graph/theme';
import { defaultDose, toCondition } from '../../src/stores/condition';
import type { GivenDrugChoice } from '../../src/stores/scenarioStore';
import { model } from './helpers';

export interface Choices {
  /** Drug ids, each at its default (high) dose, or explicit choices. */
  drugs?: Array<string | GivenDrugChoice>;
  mutations?: string[];
  loopsOff?: string[];
  timescale?: Timescale;
}

/** What the canvas shows for a set of choices: the engine result, its overlay and the element definitions. */
export function canvasFor(choices: Choices, theme: Theme = SCREEN_THEME) {
  const drugs = (choices.drugs ?? []).map((d) =>
    typeof d === 'string' ? { drugId: d, dose: defaultDose(model, d) } : d,
  );
  const result: ScenarioResult = runScenario(
    model,
    toCondition(model, drugs, choices.mutations ?? [], choices.loopsOff ?? []),
    choices.timescale ?? 'sustained',
  );
  const overlay: Overlay = toOverlay(model, result);
  const elements = toElements(model, overlay, theme);
  return { result, overlay, elements, data: dataById(elements) };
}

/** Element data by id. */
export function dataById(elements: ElementDefinition[]): Map<string, Record<string, unknown>> {
  return new Map(elements.map((e) => [String(e.data.id), e.data as Record<string, unknown>]));
}

/** A headless Cytoscape with styles on, as the component tests and the canvas mount it; destroy it after use. */
export function headlessCanvas(elements: ElementDefinition[], theme: Theme = SCREEN_THEME): Core {
  return cytoscape({ headless: true, styleEnabled: true, elements, style: buildStylesheet(theme) });
}

/** "#2c5a9e" → "rgb(44,90,158)", as Cytoscape reports a resolved colour. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
