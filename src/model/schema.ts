// Zod schemas for the versioned data files; shape checks only (cross-references live in validate.ts). The domain
// types in types.ts are inferred from these, so each shape is written once.
import './zodJitless';
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_\-.]*$/, 'ids use letters, digits, _ - .');
const lowerId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const drugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'drug ids are lowercase with dashes');
const unit = z.number().min(0).max(1);
const version = z.literal(SCHEMA_VERSION);

export const nodeKindSchema = z.enum([
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
]);
export const compartmentSchema = z.enum(['extracellular', 'membrane', 'cytoplasm', 'nucleus', 'systemic']);
export const edgeSignSchema = z.enum(['activation', 'inhibition']);
export const edgeMechanismSchema = z.enum([
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
]);
export const edgeSpeedSchema = z.enum(['fast', 'slow', 'systemic']);
/** What an edge carries from its source: its activity, the share of it held by kinase inhibitors, or its free ligand-binding capacity. */
export const edgeSignalSchema = z.enum(['activity', 'drug-bound', 'ligand-binding']);
export const isoformSchema = z.enum(['alpha', 'beta', 'gamma', 'delta']);
export const drugMechanismSchema = z.enum([
  'allosteric-fkbp12-frb',
  'atp-competitive',
  'covalent',
  'allosteric',
  'receptor-blocking-antibody',
  'ligand-neutralising-antibody',
  'antibody-drug-conjugate',
]);
export const antibodyBlockSchema = z.enum(['binding', 'dimerization', 'ligand-independent']);
const potencyMeasure = z.enum(['IC50', 'Kd', 'Ki', 'EC50']);
const qualifier = z.enum(['>', '<']);

/** Share of a node's activity carried by each class I PI3K isoform. */
const isoformShare = z.partialRecord(isoformSchema, unit);

export const nodeSchema = z.strictObject({
  id,
  label: z.string().min(1),
  kind: nodeKindSchema,
  compartment: compartmentSchema,
  /** A subsystem the core-pathway view hides: the whole-body loops, or EMT (integrin, FAK, β-catenin, Snail, E-cadherin). */
  subsystem: z.enum(['whole-body', 'emt']).optional(),
  description: z.string().min(10),
  references: z.array(id).min(1),
  position: z.strictObject({ x: z.number(), y: z.number() }),
  /** Constitutive input (0..1): the activity the node has with no activating input. */
  basal: unit.optional(),
  /** Compound parent (a site belongs to its protein). */
  parent: id.optional(),
  /** Drug target id this node embodies (defaults to the node id). */
  target: id.optional(),
  /** Receptor tyrosine kinases and SRC phosphorylate themselves, so a kinase block lowers their own phosphorylation. */
  autophosphorylation: z.boolean().optional(),
  /** The node whose level is this receptor's expression (antibody down-regulation acts there). */
  expression: id.optional(),
  /** Share of the node's activity carried by each class I PI3K isoform. */
  isoformShare: isoformShare.optional(),
  /**
   * Production against removal (a lipid or site made by one enzyme and removed by another): the node's activity is
   * A / (A + turnover + removalScale × Σ inhibitor terms), so with its main remover gone it saturates.
   */
  balance: z.strictObject({ turnover: z.number().gt(0), removalScale: z.number().gt(0) }).optional(),
  /** Drawn small (expression levels beside their receptor). */
  small: z.boolean().optional(),
});

export const edgeSchema = z.strictObject({
  id,
  source: id,
  target: id,
  sign: edgeSignSchema,
  mechanism: edgeMechanismSchema,
  speed: edgeSpeedSchema,
  references: z.array(id).min(1),
  /** Edges sharing a group at the same target act together (AND); otherwise each activator is its own OR term. */
  group: z.string().optional(),
  weight: unit.optional(),
  ec50: z.number().gt(0).lt(1).optional(),
  hill: z.number().min(0.5).max(6).optional(),
  signal: edgeSignalSchema.optional(),
  /** The loop this edge belongs to: switching the loop off holds this edge at its untreated level. */
  loop: id.optional(),
  /** A complex formed without ligand, a dimer or a bound partner (the input trastuzumab blocks, pertuzumab does not). */
  ligandIndependent: z.boolean().optional(),
  /**
   * A receptor's homodimer (overexpressed HER2 pairing with itself): antibodies that break ligand-independent
   * heterodimers spare it, and trastuzumab even increases it (Maadi 2018; Nami 2019).
   */
  homodimer: z.boolean().optional(),
  /**
   * An activator every route into the target needs (a receptor's expressed pool): it multiplies the OR of the other
   * activators instead of being one more alternative, so a partner that saturates the pool makes the others redundant.
   */
  gate: z.boolean().optional(),
  /** Share of this output an allosteric FKBP12–rapamycin block removes (4E-BP1 is partly rapamycin-resistant). */
  allostericSensitivity: unit.optional(),
  note: z.string().optional(),
  /**
   * How the edge is drawn where a straight line would pass over other nodes: a polyline (`segments`) or a curve
   * (`bezier`, the points are its control points) through `via`, in layout coordinates like node positions.
   */
  route: z
    .strictObject({
      style: z.enum(['segments', 'bezier']),
      via: z.array(z.strictObject({ x: z.number(), y: z.number() })).min(1),
    })
    .optional(),
});

export const loopSchema = z.strictObject({
  id,
  label: z.string().min(1),
  kind: z.enum(['feedback', 'cross-talk']),
  description: z.string().min(10),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** Edges drawn as the loop's path (highlighted on hover); those with `loop` set are the ones switched off. */
  path: z.array(id).min(1),
  references: z.array(id).min(1),
});

export const readoutSchema = z.strictObject({
  id,
  node: id,
  /** `complement`: the readout is the inactive share of the node (phospho-TSC2 is TSC2 switched off). */
  transform: z.enum(['complement', 'output']).optional(),
  label: z.string().min(1),
  /** Short name for the node on the diagram when it shows this readout and its own label would say otherwise. */
  nodeLabel: z.string().min(1).optional(),
});

export const mutationEffectSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('fix'), node: id, value: unit }),
  z.strictObject({ op: z.literal('addBasal'), node: id, value: unit }),
  z.strictObject({ op: z.literal('isoformShare'), node: id, share: isoformShare }),
  /** Gene amplification of a node made against removal (`balance`): production times `fold`, so it stays near full. */
  z.strictObject({
    op: z.literal('gain'),
    node: id,
    fold: z.number().gt(1).max(100),
    source: id,
    note: z.string(),
  }),
  z.strictObject({
    op: z.literal('potencyFold'),
    target: id,
    egfrGenerations: z.array(z.number().int().min(1).max(4)).min(1),
    fold: z.number().gt(0),
    /** What the fold reflects: ATP affinity (kept when a binding ratio is measured for the form) or drug binding (the default). */
    basis: z.enum(['atp', 'binding']).optional(),
    source: id,
    /** Mutations whose potency rules this one overrides (T790M restores the ATP affinity L858R had lowered). */
    cancels: z.array(id).optional(),
    note: z.string().optional(),
  }),
]);

export const mutationSchema = z.strictObject({
  id,
  label: z.string().min(1),
  /** Short mark drawn on the node the mutation changes (e.g. "ΔPTEN", "T790M", "amp"). */
  badge: z.string().min(1).max(12),
  description: z.string().min(10),
  effects: z.array(mutationEffectSchema).min(1),
  references: z.array(id).min(1),
  /**
   * A mutation of the same kind whose measured drug potencies stand in for this one's where a drug has a measured
   * form for the analogue and none for this mutation (the two sensitising EGFR mutations).
   */
  potencyAnalogue: z.strictObject({ mutation: id, source: id, note: z.string().min(10) }).optional(),
});

export const pathwaySchema = z.strictObject({
  schemaVersion: version,
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

export const potencyVariantSchema = z
  .strictObject({
    mutations: z.array(id).min(1),
    /** Potency measured on this form, in nM (replaces every mutation rule for the mutations it covers). */
    value_nM: z.number().gt(0).optional(),
    /** Binding-constant ratio of this form to wild type (e.g. Kd(T790M)/Kd(WT) from a binding panel, no ATP): replaces the binding rules, keeps the ATP-affinity rules. */
    foldVsWildType: z.number().gt(0).optional(),
    measure: potencyMeasure.optional(),
    qualifier: qualifier.optional(),
    assay: z.enum(['biochemical', 'cellular', 'binding']).optional(),
    source: id,
    note: z.string().optional(),
  })
  .refine((v) => (v.value_nM === undefined) !== (v.foldVsWildType === undefined), {
    message: 'a potency variant gives either value_nM or foldVsWildType, not both',
  });

export const drugTargetSchema = z.strictObject({
  target: id,
  isoform: isoformSchema.optional(),
  value_nM: z.number().gt(0).nullable(),
  qualifier: qualifier.optional(),
  measure: potencyMeasure.optional(),
  assay: z.enum(['biochemical', 'cellular']).optional(),
  source: id,
  note: z.string().optional(),
  /** Exactly as printed in a review table (e.g. "20/83*"), when the value comes from one. */
  tableCell: z.string().optional(),
  variants: z.array(potencyVariantSchema).optional(),
  blocks: z.array(antibodyBlockSchema).optional(),
  downregulation: z.boolean().optional(),
  /**
   * Where an antibody binds its receptor (e.g. "domain IV"), with the structure that shows it. Two antibodies on
   * different epitopes of one receptor cross-link it into lattices that are taken in and degraded (Friedman 2005).
   */
  epitope: z.strictObject({ region: z.string().min(1), source: id }).optional(),
  action: z.literal('activation').optional(),
});

export const doseSchema = z.strictObject({ nM: z.number().gt(0), source: id, note: z.string().optional() });

/** A clinical trial row of a review table (mTOR review Table 1, IGF review Table 3). */
export const trialSchema = z.strictObject({
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

/** An FDA approval as the IGF review's Table 1 lists it. */
export const approvalSchema = z.strictObject({
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
  id: drugId,
  name: z.string().min(1),
  shortName: z.string().min(1).max(10),
  synonyms: z.array(z.string().min(1)),
  /** A class id of data/drug-classes.json (the loader checks it): members share its behaviours. */
  class: lowerId,
  mechanism: drugMechanismSchema,
  egfrGeneration: z.number().int().min(1).max(4).optional(),
  targets: z.array(drugTargetSchema),
  doses: z.strictObject({ low: doseSchema, high: doseSchema }).optional(),
  references: z.array(id).min(1),
  toxicities: z.array(z.string()).optional(),
  /** False when the profile was never disclosed: listed, but cannot be simulated. */
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
  schemaVersion: version,
  drugs: z.array(drugSchema).min(1),
});

export const referenceSchema = z.strictObject({
  id,
  authors: z.string().min(1),
  title: z.string().min(1),
  journal: z.string().min(1),
  year: z.number().int().min(1900).max(2100).optional(),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
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
  schemaVersion: version,
  references: z.array(referenceSchema).min(1),
});

/** A named cell context (a classic cell model) the user can pick. */
export const presetSchema = z.strictObject({
  id,
  label: z.string().min(1),
  mutations: z.array(id),
  description: z.string().min(10),
});

export const presetLibrarySchema = z.strictObject({
  schemaVersion: version,
  presets: z.array(presetSchema).min(1),
});

/** What a lecture caption says the model shows, checked against the model by the test suite. */
export const storyClaimSchema = z.strictObject({
  readout: id,
  direction: z.enum(['up', 'down', 'no_change']),
  /** Compared with the same cell untreated (default) or with the previous step's state. */
  against: z.enum(['untreated', 'previous']).optional(),
  /** The loop the caption credits: with it switched off the claimed change must go away. */
  loop: id.optional(),
});

/** One step of a lecture story: the scenario it sets, where to look, and what to say. */
export const storyStepSchema = z.strictObject({
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
  /** A loop whose path pulses when the step opens. */
  pulse: id.optional(),
  /** What the caption says the model shows (readout, direction, against what, and the loop it credits). */
  claims: z.array(storyClaimSchema).min(1),
});

export const storySchema = z.strictObject({
  id,
  title: z.string().min(1),
  summary: z.string().min(10),
  steps: z.array(storyStepSchema).min(2),
});

export const storyLibrarySchema = z.strictObject({
  schemaVersion: version,
  stories: z.array(storySchema).min(1),
});

const classBehaviourNote = { note: z.string().min(10), references: z.array(id).min(1) };

/** Behaviours a drug inherits from its class: how binding the target changes the network beyond blocking it. */
export const drugClassSchema = z.strictObject({
  id: lowerId,
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
        compartment: compartmentSchema,
        share: unit,
        ...classBehaviourNote,
      })
      .optional(),
  }),
  references: z.array(id).min(1),
});

export const drugClassLibrarySchema = z.strictObject({
  schemaVersion: version,
  classes: z.array(drugClassSchema).min(1),
});
