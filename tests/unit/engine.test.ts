// Engine behaviour on the bundled model: drugs at their action points, loops, mutations, timescales, robustness.
import fc from 'fast-check';
import { drugEffects } from '../../src/engine/effects';
import { compileNetwork } from '../../src/engine/network';
import { predict } from '../../src/engine/predict';
import { simulate, simulateTimeCourse, wildTypeBaseline } from '../../src/engine/simulate';
import { steadyState } from '../../src/engine/solve';
import { model, readout, selectableDrugs } from './helpers';

const rapamycin = [{ drug: 'rapamycin', dose: 'high' as const }];

function drug(id: string) {
  const d = model.drugById.get(id);
  if (!d) throw new Error(`no drug ${id}`);
  return d;
}

describe('drugs act through their mechanism at their action point', () => {
  it('a rapalog blocks mTORC1 and leaves mTORC2 alone', () => {
    const fx = drugEffects(model, [{ drug: drug('rapamycin'), doseNM: 100 }], []);
    expect(fx.allosteric.get('MTORC1')).toBeGreaterThan(0.8);
    expect(fx.allosteric.get('MTORC2') ?? 0).toBe(0);
    expect(fx.catalytic.get('MTORC2') ?? 0).toBe(0);
  });

  it('rapamycin blocks S6K1 far more than 4E-BP1 (rapamycin-resistant 4E-BP1 phosphorylation)', () => {
    const s6k = readout({ treatment: rapamycin, timescale: 'acute' }, 'S6K1_pT389');
    const bp1 = readout({ treatment: rapamycin, timescale: 'acute' }, 'EIF4EBP1_p');
    expect(s6k.value / s6k.reference).toBeLessThan(0.2);
    expect(bp1.value / bp1.reference).toBeGreaterThan(s6k.value / s6k.reference + 0.2);
  });

  it('an ATP-competitive mTOR inhibitor blocks both complexes and AKT S473, unlike rapamycin', () => {
    expect(
      readout({ treatment: [{ drug: 'azd8055', dose: 'high' }], timescale: 'acute' }, 'AKT_pS473').direction,
    ).toBe('down');
    expect(
      readout({ treatment: [{ drug: 'azd8055', dose: 'high' }], timescale: 'acute' }, 'EIF4EBP1_p').direction,
    ).toBe('down');
    expect(readout({ treatment: rapamycin, timescale: 'acute' }, 'AKT_pS473').direction).toBe('no_change');
  });

  it('a MEK inhibitor stops ERK but not MEK phosphorylation', () => {
    expect(
      readout({ treatment: [{ drug: 'selumetinib', dose: 'high' }], timescale: 'acute' }, 'ERK_p').direction,
    ).toBe('down');
    expect(
      readout({ treatment: [{ drug: 'selumetinib', dose: 'high' }], timescale: 'acute' }, 'MEK_p').direction,
    ).toBe('up');
  });

  it('an ATP-competitive AKT inhibitor stops AKT substrates while AKT phosphorylation rises; the PH-domain inhibitor stops both', () => {
    const capi = [{ drug: 'capivasertib', dose: 'high' as const }];
    expect(readout({ treatment: capi }, 'PRAS40_p').direction).toBe('down');
    expect(readout({ treatment: capi }, 'AKT_pS473').direction).toBe('up');
    const mk = [{ drug: 'mk2206', dose: 'high' as const }];
    expect(readout({ treatment: mk }, 'AKT_pS473').direction).toBe('down');
    expect(readout({ treatment: mk }, 'PRAS40_p').direction).toBe('down');
  });

  it('a HER2 kinase inhibitor lowers HER2 autophosphorylation; a receptor antibody lowers signalling, not by kinase block', () => {
    expect(
      readout(
        { context: { mutations: ['HER2_amp'] }, treatment: [{ drug: 'lapatinib', dose: 'high' }] },
        'HER2_p',
      ).direction,
    ).toBe('down');
    const fx = drugEffects(model, [{ drug: drug('trastuzumab'), doseNM: 100 }], ['HER2_amp']);
    expect(fx.catalytic.get('HER2') ?? 0).toBe(0);
    expect([...fx.edges.values(), ...fx.groups.values()].some((b) => b > 0.5)).toBe(true);
  });

  it('more drug never means less block of its targets', () => {
    for (const drug of selectableDrugs) {
      const high = drug.doses?.high.nM ?? 1;
      let previous = new Map<string, number>();
      for (const dose of [0, high / 100, high / 10, high, high * 10, 1e6]) {
        const fx = drugEffects(model, [{ drug, doseNM: dose }], []);
        const now = new Map<string, number>();
        for (const m of [fx.catalytic, fx.allosteric, fx.activation, fx.edges, fx.groups, fx.binding])
          for (const [k, v] of m) now.set(k, Math.max(now.get(k) ?? 0, v));
        for (const [k, v] of previous)
          expect(now.get(k) ?? 0, `${drug.id} at ${k}`).toBeGreaterThanOrEqual(v - 1e-12);
        previous = now;
      }
    }
  });
});

describe('feedback loops', () => {
  it('rapamycin raises AKT pS473 over time through the S6K1-IRS1 loop, and not once the loop is off', () => {
    expect(readout({ treatment: rapamycin }, 'AKT_pS473').direction).toBe('up');
    expect(readout({ treatment: rapamycin, feedback: { 'S6K1-IRS1': false } }, 'AKT_pS473').direction).toBe(
      'no_change',
    );
  });

  it('rapamycin raises IRS1 tyrosine phosphorylation while its serine-636 mark falls', () => {
    expect(readout({ treatment: rapamycin }, 'IRS1_p_Y').direction).toBe('up');
    expect(readout({ treatment: rapamycin }, 'IRS1_p_S636').direction).toBe('down');
  });

  it('a MEK inhibitor raises MEK phosphorylation only while the ERK-RAF loop is on', () => {
    const mek = {
      context: { mutations: ['KRAS_G12'] },
      treatment: [{ drug: 'selumetinib', dose: 'high' as const }],
    };
    expect(readout(mek, 'MEK_p').direction).toBe('up');
    expect(readout({ ...mek, feedback: { 'ERK-RAF': false } }, 'MEK_p').direction).toBe('no_change');
  });

  it('the FOXO-RTK loop carries the rise of HER3 expression after PI3K/mTOR block', () => {
    const bez = {
      context: { mutations: ['HER2_amp'] },
      treatment: [{ drug: 'nvp-bez235', dose: 'high' as const }],
    };
    expect(readout(bez, 'HER3_expr').direction).toBe('up');
    expect(readout({ ...bez, feedback: { 'FOXO-RTK': false } }, 'HER3_expr').direction).toBe('no_change');
  });

  it('an EGFR kinase inhibitor activates IGF-1R through the heterodimer loop', () => {
    const erl = {
      context: { mutations: ['IGF1R_high'] },
      treatment: [{ drug: 'erlotinib', dose: 'high' as const }],
    };
    expect(readout(erl, 'IGF1R_p').direction).toBe('up');
    expect(readout({ ...erl, feedback: { 'IGF1R-EGFR': false } }, 'IGF1R_p').direction).toBe('no_change');
  });

  it('a switched-off loop carries its untreated signal, not zero: with every loop off, rapamycin cannot reach upstream of mTORC1', () => {
    // Regression guard: cutting a switched-off loop to 0 moves the scenario and its reference together, so every
    // direction still reads no_change; only a comparison with the untreated, all-loops-on cell tells the two apart.
    const untreated = predict(model, {}).readouts;
    const feedback = Object.fromEntries(model.pathway.loops.map((l) => [l.id, false]));
    const off = predict(model, { treatment: rapamycin, feedback }).readouts;
    expect(off.S6K1_pT389?.direction).toBe('down');
    for (const id of ['IRS1_p_Y', 'IGF1R_p', 'INSR_p', 'PIP3', 'AKT_pT308', 'AKT_pS473']) {
      expect(off[id]?.reference, `${id} reference`).toBeCloseTo(untreated[id]?.value ?? -1, 4);
      expect(off[id]?.value, `${id} under rapamycin`).toBeCloseTo(untreated[id]?.value ?? -1, 4);
    }
  });

  it('switching any loop off leaves the untreated wild-type cell unchanged', () => {
    const all = predict(model, { readouts: model.pathway.readouts.map((r) => r.id) });
    for (const loop of model.pathway.loops) {
      const off = predict(model, { feedback: { [loop.id]: false } });
      for (const [id, r] of Object.entries(off.readouts))
        expect(r.value, `${loop.id} ${id}`).toBeCloseTo(all.readouts[id]?.value ?? -1, 5);
    }
  });
});

describe('mutations', () => {
  const vsWildType = (mutations: string[], id: string) =>
    readout({ context: { mutations }, reference: { context: { mutations: [] } } }, id);

  it('fix or add activity where the biology says', () => {
    expect(vsWildType(['PTEN_loss'], 'PIP3').direction).toBe('up');
    expect(vsWildType(['KRAS_G12'], 'RAS_GTP').direction).toBe('up');
    expect(vsWildType(['BRAF_V600E'], 'ERK_p').direction).toBe('up');
    expect(vsWildType(['PIK3CA_H1047R'], 'PIP3').direction).toBe('up');
    expect(vsWildType(['HER2_amp'], 'HER2_p').direction).toBe('up');
    expect(vsWildType(['EGFR_L858R'], 'EGFR_p').direction).toBe('up');
    expect(vsWildType(['IGF2_high'], 'INSR_p').direction).toBe('up');
    expect(vsWildType(['IGF1R_high'], 'IGF1R_expr').direction).toBe('up');
  });

  it('a RAS or RAF mutation makes ERK independent of EGFR, even in an EGFR-mutant cell', () => {
    const gefitinib = (mutations: string[]) =>
      readout({ context: { mutations }, treatment: [{ drug: 'gefitinib', dose: 'high' }] }, 'ERK_p')
        .direction;
    expect(gefitinib(['EGFR_L858R'])).toBe('down');
    for (const m of ['KRAS_G12', 'BRAF_V600E']) expect(gefitinib(['EGFR_L858R', m]), m).toBe('no_change');
  });

  it('osimertinib blocks the sensitising and T790M forms at "high" and leaves most wild-type EGFR working', () => {
    // Its cellular potencies (wild type 1865 nM, L858R 54 nM, L858R/T790M 15 nM) drive the doses; the exon 19
    // deletion takes the L858R value. Phosphatases act on what little kinase is left, so a near-complete block
    // leaves about a tenth to a quarter of the phosphorylation.
    const osimertinib = (mutations: string[]) =>
      readout(
        { context: { mutations }, treatment: [{ drug: 'osimertinib', dose: 'high' }], timescale: 'acute' },
        'EGFR_p',
      );
    for (const mutations of [
      ['EGFR_L858R'],
      ['EGFR_ex19del'],
      ['EGFR_L858R', 'EGFR_T790M'],
      ['EGFR_ex19del', 'EGFR_T790M'],
    ]) {
      const r = osimertinib(mutations);
      expect(r.value, mutations.join('+')).toBeLessThan(0.3 * r.reference);
    }
    const wildType = osimertinib([]);
    expect(wildType.value).toBeGreaterThan(0.75 * wildType.reference);
    // a first-generation drug at its own "high" shuts wild-type EGFR down
    const erlotinib = readout(
      { treatment: [{ drug: 'erlotinib', dose: 'high' }], timescale: 'acute' },
      'EGFR_p',
    );
    expect(erlotinib.value).toBeLessThan(0.5 * erlotinib.reference);
  });

  it('T790M makes a first-generation TKI weaker against EGFR than in the sensitising mutant', () => {
    const gef = [{ drug: 'gefitinib', dose: 'high' as const }];
    const sensitive = readout({ context: { mutations: ['EGFR_L858R'] }, treatment: gef }, 'EGFR_p');
    const resistant = readout(
      { context: { mutations: ['EGFR_L858R', 'EGFR_T790M'] }, treatment: gef },
      'EGFR_p',
    );
    expect(resistant.value / resistant.reference).toBeGreaterThan(
      sensitive.value / sensitive.reference + 0.1,
    );
  });

  it('a drug measured on L858R and on T790M separately loses to the double mutant by both ratios', () => {
    // Lapatinib's binding panel has L858R (1.2 × wild type) and T790M (about 360 ×) but no L858R/T790M form:
    // the double mutant takes both ratios, so lapatinib silences L858R EGFR and leaves L858R/T790M EGFR active.
    const lap = [{ drug: 'lapatinib', dose: 'high' as const }];
    const sensitive = readout(
      { context: { mutations: ['EGFR_L858R'] }, treatment: lap, timescale: 'acute' },
      'EGFR_p',
    );
    const resistant = readout(
      { context: { mutations: ['EGFR_L858R', 'EGFR_T790M'] }, treatment: lap, timescale: 'acute' },
      'EGFR_p',
    );
    expect(sensitive.direction).toBe('down');
    expect(resistant.direction).toBe('no_change');
  });
});

describe('timescales', () => {
  it('slow expression does not move within an hour but does at steady state', () => {
    const bez = {
      context: { mutations: ['HER2_amp'] },
      treatment: [{ drug: 'nvp-bez235', dose: 'high' as const }],
    };
    expect(readout({ ...bez, timescale: 'acute' }, 'HER3_expr').direction).toBe('no_change');
    expect(readout({ ...bez, timescale: 'sustained' }, 'HER3_expr').direction).toBe('up');
  });

  it('a time course starts at the untreated state and ends near the steady state', () => {
    const condition = {
      mutations: [],
      treatment: [{ drug: drug('rapamycin'), doseNM: 100 }],
      loopsOff: new Set<string>(),
    };
    const course = simulateTimeCourse(model, condition, 72 * 60, 60);
    const base = wildTypeBaseline(model).y;
    const first = course.states[0] as Float64Array;
    for (let i = 0; i < first.length; i++) expect(first[i]).toBeCloseTo(base[i] as number, 6);
    const sustained = simulate(model, condition, 'sustained').y;
    const last = course.states[course.states.length - 1] as Float64Array;
    for (let i = 0; i < last.length; i++)
      expect(Math.abs((last[i] as number) - (sustained[i] as number))).toBeLessThan(0.02);
    expect(course.times[0]).toBe(0);
    expect(course.times.at(-1)).toBe(72 * 60);
  });
});

describe('robustness', () => {
  it('reports a steady state that was not reached instead of hiding it', () => {
    const net = compileNetwork(model, { mutations: [], loopsOff: new Set() });
    const cut = steadyState(net, undefined, 3);
    expect(cut.converged).toBe(false);
    expect(cut.residual).toBeGreaterThan(1e-6);
    const full = steadyState(net);
    expect(full.converged).toBe(true);
    expect(full.residual).toBeLessThan(1e-6);
  });

  it('is deterministic', () => {
    const s = {
      context: { mutations: ['PTEN_loss'] },
      treatment: [{ drug: 'pp242', dose: 37.5 }],
      timescale: 'acute' as const,
    };
    expect(predict(model, s)).toEqual(predict(model, s));
  });

  it('never returns NaN or values outside [0, 1] for any doses, loops and mutations', () => {
    const drugIds = selectableDrugs.map((d) => d.id);
    const loopIds = model.pathway.loops.map((l) => l.id);
    const mutationIds = model.pathway.mutations.map((m) => m.id);
    fc.assert(
      fc.property(
        // each drug at most once: the same drug twice is one drug at the larger dose (tested in cli.test.ts)
        fc.uniqueArray(
          fc
            .record({ drug: fc.constantFrom(...drugIds), dose: fc.double({ min: 0, max: 1e6, noNaN: true }) })
            .map(({ drug, dose }) =>
              // Drugs without a confirmed potency take only relative doses.
              model.drugById.get(drug)?.doses
                ? { drug, dose }
                : { drug, dose: dose > 5e5 ? ('high' as const) : ('low' as const) },
            ),
          { maxLength: 3, selector: (t) => t.drug },
        ),
        fc.subarray(loopIds),
        fc.subarray(mutationIds),
        fc.constantFrom('acute' as const, 'sustained' as const),
        (treatment, loopsOff, mutations, timescale) => {
          const result = predict(model, {
            treatment,
            context: { mutations },
            feedback: Object.fromEntries(loopsOff.map((l) => [l, false])),
            timescale,
          });
          expect(typeof result.converged).toBe('boolean');
          for (const r of Object.values(result.readouts)) {
            for (const v of [r.reference, r.value]) {
              expect(Number.isFinite(v)).toBe(true);
              expect(v).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
      { numRuns: 60, seed: 20261125 },
    );
  });
});
