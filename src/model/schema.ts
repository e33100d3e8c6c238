// Zod schemas for the versioned data files; shape checks only (cross-references live in validate.ts).
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_\-.]*$/, 'ids use letters, digits, _ - .');
const unit = z.number().min(0).max(1);
const isoform = z.enum(['alpha', 'beta', 'gamma', 'delta']);
const isoformShare = z.partialRecord(isoform, unit);

export const nodeSchema = z.strictObject({
  id,
  label: z.string().min(1),
  kind: z.enum([
    'ligand',
    'receptor',
    'adaptor',
    'kinase',
    'complex',
    'lipid',
    'phosphatase',
    'transcription-factor',
    'effector',
    'outcome',
    'systemic',
    'site',
  ]),
  compartment: z.enum(['extracellular', 'membrane', 'cytoplasm', 'nucleus', 'systemic']),
  description: z.string().min(10),
  references: z.array(id).min(1),
  position: z.strictObject({ x: z.number(), y: z.number() }),
  basal: unit.optional(),
  parent: id.optional(),
  target: id.optional(),
  autophosphorylation: z.boolean().optional(),
  expression: id.optional(),
  isoformShare: isoformShare.optional(),
  /**
   * Production against removal (a lipid or site made by one enzyme and removed by another): the node's activity is
   * A / (A + turnover + removalScale × Σ inhibitor terms), so with its main remover gone it saturates.
   */
  balance: z.strictObject({ turnover: z.number().gt(0), removalScale: z.number().gt(0) }).optional(),
  small: z.boolean().optional(),
});

export const edgeSchema = z.strictObject({
  id,
  source: id,
  target: id,
  sign: z.enum(['activation', 'inhibition']),
  mechanism: z.enum([
    'phosphorylation',
    'dephosphorylation',
    'gap',
    'binding',
    'dimerization',
    'transcription',
    'translation',
    'degradation',
    'sequestration',
    'systemic',
  ]),
  speed: z.enum(['fast', 'slow', 'systemic']),
  references: z.array(id).min(1),
  group: z.string().optional(),
  weight: unit.optional(),
  ec50: z.number().gt(0).lt(1).optional(),
  hill: z.number().min(0.5).max(6).optional(),
  signal: z.enum(['activity', 'drug-bound', 'ligand-binding']).optional(),
  loop: id.optional(),
  ligandIndependent: z.boolean().optional(),
  allostericSensitivity: unit.optional(),
  note: z.string().optional(),
});

export const loopSchema = z.strictObject({
  id,
  label: z.string().min(1),
  kind: z.enum(['feedback', 'cross-talk']),
  description: z.string().min(10),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  path: z.array(id).min(1),
  references: z.array(id).min(1),
});

export const readoutSchema = z.strictObject({
  id,
  node: id,
  transform: z.enum(['complement', 'output']).optional(),
  label: z.string().min(1),
  /** Short name for the node on the diagram when it shows this readout and its own label would say otherwise. */
  nodeLabel: z.string().min(1).optional(),
});

const mutationEffect = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('fix'), node: id, value: unit }),
  z.strictObject({ op: z.literal('addBasal'), node: id, value: unit }),
  z.strictObject({ op: z.literal('isoformShare'), node: id, share: isoformShare }),
  z.strictObject({
    op: z.literal('potencyFold'),
    target: id,
    egfrGenerations: z.array(z.number().int().min(1).max(4)).min(1),
    fold: z.number().gt(0),
    /** What the fold reflects: ATP affinity (kept when a binding ratio is measured for the form) or drug binding. */
    basis: z.enum(['atp', 'binding']).optional(),
    source: id,
    cancels: z.array(id).optional(),
    note: z.string().optional(),
  }),
]);

export const mutationSchema = z.strictObject({
  id,
  label: z.string().min(1),
  description: z.string().min(10),
  effects: z.array(mutationEffect).min(1),
  references: z.array(id).min(1),
});

export const pathwaySchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  nodes: z.array(nodeSchema).min(1),
  edges: z.array(edgeSchema).min(1),
  loops: z.array(loopSchema),
  readouts: z.array(readoutSchema),
  mutations: z.array(mutationSchema),
  parameters: z.strictObject({
    hill: z.number().min(0.5).max(6),
    ec50: z.number().gt(0).lt(1),
    tauMinutes: z.strictObject({
      fast: z.number().gt(0),
      slow: z.number().gt(0),
      systemic: z.number().gt(0),
    }),
    downregulation: unit,
  }),
});

const potencyVariant = z
  .strictObject({
    mutations: z.array(id).min(1),
    /** Potency measured on this form, in nM (replaces every mutation rule for the mutations it covers). */
    value_nM: z.number().gt(0).optional(),
    /** Binding-constant ratio of this form to wild type (e.g. Kd(T790M)/Kd(WT) from a binding panel, no ATP). */
    foldVsWildType: z.number().gt(0).optional(),
    measure: z.enum(['IC50', 'Kd', 'Ki', 'EC50']).optional(),
    qualifier: z.enum(['>', '<']).optional(),
    assay: z.enum(['biochemical', 'cellular', 'binding']).optional(),
    source: id,
    note: z.string().optional(),
  })
  .refine((v) => (v.value_nM === undefined) !== (v.foldVsWildType === undefined), {
    message: 'a potency variant gives either value_nM or foldVsWildType, not both',
  });

const drugTarget = z.strictObject({
  target: id,
  isoform: isoform.optional(),
  value_nM: z.number().gt(0).nullable(),
  qualifier: z.enum(['>', '<']).optional(),
  measure: z.enum(['IC50', 'Kd', 'Ki', 'EC50']).optional(),
  assay: z.enum(['biochemical', 'cellular']).optional(),
  source: id,
  note: z.string().optional(),
  tableCell: z.string().optional(),
  variants: z.array(potencyVariant).optional(),
  blocks: z.array(z.enum(['binding', 'dimerization', 'ligand-independent'])).optional(),
  downregulation: z.boolean().optional(),
  action: z.literal('activation').optional(),
});

const dose = z.strictObject({ nM: z.number().gt(0), source: id, note: z.string().optional() });

const trialSchema = z.strictObject({
  source: id,
  table: z.string(),
  class: z.string().optional(),
  sponsor: z.string().optional(),
  agent: z.string().optional(),
  drug: z.string().optional(),
  phase: z.string(),
  schedule: z.string().optional(),
  condition: z.string().optional(),
  combination: z.string().optional(),
  participants: z.string().optional(),
  result: z.string().optional(),
  refs: z.string().optional(),
  trialIds: z.array(z.string().regex(/^NCT\d{8}$/)).optional(),
});

const approvalSchema = z.strictObject({
  drug: z.string(),
  year: z.number().int().min(1990).max(2100),
  indication: z.string().min(2),
  primaryTargets: z.string(),
  type: z.string(),
  source: id,
  table: z.string(),
  /** The confirmed fact, with its source, where the review's row is wrong (the row stays as printed). */
  correction: z.string().optional(),
});

export const drugSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'drug ids are lowercase with dashes'),
  name: z.string().min(1),
  shortName: z.string().min(1).max(10),
  synonyms: z.array(z.string().min(1)),
  /** A class id of data/drug-classes.json (the loader checks it): members share its behaviours. */
  class: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  mechanism: z.enum([
    'allosteric-fkbp12-frb',
    'atp-competitive',
    'covalent',
    'allosteric',
    'receptor-blocking-antibody',
    'ligand-neutralising-antibody',
    'antibody-drug-conjugate',
  ]),
  egfrGeneration: z.number().int().min(1).max(4).optional(),
  targets: z.array(drugTarget),
  doses: z.strictObject({ low: dose, high: dose }).optional(),
  references: z.array(id).min(1),
  toxicities: z.array(z.string()).optional(),
  selectable: z.boolean().optional(),
  unselectableReason: z.string().optional(),
  note: z.string().optional(),
  /** A sentence or two on what is particular about this agent, added to the class description. */
  mechanismText: z.string().optional(),
  approvals: z.array(approvalSchema).optional(),
  trials: z.array(trialSchema).optional(),
  preclinical: z
    .strictObject({
      source: id,
      table: z.string(),
      strategy: z.string(),
      compound: z.string(),
      refs: z.string(),
    })
    .optional(),
});

export const drugLibrarySchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  drugs: z.array(drugSchema).min(1),
});

export const referenceSchema = z.strictObject({
  id,
  authors: z.string().min(1),
  title: z.string().min(1),
  journal: z.string().min(1),
  year: z.number().int().min(1900).max(2100).optional(),
  url: z.url().optional(),
  volume: z.string().optional(),
  pages: z.string().optional(),
  pmid: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/)
    .optional(),
  seed: z.boolean().optional(),
});

export const referenceLibrarySchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  references: z.array(referenceSchema).min(1),
});

export const presetLibrarySchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  presets: z
    .array(
      z.strictObject({
        id,
        label: z.string().min(1),
        mutations: z.array(id),
        description: z.string().min(10),
      }),
    )
    .min(1),
});

const storyStep = z.strictObject({
  title: z.string().optional(),
  caption: z.string().min(10),
  references: z.array(id).min(1),
  drugs: z.array(
    z.strictObject({
      drug: id,
      dose: z.union([z.literal('low'), z.literal('high'), z.number().nonnegative()]),
    }),
  ),
  mutations: z.array(id),
  loopsOff: z.array(id),
  timescale: z.enum(['acute', 'sustained']),
  focus: z.array(id),
  pulse: id.optional(),
  /** What the caption says the model shows, checked against the model by the test suite. */
  claims: z
    .array(
      z.strictObject({
        readout: id,
        direction: z.enum(['up', 'down', 'no_change']),
        /** Compared with the same cell untreated (default) or with the previous step's state. */
        against: z.enum(['untreated', 'previous']).optional(),
        /** The loop the caption credits: with it switched off the claimed change must go away. */
        loop: id.optional(),
      }),
    )
    .min(1),
});

export const storyLibrarySchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  stories: z
    .array(
      z.strictObject({
        id,
        title: z.string().min(1),
        summary: z.string().min(10),
        steps: z.array(storyStep).min(2),
      }),
    )
    .min(1),
});

const classBehaviourNote = { note: z.string().min(10), references: z.array(id).min(1) };

/** Behaviours a drug inherits from its class: how binding the target changes the network beyond blocking it. */
export const drugClassSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Heading of the class in the drug library. */
  label: z.string().min(1),
  /** How members of the class act, in plain words (the drug card's first sentences). */
  description: z.string().min(20),
  behaviours: z.strictObject({
    /** The drug also stops its target being activated (PH-domain AKT inhibitors; MEK inhibitors that block RAF's access). */
    blocksActivation: z.strictObject({ share: unit, ...classBehaviourNote }).optional(),
    /** The bound target is shielded from phosphatases: its phosphorylation sites rise (ATP-competitive AKT inhibitors). */
    shieldsTargetSites: z.strictObject({ share: unit, ...classBehaviourNote }).optional(),
    /** The drug reaches only monomeric (or non-dimerised) receptor: block = occupancy × (monomerShare + rest × dimer block). */
    needsDimerBlock: z.strictObject({ monomerShare: unit, ...classBehaviourNote }).optional(),
    /** Chronic exposure slowly removes a share of another target in one compartment (rapalogs and mTORC2 in liver). */
    slowAssemblyBlock: z
      .strictObject({
        target: id,
        compartment: z.enum(['extracellular', 'membrane', 'cytoplasm', 'nucleus', 'systemic']),
        share: unit,
        ...classBehaviourNote,
      })
      .optional(),
  }),
  references: z.array(id).min(1),
});

export const drugClassLibrarySchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  classes: z.array(drugClassSchema).min(1),
});
