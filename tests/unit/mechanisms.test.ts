// Drug-class behaviours, buffering by mutations and the systemic loops: each checked as a reader of the model would see it.

import { predict } from '../../src/engine/predict';
import { evaluate, nodeRule } from '../../src/formats/logic';
import type { Drug, Model } from '../../src/model/types';
import { model, readout } from './helpers';

/** The model with a renamed copy of a drug (new id, name and synonyms; same class, mechanism and potencies). */
function withCopy(of: string): { copy: Model; id: string } {
  const drug = model.drugById.get(of) as Drug;
  const clone: Drug = {
    ...structuredClone(drug),
    id: `copy-of-${of}`,
    name: `Copy of ${drug.name}`,
    synonyms: [],
  };
  const drugs = [...model.drugs, clone];
  return { copy: { ...model, drugs, drugById: new Map(drugs.map((d) => [d.id, d])) }, id: clone.id };
}

describe('behaviour comes from a drug’s class and potencies, not from its name', () => {
  const cases: Array<[string, string[], 'acute' | 'sustained']> = [
    ['capivasertib', [], 'acute'],
    ['trametinib', ['KRAS_G12'], 'acute'],
    ['rapamycin', [], 'sustained'],
    ['eai045', ['EGFR_L858R', 'EGFR_T790M', 'EGFR_C797S'], 'acute'],
    ['gefitinib', ['EGFR_L858R', 'EGFR_T790M'], 'acute'],
    ['figitumumab', [], 'sustained'],
  ];
  it.each(cases)(
    'a renamed copy of %s gives every readout the same value',
    (drugId, mutations, timescale) => {
      const { copy, id } = withCopy(drugId);
      const scenario = (drug: string) => ({
        context: { mutations },
        treatment: [{ drug, dose: 'high' as const }],
        timescale,
      });
      const original = predict(model, scenario(drugId)).readouts;
      const renamed = predict(copy, scenario(id)).readouts;
      expect(Object.keys(renamed)).toEqual(Object.keys(original));
      for (const [rid, r] of Object.entries(original))
        expect(renamed[rid]?.value, rid).toBeCloseTo(r.value, 9);
    },
  );
});

describe('drug classes act by their mechanism', () => {
  it('ATP-competitive AKT inhibitors raise AKT phosphorylation while its substrates lose theirs; allosteric ones lower both', () => {
    const capi = {
      treatment: [{ drug: 'capivasertib', dose: 'high' as const }],
      timescale: 'acute' as const,
    };
    const mk = { treatment: [{ drug: 'mk2206', dose: 'high' as const }], timescale: 'acute' as const };
    expect(readout(capi, 'AKT_pT308').direction).toBe('up');
    expect(readout(capi, 'AKT_pS473').direction).toBe('up');
    expect(readout(capi, 'PRAS40_p').direction).toBe('down');
    expect(readout(mk, 'AKT_pT308').direction).toBe('down');
    expect(readout(mk, 'PRAS40_p').direction).toBe('down');
  });

  it('trametinib stops RAF phosphorylating MEK, while selumetinib lets MEK phosphorylation rise; both lower ERK', () => {
    const kras = (drug: string) => ({
      context: { mutations: ['KRAS_G12'] },
      treatment: [{ drug, dose: 'high' as const }],
      timescale: 'acute' as const,
    });
    expect(readout(kras('trametinib'), 'MEK_p').direction).toBe('down');
    expect(readout(kras('selumetinib'), 'MEK_p').direction).toBe('up');
    expect(readout(kras('trametinib'), 'ERK_p').direction).toBe('down');
    expect(readout(kras('selumetinib'), 'ERK_p').direction).toBe('down');
  });

  it('the allosteric EGFR inhibitor needs a dimer-blocking antibody: alone it barely touches triple-mutant EGFR', () => {
    const mutations = ['EGFR_L858R', 'EGFR_T790M', 'EGFR_C797S'];
    const alone = readout(
      { context: { mutations }, treatment: [{ drug: 'eai045', dose: 'high' }], timescale: 'acute' },
      'EGFR_p',
    );
    const withCetuximab = readout(
      {
        context: { mutations },
        treatment: [
          { drug: 'eai045', dose: 'high' },
          { drug: 'cetuximab', dose: 'high' },
        ],
        reference: { treatment: [{ drug: 'cetuximab', dose: 'high' }] },
        timescale: 'acute',
      },
      'EGFR_p',
    );
    expect(alone.value / alone.reference).toBeGreaterThan(0.85);
    expect(withCetuximab.value / withCetuximab.reference).toBeLessThan(0.2);
  });

  it('an mTOR kinase inhibitor lowers AKT T308 within the hour, then the relieved feedback raises it without S473', () => {
    // Rodrik-Outmezguine 2011: S473 goes and T308 falls with it at first; later T308 returns while S473 stays low.
    // Every selective member of the class (mTOR at least 100 × more potent than on any PI3K isoform).
    const potency = (d: Drug, target: string) =>
      d.targets.filter((t) => t.target === target && t.value_nM != null).map((t) => t.value_nM as number);
    const selective = model.drugs.filter((d) => {
      const mtor = potency(d, 'MTORC2');
      return (
        d.class === 'mtor-kinase-inhibitor' &&
        mtor.length > 0 &&
        potency(d, 'PI3K').every((p) => p >= 100 * Math.min(...mtor))
      );
    });
    expect(selective.length).toBeGreaterThanOrEqual(5);
    for (const d of selective) {
      const at = (timescale: 'acute' | 'sustained') => ({
        treatment: [{ drug: d.id, dose: 'high' as const }],
        timescale,
      });
      expect(readout(at('acute'), 'AKT_pS473').direction, d.id).toBe('down');
      expect(readout(at('acute'), 'AKT_pT308').direction, d.id).toBe('down');
      expect(readout(at('sustained'), 'AKT_pS473').direction, d.id).toBe('down');
      expect(readout(at('sustained'), 'AKT_pT308').direction, d.id).toBe('up');
    }
  });

  it('trastuzumab breaks the ligand-independent HER2–HER3 and HER2–Src complexes but spares HER2 homodimers', () => {
    const scenario = {
      context: { mutations: ['HER2_amp'] },
      treatment: [{ drug: 'trastuzumab', dose: 'high' as const }],
      timescale: 'acute' as const,
    };
    expect(readout(scenario, 'HER3_p').direction).toBe('down');
    expect(readout(scenario, 'HER2_p').direction).toBe('no_change');
    // the HER2–Src complex is ligand-independent too: Src loses the activity it had in it
    expect(readout(scenario, 'SRC_p').direction).toBe('down');
  });

  it('trastuzumab slows HER2-amplified cells only: with normal HER2, HER3 runs on heregulin and nothing moves', () => {
    const given = (mutations: string[], drug: string) => ({
      context: { mutations },
      treatment: [{ drug, dose: 'high' as const }],
      timescale: 'sustained' as const,
    });
    // Src too: the HER2–Src complex the antibody breaks forms only where HER2 is crowded
    for (const r of ['HER3_p', 'SRC_p', 'AKT_pS473', 'ERK_p', 'proliferation'])
      expect(readout(given([], 'trastuzumab'), r).direction, r).toBe('no_change');
    expect(readout(given(['HER2_amp'], 'trastuzumab'), 'SRC_p').direction).toBe('down');
    expect(readout(given(['HER2_amp'], 'trastuzumab'), 'HER3_p').direction).toBe('down');
    expect(readout(given(['HER2_amp'], 'trastuzumab'), 'AKT_pS473').direction).toBe('down');
    expect(readout(given(['HER2_amp'], 'trastuzumab'), 'proliferation').direction).toBe('down');
    // pertuzumab blocks the ligand-driven pair that carries HER3 in HER2-normal cells (Agus 2002)
    expect(readout(given([], 'pertuzumab'), 'HER3_p').direction).toBe('down');
  });

  it('two antibodies on different HER2 epitopes cross-link it: the pair takes HER2 down, two on one epitope do not', () => {
    const her2 = (drugs: string[], reference: string[], timescale: 'acute' | 'sustained') =>
      readout(
        {
          context: { mutations: ['HER2_amp'] },
          treatment: drugs.map((drug) => ({ drug, dose: 'high' as const })),
          reference: { treatment: reference.map((drug) => ({ drug, dose: 'high' as const })) },
          timescale,
        },
        'HER2_p',
      );
    // trastuzumab (domain IV) + pertuzumab (domain II) against trastuzumab alone
    const pair = her2(['trastuzumab', 'pertuzumab'], ['trastuzumab'], 'sustained');
    expect(pair.direction).toBe('down');
    // trastuzumab + its own conjugate share domain IV: nothing to cross-link
    expect(her2(['trastuzumab', 'trastuzumab-emtansine'], ['trastuzumab'], 'sustained').direction).toBe(
      'no_change',
    );
    // taking the receptor in is slow: within the hour the pair has done less than by the next day
    const pairAcute = her2(['trastuzumab', 'pertuzumab'], ['trastuzumab'], 'acute');
    expect(pairAcute.value / pairAcute.reference).toBeGreaterThan(pair.value / pair.reference);
  });
});

describe('a mutation below the target makes the cell shrug off a partial upstream block', () => {
  const akt = (mutations: string[]) =>
    readout({ context: { mutations }, treatment: [{ drug: 'linsitinib', dose: 'high' }] }, 'AKT_pS473');
  it('IGF-1R/InsR block lowers AKT pS473 in the wild type but not with PTEN loss or PIK3CA H1047R', () => {
    expect(akt([]).direction).toBe('down');
    expect(akt(['PTEN_loss']).direction).toBe('no_change');
    expect(akt(['PIK3CA_H1047R']).direction).toBe('no_change');
  });
  it('PTEN loss raises AKT phosphorylation several-fold, and a pan-PI3K inhibitor still brings it down', () => {
    const loss = readout(
      { context: { mutations: ['PTEN_loss'] }, reference: { context: { mutations: [] } } },
      'AKT_pS473',
    );
    expect(loss.value / loss.reference).toBeGreaterThan(2.5);
    const pi3k = readout(
      {
        context: { mutations: ['PTEN_loss'] },
        treatment: [{ drug: 'buparlisib', dose: 'high' }],
        timescale: 'acute',
      },
      'AKT_pS473',
    );
    expect(pi3k.direction).toBe('down');
  });
});

describe('systemic loops', () => {
  it('chronic rapamycin raises blood glucose through liver mTORC2; one hour does not', () => {
    const rapa = (timescale: 'acute' | 'sustained') =>
      readout({ treatment: [{ drug: 'rapamycin', dose: 'high' }], timescale }, 'glucose_blood');
    expect(rapa('sustained').direction).toBe('up');
    expect(rapa('acute').direction).toBe('no_change');
  });

  it('an IGF-1R antibody releases growth hormone: blood IGF-1 and glucose rise, and not with the GH/IGF-1 loop cut', () => {
    const figi = (feedback: Record<string, boolean>, id: string) =>
      readout({ treatment: [{ drug: 'figitumumab', dose: 'high' }], feedback }, id);
    expect(figi({}, 'IGF1_blood').value / figi({}, 'IGF1_blood').reference).toBeGreaterThan(1.5);
    expect(figi({}, 'glucose_blood').direction).toBe('up');
    expect(figi({ 'GH-IGF1': false }, 'IGF1_blood').direction).toBe('no_change');
    expect(figi({ 'GH-IGF1': false }, 'glucose_blood').direction).toBe('no_change');
  });
});

describe('gene amplification and the HER3 pool', () => {
  const withoutGain = (): Model => {
    const mutations = model.pathway.mutations.map((m) => ({
      ...m,
      effects: m.effects.filter((e) => e.op !== 'gain'),
    }));
    return { ...model, pathway: { ...model.pathway, mutations } };
  };
  const gefitinibInMetAmp = (m: Model, id: string) =>
    predict(m, {
      context: { mutations: ['EGFR_ex19del', 'MET_amp'] },
      treatment: [{ drug: 'gefitinib', dose: 'high' }],
      readouts: [id],
    }).readouts[id] as { reference: number; value: number; direction: string };

  it('amplified MET is made faster than it is removed, so it sits above the ceiling of a one-copy receptor', () => {
    const turnover = model.nodeById.get('MET')?.balance?.turnover as number;
    const met = gefitinibInMetAmp(model, 'MET_p');
    expect(met.reference).toBeGreaterThan(1 / (1 + turnover));
    expect(gefitinibInMetAmp(withoutGain(), 'MET_p').reference).toBeLessThanOrEqual(1 / (1 + turnover));
  });

  it('with MET amplified, gefitinib leaves HER3 and AKT phosphorylated; without the extra copies AKT falls', () => {
    expect(gefitinibInMetAmp(model, 'HER3_p').direction).toBe('no_change');
    expect(gefitinibInMetAmp(model, 'AKT_pS473').direction).toBe('no_change');
    // without the extra copies AKT falls, and HER3 loses more (AKT's own brake on HER3 softens the fall)
    expect(gefitinibInMetAmp(withoutGain(), 'AKT_pS473').direction).toBe('down');
    const ratio = (r: { reference: number; value: number }) => r.value / r.reference;
    expect(ratio(gefitinibInMetAmp(withoutGain(), 'HER3_p'))).toBeLessThan(
      ratio(gefitinibInMetAmp(model, 'HER3_p')) - 0.05,
    );
  });

  it('HER3 expression gates every partner: no partner phosphorylates HER3 that is not there, in the model and its logic rule', () => {
    const gate = model.pathway.edges.filter((e) => e.target === 'HER3' && e.gate);
    expect(gate.map((e) => e.source)).toEqual(['HER3_EXPR']);
    const rule = nodeRule(model.pathway, 'HER3');
    const her3 = (on: string[]) => evaluate(rule, (id) => on.includes(id));
    expect(her3(['MET', 'EGFR'])).toBe(false);
    expect(her3(['MET', 'HER3_EXPR'])).toBe(true);
    const scarce = predict(model, {
      context: { mutations: ['MET_amp'], clamp: { HER3_EXPR: 0 } },
      readouts: ['HER3_p'],
      reference: { context: { mutations: ['MET_amp'] } },
    }).readouts.HER3_p;
    expect(scarce?.direction).toBe('down');
  });
});

describe('mTOR kinase inhibitors', () => {
  it('every selectable one, alone or with PI3K, slows a wild-type cell at its high dose (Thoreen 2009)', () => {
    const classes = new Set(['mtor-kinase-inhibitor', 'pi3k-mtor-dual']);
    const drugs = model.drugs.filter((d) => d.selectable !== false && classes.has(d.class));
    expect(drugs.length).toBeGreaterThan(15);
    for (const d of drugs) {
      const r = readout({ treatment: [{ drug: d.id, dose: 'high' }] }, 'proliferation');
      expect(r.direction, d.id).toBe('down');
    }
  });
});

describe('PTEN loss and MAPK', () => {
  it('a PTEN-null cell keeps ERK at least at the wild-type level: PTEN also restrains Shc (Gu 1998)', () => {
    const erk = readout(
      { context: { mutations: ['PTEN_loss'] }, reference: { context: { mutations: [] } } },
      'ERK_p',
    );
    // without PTEN's brake on Shc the strong S6K1 → IRS1 feedback of a PTEN-null cell took ERK to a fifth
    expect(erk.value).toBeGreaterThan(0.9 * erk.reference);
  });
});
