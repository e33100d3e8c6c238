// What a treatment does to the network before anything is simulated: each drug's potency in a context (mutant forms,
// EGFR generations, a gatekeeper cancelling a sensitising mutation), and the blocks each mechanism and class behaviour
// puts where, at doses chosen so that every occupancy is exactly one half.
import { drugEffects, effectivePotency, type GivenDrug, isoformShares } from '../../src/engine/effects';
import type { Drug, DrugTarget, Model, Mutation } from '../../src/model/types';
import { model } from './helpers';
import { tinyModel } from './tinyNetwork';

const drug = (id: string) => model.drugById.get(id) as Drug;
const given = (id: string, doseNM: number, nominal = false): GivenDrug => ({
  drug: drug(id),
  doseNM,
  ...(nominal ? { nominal } : {}),
});

describe('potency in a context', () => {
  // A sensitising mutation (ten-fold, ATP affinity), a gatekeeper that cancels it (100-fold against first-generation
  // drugs) and a binding-site mutation (100-fold against second and third generation).
  const mutations = [
    {
      id: 'SENS',
      effects: [
        { op: 'potencyFold', target: 'EGFR', egfrGenerations: [1, 2], fold: 0.1, basis: 'atp', source: 's' },
      ],
    },
    {
      id: 'GATE',
      effects: [
        {
          op: 'potencyFold',
          target: 'EGFR',
          egfrGenerations: [1],
          fold: 100,
          cancels: ['SENS'],
          source: 's',
        },
      ],
    },
    {
      id: 'BIND',
      effects: [{ op: 'potencyFold', target: 'EGFR', egfrGenerations: [2, 3], fold: 100, source: 's' }],
    },
  ] as unknown as Mutation[];
  const m: Model = { ...model, pathway: { ...model.pathway, mutations } };
  const target = {
    target: 'EGFR',
    value_nM: 10,
    source: 's',
    variants: [
      { mutations: ['SENS'], foldVsWildType: 0.5, source: 's' },
      { mutations: ['SENS', 'GATE'], value_nM: 300, source: 's' },
    ],
  } as unknown as DrugTarget;
  const tki = (egfrGeneration?: number) => ({ ...drug('gefitinib'), egfrGeneration }) as Drug;
  const potency = (context: string[], generation: number | undefined = 1, nominal = false) =>
    effectivePotency(m, tki(generation), [target], context, nominal);

  it('is the measured value in the wild type, and the geometric mean of several values for one target', () => {
    expect(potency([])).toBeCloseTo(10, 12);
    const twoValues = [target, { ...target, value_nM: 40, variants: undefined }] as DrugTarget[];
    expect(effectivePotency(m, tki(1), twoValues, [])).toBeCloseTo(20, 12);
    expect(effectivePotency(m, tki(1), [{ ...target, value_nM: null, variants: undefined }], [])).toBeNull();
  });

  it('a measured binding ratio of the mutant form scales the wild-type value, and the ATP rule still applies', () => {
    expect(potency(['SENS'])).toBeCloseTo(10 * 0.5 * 0.1, 12);
    // a drug outside the EGFR generations feels no generation rule
    expect(potency(['SENS'], 0)).toBeCloseTo(5, 12);
  });

  it('a value measured on the exact mutant form replaces every rule for its mutations', () => {
    expect(potency(['SENS', 'GATE'])).toBeCloseTo(300, 12);
  });

  it('a gatekeeper alone makes a first-generation drug 100 times weaker, but not a later generation', () => {
    expect(potency(['GATE'])).toBeCloseTo(1000, 9);
    expect(potency(['GATE'], 2)).toBeCloseTo(10, 12);
  });

  it('a binding-site mutation hits only the generations it names', () => {
    expect(potency(['BIND'])).toBeCloseTo(10, 12);
    expect(potency(['BIND'], 2)).toBeCloseTo(1000, 9);
    expect(potency(['BIND'], 3)).toBeCloseTo(1000, 9);
  });

  it('rules for another target, and effects that are not potency rules, leave the potency alone', () => {
    const other = [
      ...mutations,
      {
        id: 'OTHER',
        effects: [
          { op: 'potencyFold', target: 'HER2', egfrGenerations: [1], fold: 100, source: 's' },
          { op: 'addBasal', node: 'EGFR', value: 0.1 },
        ],
      },
    ] as unknown as Mutation[];
    const withOther: Model = { ...model, pathway: { ...model.pathway, mutations: other } };
    expect(effectivePotency(withOther, tki(1), [target], ['OTHER'])).toBeCloseTo(10, 12);
  });

  it('a binding ratio measured on a mutant form replaces that mutation’s binding rule', () => {
    const measured = {
      ...target,
      variants: [{ mutations: ['BIND'], foldVsWildType: 2, source: 's' }],
    } as DrugTarget;
    expect(effectivePotency(m, tki(2), [measured], ['BIND'])).toBeCloseTo(20, 12);
  });

  it('a sensitising mutation no form was measured on takes its analogue’s measured form, never its own mutant as wild type', () => {
    // SENS2 is SENS's potency analogue; the drug has SENS forms and none for SENS2
    const analogues = [
      ...mutations,
      {
        id: 'SENS2',
        effects: [
          {
            op: 'potencyFold',
            target: 'EGFR',
            egfrGenerations: [1, 2],
            fold: 0.1,
            basis: 'atp',
            source: 's',
          },
        ],
        potencyAnalogue: { mutation: 'SENS', source: 's', note: 'the other sensitising mutation' },
      },
    ] as unknown as Mutation[];
    const withAnalogue: Model = { ...model, pathway: { ...model.pathway, mutations: analogues } };
    const of = (context: string[], entry = target) =>
      effectivePotency(withAnalogue, tki(3), [entry], context);
    expect(of(['SENS2', 'GATE'])).toBeCloseTo(300, 12);
    expect(of(['SENS2'])).toBeCloseTo(of(['SENS']) as number, 12);
    // a drug measured on SENS2 itself keeps its own value
    const own = {
      ...target,
      variants: [...(target.variants ?? []), { mutations: ['SENS2'], value_nM: 7, source: 's' }],
    };
    expect(of(['SENS2'], own as DrugTarget)).toBeCloseTo(7, 12);
    // a drug measured on neither reads the mutation as itself (its generation rules only)
    expect(of(['SENS2'], { ...target, variants: undefined } as DrugTarget)).toBeCloseTo(10, 12);
  });

  it('relative doses: the wild-type potency is 1, mutant-form values in nM are not mixed in, ratios and rules are', () => {
    expect(potency([], 1, true)).toBe(1);
    // the SENS+GATE value (nM) is skipped; the SENS ratio applies; SENS's own rule is cancelled by GATE; GATE applies
    expect(potency(['SENS', 'GATE'], 1, true)).toBeCloseTo(0.5 * 100, 12);
  });

  it('an isoform node takes its shares from the context when a mutation sets them', () => {
    const shift = [
      { id: 'SHIFT', effects: [{ op: 'isoformShare', node: 'PI3K', share: { beta: 1 } }] },
    ] as unknown as Mutation[];
    const shifted: Model = { ...model, pathway: { ...model.pathway, mutations: shift } };
    const pi3k = model.nodeById.get('PI3K');
    if (!pi3k) throw new Error('no PI3K node');
    expect(isoformShares(shifted, pi3k, [])).toEqual({ alpha: 1 });
    expect(isoformShares(shifted, pi3k, ['SHIFT'])).toEqual({ beta: 1 });
    const other = [
      { id: 'OTHER', effects: [{ op: 'addBasal', node: 'PI3K', value: 0.1 }] },
    ] as unknown as Mutation[];
    expect(
      isoformShares({ ...model, pathway: { ...model.pathway, mutations: other } }, pi3k, ['OTHER']),
    ).toEqual({
      alpha: 1,
    });
    expect(isoformShares(shifted, model.nodeById.get('AKT') as typeof pi3k, ['SHIFT'])).toEqual({});
  });
});

describe('blocks by mechanism, each at half occupancy', () => {
  it('a rapalog blocks mTORC1 allosterically and, through its class, mTORC2 assembly in the liver only', () => {
    const fx = drugEffects(model, [given('rapamycin', 0.1)], []);
    expect(fx.allosteric.get('MTORC1')).toBeCloseTo(0.5, 12);
    expect(fx.catalytic.size).toBe(0);
    expect(fx.downregulation.get('MTORC2_HOST')).toBeCloseTo(0.5 * 0.8, 12);
    expect(fx.downregulation.has('MTORC2')).toBe(false);
    expect(fx.actionPoints.get('MTORC1')).toEqual(['rapamycin']);
    expect(fx.actionPoints.get('MTORC2_HOST')).toEqual(['rapamycin']);
  });

  it('two drugs on one target combine as independent blocks, each listed once where it acts', () => {
    const fx = drugEffects(model, [given('rapamycin', 0.1), given('everolimus', 2)], []);
    expect(fx.allosteric.get('MTORC1')).toBeCloseTo(0.75, 12);
    expect(fx.actionPoints.get('MTORC1')).toEqual(['rapamycin', 'everolimus']);
  });

  it('an AKT inhibitor that locks AKT shut stops AKT and both its sites being activated; no kinase block', () => {
    const fx = drugEffects(model, [given('mk2206', 110)], []);
    for (const id of ['AKT', 'AKT_pT308', 'AKT_pS473'])
      expect(fx.activation.get(id), id).toBeCloseTo(0.5, 12);
    expect(fx.catalytic.has('AKT')).toBe(false);
  });

  it('an ATP-pocket AKT inhibitor blocks AKT’s kinase and shields both its sites from phosphatases', () => {
    const fx = drugEffects(model, [given('capivasertib', 500)], []);
    expect(fx.catalytic.get('AKT')).toBeCloseTo(0.5, 12);
    expect(fx.shield.get('AKT_pS473')).toBeCloseTo(0.4, 12);
    expect(fx.shield.get('AKT_pT308')).toBeCloseTo(0.4, 12);
    expect([...fx.shield.keys()].sort()).toEqual(['AKT_pS473', 'AKT_pT308']);
    expect(fx.activation.size).toBe(0);
  });

  it('an isoform-specific PI3K inhibitor blocks each PI3K node by the isoforms it is made of', () => {
    const fx = drugEffects(model, [given('alpelisib', 4.6)], []);
    expect(fx.catalytic.get('PI3K')).toBeCloseTo(0.5, 12);
    expect(fx.catalytic.get('PI3KB')).toBeCloseTo(4.6 / (4.6 + 1202), 12);
  });

  it('a ligand-blocking antibody stops its receptor binding ligand, on each binding edge from a ligand', () => {
    const fx = drugEffects(model, [given('cetuximab', 0.39)], []);
    expect(fx.binding.get('EGFR')).toBeCloseTo(0.5, 12);
    expect(fx.edges.get('EGF-EGFR')).toBeCloseTo(0.5, 12);
    expect(fx.edges.has('ERK-EGFR')).toBe(false);
    expect(fx.catalytic.size).toBe(0);
    expect(fx.downregulation.size).toBe(0);
  });

  it('an IGF-1R antibody at a relative dose blocks each ligand group once and takes the receptor off the surface', () => {
    const fx = drugEffects(model, [given('figitumumab', 1, true)], []);
    expect(fx.binding.get('IGF1R')).toBeCloseTo(0.5, 12);
    expect(fx.groups.get('IGF1R|igf1')).toBeCloseTo(0.5, 12);
    expect(fx.groups.get('IGF1R|igf2')).toBeCloseTo(0.5, 12);
    expect(fx.groups.has('IGF1R|hetero')).toBe(false);
    expect(fx.downregulation.get('IGF1R_EXPR')).toBeCloseTo(
      0.5 * model.pathway.parameters.downregulation,
      12,
    );
  });

  it('a HER2 antibody against ligand-independent signalling blocks only the ligand-independent dimers', () => {
    const fx = drugEffects(model, [given('trastuzumab', 0.1)], ['HER2_amp']);
    expect(fx.groups.get('HER3|li')).toBeCloseTo(0.5, 12);
    expect(fx.groups.has('HER2|egfr')).toBe(false);
    expect(fx.groups.has('HER3|hrg')).toBe(false);
  });

  it('a dimerisation-blocking antibody blocks the ligand-driven dimers, not the ligand-independent ones', () => {
    // HER3's heregulin dimer has one edge from HER2 (groups with several edges from HER2 are left out here: each
    // matching edge is counted as a further block of the same group, which the engine's own comment says it is not)
    const pertuzumab = drugEffects(model, [given('pertuzumab', 1, true)], []);
    expect(pertuzumab.groups.get('HER3|hrg')).toBeCloseTo(0.5, 12);
    // HER2's own dimer groups hold two edges that touch HER2 (the partner's and HER2's pool): still one block each
    expect(pertuzumab.groups.get('HER2|egfr')).toBeCloseTo(0.5, 12);
    expect(pertuzumab.groups.get('HER2|hrg')).toBeCloseTo(0.5, 12);
    expect(pertuzumab.groups.has('HER3|li')).toBe(false);
    expect(pertuzumab.edges.has('HER2_EXPR-HER2')).toBe(false);
    const both = drugEffects(model, [given('pertuzumab', 1, true), given('trastuzumab', 0.1)], []);
    expect(both.groups.get('HER3|li')).toBeCloseTo(0.5, 12);
    expect(both.groups.get('HER3|hrg')).toBeCloseTo(0.5, 12);
  });

  it('each antibody blocks exactly the links its blocks name, and each drug is listed once where it acts', () => {
    const links = (...drugs: GivenDrug[]) => {
      const fx = drugEffects(model, drugs, []);
      return {
        edges: [...fx.edges.keys()],
        groups: [...fx.groups.keys()].sort(),
        binding: [...fx.binding.keys()],
        down: [...fx.downregulation.keys()],
      };
    };
    // ligand binding: the ligand → receptor binding edges only
    expect(links(given('cetuximab', 0.39))).toEqual({
      edges: ['EGF-EGFR'],
      groups: [],
      binding: ['EGFR'],
      down: [],
    });
    // IGF-1R in the tumour and in the body: its ligand groups, its serum ligand's binding edge, and its expression
    expect(links(given('figitumumab', 1, true))).toEqual({
      edges: ['IGF1_SERUM-IGF1R_HOST'],
      groups: ['IGF1R|igf1', 'IGF1R|igf2'],
      binding: ['IGF1R', 'IGF1R_HOST'],
      down: ['IGF1R_EXPR'],
    });
    // ligand-independent complexes: the HER2–HER3 group and the HER2–Src link, nothing ligand-driven
    expect(links(given('trastuzumab', 0.1))).toEqual({
      edges: ['HER2-SRC'],
      groups: ['HER3|li'],
      binding: [],
      down: [],
    });
    // dimerisation: every ligand-driven dimer group HER2 is part of, no single link
    expect(links(given('pertuzumab', 1, true))).toEqual({
      edges: [],
      groups: ['HER2|egfr', 'HER2|hrg', 'HER2|igf1r', 'HER3|hrg'],
      binding: [],
      down: [],
    });
    // four isoform entries on PI3K: the drug is listed there once
    expect(drugEffects(model, [given('alpelisib', 4.6)], []).actionPoints.get('PI3K')).toEqual(['alpelisib']);
  });

  it('a target without a measured potency is not blocked (NVP-BEZ235 on DNA-PK)', () => {
    const fx = drugEffects(model, [given('nvp-bez235', 620)], []);
    expect(fx.catalytic.has('MTORC1')).toBe(true);
    expect(fx.catalytic.has('DNAPK')).toBe(false);
    expect(fx.actionPoints.has('DNAPK')).toBe(false);
  });

  it('a ligand-neutralising antibody stops both ligands being active', () => {
    const fx = drugEffects(model, [given('xentuzumab', 1, true)], []);
    expect(fx.activation.get('IGF1')).toBeCloseTo(0.5, 12);
    expect(fx.activation.get('IGF2')).toBeCloseTo(0.5, 12);
  });

  it('an allosteric EGFR inhibitor reaches a tenth of the receptor alone, and the rest once an antibody breaks up dimers', () => {
    const alone = drugEffects(model, [given('eai045', 30, true)], []);
    const bound = 30 / 31;
    expect(alone.catalytic.get('EGFR')).toBeCloseTo(bound * 0.1, 12);
    const withCetuximab = drugEffects(model, [given('eai045', 30, true), given('cetuximab', 0.39)], []);
    expect(withCetuximab.catalytic.get('EGFR')).toBeCloseTo(bound * (0.1 + 0.9 * 0.5), 12);
  });

  it('no drug, or a drug at no dose, blocks nothing', () => {
    const none = drugEffects(model, [], []);
    for (const map of Object.values(none)) expect(map.size).toBe(0);
    const zero = drugEffects(model, [given('rapamycin', 0)], []);
    expect(zero.allosteric.get('MTORC1')).toBe(0);
    expect(zero.actionPoints.get('MTORC1')).toEqual(['rapamycin']);
  });

  it('two antibodies on different HER2 epitopes take HER2 down by the share both hold; two on one epitope do not', () => {
    const down = (...drugs: GivenDrug[]) => drugEffects(model, drugs, []).downregulation.get('HER2_EXPR');
    // trastuzumab (domain IV) and pertuzumab (domain II), each holding half of HER2; neither alone takes it down
    expect(down(given('trastuzumab', 0.1))).toBeUndefined();
    expect(down(given('pertuzumab', 1, true))).toBeUndefined();
    const rate = model.pathway.parameters.downregulation;
    expect(down(given('trastuzumab', 0.1), given('pertuzumab', 1, true))).toBeCloseTo(0.5 * 0.5 * rate, 12);
    expect([
      ...drugEffects(
        model,
        [given('trastuzumab', 0.1), given('pertuzumab', 1, true)],
        [],
      ).downregulation.keys(),
    ]).toEqual(['HER2_EXPR']);
    // an antibody whose epitope is not known (margetuximab) does not count as a second epitope
    expect(down(given('trastuzumab', 0.1), given('margetuximab', 2.82))).toBeUndefined();
    // T-DM1 binds domain IV too: with trastuzumab it is one epitope, nothing cross-links
    expect(down(given('trastuzumab', 0.1), given('trastuzumab-emtansine', 0.9))).toBeUndefined();
    // with three, the stronger domain-IV binder (T-DM1 holding 0.9) pairs with pertuzumab
    expect(
      down(given('trastuzumab', 0.1), given('trastuzumab-emtansine', 0.9), given('pertuzumab', 1, true)),
    ).toBeCloseTo(0.9 * 0.5 * rate, 12);
    expect(
      down(given('trastuzumab-emtansine', 0.9), given('trastuzumab', 0.1), given('pertuzumab', 1, true)),
    ).toBeCloseTo(0.9 * 0.5 * rate, 12);
  });
});

describe('blocks on a hand-made receptor', () => {
  /** Receptor R with its ligand L, a partner P and expression R_EXPR; antibodies on R each hold half of it at 1 nM. */
  const receptor = (drugs: Drug[]) =>
    ({
      ...tinyModel(
        [
          { id: 'L', kind: 'ligand' },
          { id: 'R', kind: 'receptor', expression: 'R_EXPR' },
          { id: 'R_EXPR' },
          { id: 'R_site', kind: 'site', parent: 'R' },
          { id: 'P', kind: 'receptor' },
        ],
        [
          { id: 'L-R', source: 'L', target: 'R', mechanism: 'binding', group: 'g' },
          { id: 'P-R', source: 'P', target: 'R', mechanism: 'dimerization', group: 'g' },
        ],
      ),
      drugs,
    }) as Model;
  const antibody = (id: string, target: Partial<DrugTarget>, mechanism = 'receptor-blocking-antibody') =>
    ({
      id,
      name: id,
      class: 'her2-antibody',
      mechanism,
      targets: [{ target: 'R', value_nM: 1, ...target }],
    }) as unknown as Drug;
  const at1nM = (drug: Drug): GivenDrug => ({ drug, doseNM: 1 });

  it('one antibody blocking a group two ways blocks it as two independent blocks', () => {
    const both = antibody('both', { blocks: ['binding', 'dimerization'] });
    const fx = drugEffects(receptor([both]), [at1nM(both)], []);
    expect(fx.groups).toEqual(new Map([['R|g', 0.75]]));
  });

  it('a drug that locks its target shut stops the target and its sites being activated, by the share it holds', () => {
    const lock = antibody('lock', { action: 'activation' }, 'atp-competitive');
    const fx = drugEffects(receptor([lock]), [at1nM(lock)], []);
    expect(fx.activation).toEqual(
      new Map([
        ['R', 0.5],
        ['R_site', 0.5],
      ]),
    );
    expect(fx.catalytic.size).toBe(0);
  });

  it('with three epitopes bound, the two strongest binders cross-link the receptor', () => {
    const rate = model.pathway.parameters.downregulation;
    const on = (id: string, region: string) => antibody(id, { epitope: { region } as never, blocks: [] });
    const [weak, mid, strong] = [on('weak', 'I'), on('mid', 'II'), on('strong', 'IV')];
    // doses for shares 0.1, 0.5 and 0.9, given weakest first
    const given3 = [
      { drug: weak, doseNM: 1 / 9 },
      { drug: mid, doseNM: 1 },
      { drug: strong, doseNM: 9 },
    ];
    const fx = drugEffects(receptor([weak, mid, strong]), given3, []);
    expect(fx.downregulation.get('R_EXPR')).toBeCloseTo(0.9 * 0.5 * rate, 12);
  });
});
