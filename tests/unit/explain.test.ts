// Explanations come from the model: the action point, the route, and a loop only when a loop is responsible.
import { explainScenario, pathSignAndLoops, shortestPath } from '../../src/engine/explain';
import { runScenario } from '../../src/engine/scenario';
import type { Drug } from '../../src/model/types';
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

  it('a rapalog’s other changes follow their routes where no loop carries them', () => {
    const all = explain('rapamycin');
    // GRB10 inhibits IGF-1R, so blocking mTORC1 (which activates GRB10) raises what IGF-1R drives
    expect(all.get('SNAIL')).toMatchObject({
      loop: undefined,
      reason: 'mTORC1 block raises it via mTORC1 → GRB10 → IGF-1R → β-catenin → Snail',
    });
    expect(all.get('BCATENIN_nuclear')?.reason).toBe(
      'mTORC1 block raises it via mTORC1 → GRB10 → IGF-1R → β-catenin',
    );
    expect(all.get('apoptosis')?.reason).toBe(
      'mTORC1 block lowers it via mTORC1 → GRB10 → IGF-1R → Survivin → Apoptosis',
    );
    // a fall with no direct route that agrees: the route through the body's insulin
    expect(all.get('HER3_p')?.path).toEqual([
      'MTORC2_HOST',
      'AKT_HOST',
      'GLUCOSE',
      'INSULIN_BLOOD',
      'INSULIN',
      'INSR_A',
      'IRS1_pY',
      'PI3K',
      'PIP3',
      'AKT_pT308',
      'AKT',
      'HER3',
    ]);
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

  it('names the block itself, a direct step or the route, by how far the readout is from where the drug acts', () => {
    // PI-103 blocks PI3Kα, mTORC1, mTORC2 and DNA-PK
    const all = explain('pi103');
    expect(all.get('PI3K')?.reason).toBe('PI3Kα is blocked directly');
    expect(all.get('PI3K')?.path).toEqual(['PI3K']);
    expect(all.get('AKT_pS473')?.reason).toBe('mTORC2 block lowers it directly');
    // S473 primes T308, so the mTORC2 block is T308's largest single cause
    expect(all.get('AKT_pT308')?.reason).toBe('mTORC2 block lowers it via mTORC2 → AKT pS473 → AKT pT308');
    expect(all.get('apoptosis')?.reason).toBe('DNA-PK block raises it directly');
    expect(all.get('SURVIVIN')?.reason).toBe(
      'mTORC2 block lowers it via mTORC2 → AKT pS473 → AKT → FOXO3a → Survivin',
    );
    // complement readouts (the share switched off) move against their node: the route must agree with that
    expect(all.get('PRAS40_p')?.reason).toBe('mTORC2 block lowers it via mTORC2 → AKT pS473 → AKT → PRAS40');
    expect(all.get('EIF4EBP1_p')?.reason).toBe('mTORC1 block lowers it directly');
    expect(all.get('TSC2_p')?.reason).toBe('mTORC2 block lowers it via mTORC2 → AKT pS473 → AKT → TSC2');
    expect(all.get('glucose_blood')?.reason).toBe(
      'mTORC2 (liver) block raises it via mTORC2 (liver) → AKT (body) → Blood glucose',
    );
    expect(all.get('IRS1_p_Y')).toMatchObject({
      direction: 'up',
      loop: 'S6K1-IRS1',
      actionPoint: 'MTORC1',
      reason: 'mTORC1 block relieves the S6K1 ⊣ IRS1 feedback',
    });
    // a site of the protein the drug locks is blocked directly too
    expect(explain('mk2206').get('AKT_pS473')).toMatchObject({
      reason: 'AKT is blocked directly',
      path: ['AKT', 'AKT_pS473'],
    });
  });

  it('a target the dose barely occupies is called partly blocked, as the drug library calls it no hit', () => {
    // osimertinib at "high" (450 nM) occupies about a fifth of wild-type EGFR (1865 nM) and most of L858R (54 nM)
    expect(explain('osimertinib').get('EGFR_p')?.reason).toBe(
      'EGFR is partly blocked directly (under a quarter of it at this dose)',
    );
    expect(explain('osimertinib', ['EGFR_L858R']).get('EGFR_p')?.reason).toBe('EGFR is blocked directly');
  });

  it('a fall carried by a loop the drug acts through', () => {
    expect(explain('rapamycin').get('P27_nuclear')).toMatchObject({
      loop: 'S6K1-IRS1',
      reason: 'mTORC1 block acts through the S6K1 ⊣ IRS1 feedback',
    });
  });

  it('lists the readouts that changed, the largest change first, and nothing when nothing changed', () => {
    const drug = model.drugById.get('rapamycin') as Drug;
    const condition = { mutations: [], treatment: [{ drug, doseNM: 100 }], loopsOff: new Set<string>() };
    const result = runScenario(model, condition, 'sustained');
    const changed = result.readouts.filter((r) => r.direction !== 'no_change');
    const explained = explainScenario(model, condition, 'sustained', result);
    expect(explained.map((e) => e.readout).sort()).toEqual(changed.map((r) => r.id).sort());
    const size = (id: string) => Math.abs(result.readouts.find((r) => r.id === id)?.log2 ?? Number.NaN);
    for (let i = 1; i < explained.length; i++)
      expect(size(explained[i - 1]?.readout as string)).toBeGreaterThanOrEqual(
        size(explained[i]?.readout as string),
      );
    expect(explained[0]).toMatchObject({
      label: changed.find((r) => r.id === explained[0]?.readout)?.label,
      reference: result.readouts.find((r) => r.id === explained[0]?.readout)?.reference,
      value: result.readouts.find((r) => r.id === explained[0]?.readout)?.value,
    });
    expect(explainScenario(model, { ...condition, treatment: [] }, 'sustained')).toEqual([]);
  });

  it('does not credit a loop that is already switched off', () => {
    const drug = model.drugById.get('rapamycin') as Drug;
    const loopsOff = new Set(['S6K1-IRS1']);
    const explained = explainScenario(
      model,
      { mutations: [], treatment: [{ drug, doseNM: 100 }], loopsOff },
      'sustained',
    );
    expect(explained.length).toBeGreaterThan(0);
    for (const e of explained) expect(e.loop, e.readout).not.toBe('S6K1-IRS1');
  });

  it('routes carry signs: AKT ⊣ TSC2 ⊣ RHEB is an activating route', () => {
    const path = shortestPath(model, ['AKT'], 'RHEB');
    expect(path).toEqual(['AKT', 'TSC2', 'RHEB']);
    expect(pathSignAndLoops(model, path).sign).toBe(1);
    expect(pathSignAndLoops(model, ['S6K1', 'IRS1_pS636', 'IRS1']).loops).toEqual(new Set(['S6K1-IRS1']));
    expect(pathSignAndLoops(model, ['AKT', 'TSC2']).sign).toBe(-1);
    // a step with no edge, other than between a protein and its sites, has no sign
    expect(pathSignAndLoops(model, ['AKT', 'AKT_pS473', 'AKT']).sign).toBe(1);
    expect(pathSignAndLoops(model, ['AKT', 'EGF'])).toEqual({ sign: 0, loops: new Set() });
  });

  it('a drug-bound link runs against the block, and only a drug’s own action point can start down it', () => {
    // more EGFR inhibitor means more EGFR held in IGF-1R heterodimers
    expect(pathSignAndLoops(model, ['EGFR', 'IGF1R'])).toEqual({ sign: -1, loops: new Set(['IGF1R-EGFR']) });
    expect(shortestPath(model, ['EGFR'], 'IGF1R')).toEqual(['EGFR', 'IGF1R']);
    expect(shortestPath(model, ['EGFR'], 'IGF1R', false)).not.toEqual(['EGFR', 'IGF1R']);
    const fromLigand = shortestPath(model, ['EGF'], 'IGF1R');
    expect(fromLigand.length).toBeGreaterThan(2);
    expect(fromLigand.join(' → ')).not.toContain('EGFR → IGF1R');
    expect(shortestPath(model, ['AKT'], 'AKT')).toEqual(['AKT']);
    expect(shortestPath(model, ['APOPTOSIS'], 'EGF')).toEqual([]);
  });
});
