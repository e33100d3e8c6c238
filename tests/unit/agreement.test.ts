// One rule for what a node shows: canvas, effects panel and inspector agree for every drug, timescale and readout.
import { direction } from '../../src/engine/direction';
import { runScenario } from '../../src/engine/scenario';
import { nodeOverlayData } from '../../src/graph/elements';
import { toOverlay } from '../../src/graph/overlay';
import { SCREEN_THEME } from '../../src/graph/theme';
import { defaultDose, toCondition } from '../../src/stores/condition';
import { model, selectableDrugs } from './helpers';

describe('canvas, panel and inspector say the same thing', () => {
  for (const timescale of ['acute', 'sustained'] as const)
    it(`for every selectable drug at its default dose, ${timescale}`, () => {
      let pairs = 0;
      const disagreements: string[] = [];
      for (const drug of selectableDrugs) {
        const choice = { drugId: drug.id, dose: defaultDose(model, drug.id) };
        const result = runScenario(model, toCondition(model, [choice], [], []), timescale);
        const overlay = toOverlay(model, result);
        for (const r of result.readouts) {
          pairs++;
          const canvas = nodeOverlayData(model, r.node, overlay, SCREEN_THEME).direction;
          // the inspector reads the same node maps the canvas draws from
          const inspector = direction(
            result.reference.get(r.node) as number,
            result.value.get(r.node) as number,
          );
          const panel = r.direction;
          if (canvas !== panel || inspector !== panel)
            disagreements.push(
              `${drug.id} ${r.id}: canvas ${canvas}, inspector ${inspector}, panel ${panel}`,
            );
        }
      }
      expect(pairs).toBe(selectableDrugs.length * model.pathway.readouts.length);
      expect(disagreements).toEqual([]);
    });
});
