// Explanations come from the model: the action point, the route, and a loop only when a loop is responsible.
import { explainScenario, pathSignAndLoops, shortestPath } from '../../src/engine/explain';
import { model } from './helpers';

function explain(drugId: string, mutations: string[] = []) {
  const drug = model.drugById.get(drugId);
  if (!drug) throw new Error(drugId);
  const treatment = [{ drug, doseNM: drug.doses?.high.nM ?? 30, nominal: !drug.doses }];
  return new Map(
    explainScenario(model, { mutations, treatment, loopsOff: new Set() }, 'sustained').map((e) => [
      e.readout,
      e,
    ]),
  );
}

describe('explanations', () => {
  it('a rapalog raises AKT through the S6K1-IRS1 loop, found by switching loops off', () => {
    const e = explain('rapamycin').get('AKT_pS473');
    expect(e?.direction).toBe('up');
    expect(e?.loop).toBe('S6K1-IRS1');
    expect(e?.reason).toBe('mTORC1 block relieves the S6K1 ⊣ IRS1 feedback');
  });

  it('a MEK inhibitor raises MEK phosphorylation through the ERK-RAF loop', () => {
    const e = explain('selumetinib', ['KRAS_G12']).get('MEK_p');
    expect(e?.loop).toBe('ERK-RAF');
    expect(e?.reason).toMatch(/relieves the ERK ⊣ RAF\/SOS feedback/);
  });

  it('a straight fall down the cascade names the route, not a loop (regression: erlotinib PRAS40)', () => {
    const e = explain('erlotinib', ['EGFR_ex19del']).get('PRAS40_p');
    expect(e?.direction).toBe('down');
    expect(e?.loop).toBeUndefined();
    expect(e?.reason).toMatch(/^EGFR block lowers it via EGFR → PI3K/);
  });

  it('the heterodimer loop explains IGF-1R activation by an EGFR kinase inhibitor', () => {
    const e = explain('erlotinib', ['IGF1R_high']).get('IGF1R_p');
    expect(e?.direction).toBe('up');
    expect(e?.reason).toBe('EGFR block engages the IGF-1R/EGFR heterodimer');
  });

  it('routes carry signs: AKT ⊣ TSC2 ⊣ RHEB is an activating route', () => {
    const path = shortestPath(model, ['AKT'], 'RHEB');
    expect(path).toEqual(['AKT', 'TSC2', 'RHEB']);
    expect(pathSignAndLoops(model, path).sign).toBe(1);
    expect(pathSignAndLoops(model, ['S6K1', 'IRS1_pS636', 'IRS1']).loops).toEqual(new Set(['S6K1-IRS1']));
  });
});
