// Domain types for the signalling model, drug library and references (pure, no UI imports).
import type { z } from 'zod';
import type { drugClassSchema } from './schema';

export type NodeKind =
  | 'ligand'
  | 'receptor'
  | 'adaptor'
  | 'kinase'
  | 'complex'
  | 'lipid'
  | 'phosphatase'
  | 'transcription-factor'
  | 'effector'
  | 'outcome'
  | 'systemic'
  | 'site';

export type Compartment = 'extracellular' | 'membrane' | 'cytoplasm' | 'nucleus' | 'systemic';
export type EdgeSign = 'activation' | 'inhibition';
export type EdgeMechanism =
  | 'phosphorylation'
  | 'dephosphorylation'
  | 'gap'
  | 'translation'
  | 'binding'
  | 'dimerization'
  | 'transcription'
  | 'degradation'
  | 'sequestration'
  | 'systemic';
export type EdgeSpeed = 'fast' | 'slow' | 'systemic';
/** What an edge carries from its source: its activity, the share of it held by kinase inhibitors, or its free ligand-binding capacity. */
export type EdgeSignal = 'activity' | 'drug-bound' | 'ligand-binding';
export type Isoform = 'alpha' | 'beta' | 'gamma' | 'delta';

export interface PathwayNode {
  id: string;
  label: string;
  kind: NodeKind;
  compartment: Compartment;
  description: string;
  references: string[];
  position: { x: number; y: number };
  /** Constitutive input (0..1): the activity the node has with no activating input. */
  basal?: number;
  /** Compound parent (a site belongs to its protein). */
  parent?: string;
  /** Drug target id this node embodies (defaults to the node id). */
  target?: string;
  /** Receptor tyrosine kinases and SRC phosphorylate themselves, so a kinase block lowers their own phosphorylation. */
  autophosphorylation?: boolean;
  /** The node whose level is this receptor's expression (antibody down-regulation acts there). */
  expression?: string;
  /** Share of the node's activity carried by each class I PI3K isoform. */
  isoformShare?: Partial<Record<Isoform, number>>;
  /** Production against removal: activity = A / (A + turnover + removalScale × Σ inhibitor terms). */
  balance?: { turnover: number; removalScale: number };
  /** Drawn small (expression levels beside their receptor). */
  small?: boolean;
}

export interface PathwayEdge {
  id: string;
  source: string;
  target: string;
  sign: EdgeSign;
  mechanism: EdgeMechanism;
  speed: EdgeSpeed;
  references: string[];
  /** Edges sharing a group at the same target act together (AND); otherwise each activator is its own OR term. */
  group?: string;
  weight?: number;
  ec50?: number;
  hill?: number;
  signal?: EdgeSignal;
  /** The loop this edge belongs to: switching the loop off holds this edge at its untreated level. */
  loop?: string;
  /** Ligand-independent dimerisation (the input trastuzumab blocks, pertuzumab does not). */
  ligandIndependent?: boolean;
  /** Share of this output an allosteric FKBP12–rapamycin block removes (4E-BP1 is partly rapamycin-resistant). */
  allostericSensitivity?: number;
  note?: string;
}

export interface Loop {
  id: string;
  label: string;
  kind: 'feedback' | 'cross-talk';
  description: string;
  color: string;
  /** Edges drawn as the loop's path (highlighted on hover); those with `loop` set are the ones switched off. */
  path: string[];
  references: string[];
}

export interface Readout {
  id: string;
  node: string;
  /** `complement`: the readout is the inactive share of the node (phospho-TSC2 is TSC2 switched off). */
  transform?: 'complement' | 'output';
  label: string;
  /** Short name for the node on the diagram when it shows this readout (e.g. "p-PRAS40"). */
  nodeLabel?: string;
}

export type MutationEffect =
  | { op: 'fix'; node: string; value: number }
  | { op: 'addBasal'; node: string; value: number }
  | { op: 'isoformShare'; node: string; share: Partial<Record<Isoform, number>> }
  | {
      op: 'potencyFold';
      target: string;
      egfrGenerations: number[];
      fold: number;
      /** ATP affinity (kept when a binding ratio is measured for the form) or drug binding (the default). */
      basis?: 'atp' | 'binding';
      source: string;
      /** Mutations whose potency rules this one overrides (T790M restores the ATP affinity L858R had lowered). */
      cancels?: string[];
      note?: string;
    };

export interface Mutation {
  id: string;
  label: string;
  description: string;
  effects: MutationEffect[];
  references: string[];
}

export interface Pathway {
  schemaVersion: number;
  nodes: PathwayNode[];
  edges: PathwayEdge[];
  loops: Loop[];
  readouts: Readout[];
  mutations: Mutation[];
  parameters: { hill: number; ec50: number; tauMinutes: Record<EdgeSpeed, number>; downregulation: number };
}

/** A class id of data/drug-classes.json. */
export type DrugClass = string;

export type DrugMechanism =
  | 'allosteric-fkbp12-frb'
  | 'atp-competitive'
  | 'covalent'
  | 'allosteric'
  | 'receptor-blocking-antibody'
  | 'ligand-neutralising-antibody'
  | 'antibody-drug-conjugate';

export type AntibodyBlock = 'binding' | 'dimerization' | 'ligand-independent';

export interface PotencyVariant {
  mutations: string[];
  /** Potency measured on this form (nM): replaces every mutation rule for the mutations it covers. */
  value_nM?: number;
  /** Binding-constant ratio of this form to wild type: replaces the binding rules, keeps the ATP-affinity rules. */
  foldVsWildType?: number;
  measure?: 'IC50' | 'Kd' | 'Ki' | 'EC50';
  qualifier?: '>' | '<';
  assay?: 'biochemical' | 'cellular' | 'binding';
  source: string;
  note?: string;
}

export interface DrugTarget {
  target: string;
  isoform?: Isoform;
  value_nM: number | null;
  qualifier?: '>' | '<';
  measure?: 'IC50' | 'Kd' | 'Ki' | 'EC50';
  assay?: 'biochemical' | 'cellular';
  source: string;
  note?: string;
  /** Exactly as printed in a review table (e.g. "20/83*"), when the value comes from one. */
  tableCell?: string;
  variants?: PotencyVariant[];
  blocks?: AntibodyBlock[];
  downregulation?: boolean;
  action?: 'activation';
}

export interface Dose {
  nM: number;
  source: string;
  note?: string;
}

export interface Drug {
  id: string;
  name: string;
  shortName: string;
  synonyms: string[];
  class: DrugClass;
  mechanism: DrugMechanism;
  egfrGeneration?: number;
  targets: DrugTarget[];
  doses?: { low: Dose; high: Dose };
  references: string[];
  toxicities?: string[];
  /** False when the profile was never disclosed: listed, but cannot be simulated. */
  selectable?: boolean;
  unselectableReason?: string;
  note?: string;
  mechanismText?: string;
  approvals?: Approval[];
  trials?: Trial[];
  preclinical?: { source: string; table: string; strategy: string; compound: string; refs: string };
}

/** An FDA approval as the IGF review's Table 1 lists it. */
export interface Approval {
  drug: string;
  year: number;
  indication: string;
  primaryTargets: string;
  type: string;
  source: string;
  table: string;
  /** The confirmed fact, with its source, where the review's row is wrong (the row stays as printed). */
  correction?: string;
}

/** A clinical trial row of a review table (mTOR review Table 1, IGF review Table 3). */
export interface Trial {
  source: string;
  table: string;
  class?: string;
  sponsor?: string;
  agent?: string;
  drug?: string;
  phase: string;
  schedule?: string;
  condition?: string;
  combination?: string;
  participants?: string;
  result?: string;
  refs?: string;
  trialIds?: string[];
}

export interface DrugLibrary {
  schemaVersion: number;
  drugs: Drug[];
}

export interface Reference {
  id: string;
  authors: string;
  title: string;
  journal: string;
  year?: number;
  url?: string;
  volume?: string;
  pages?: string;
  pmid?: string;
  doi?: string;
  seed?: boolean;
}

export interface ReferenceLibrary {
  schemaVersion: number;
  references: Reference[];
}

/** Everything the engine and the app need, validated and cross-checked. */
/** Behaviours a drug inherits from its class (data/drug-classes.json). */
export type DrugClassInfo = z.infer<typeof drugClassSchema>;
export type ClassBehaviours = DrugClassInfo['behaviours'];

export interface Model {
  pathway: Pathway;
  drugs: Drug[];
  /** Drug classes by id, with the behaviours their members share. */
  classById: Map<string, DrugClassInfo>;
  references: Map<string, Reference>;
  nodeById: Map<string, PathwayNode>;
  drugById: Map<string, Drug>;
}

/** A named cell context (a classic cell model) the user can pick. */
export interface Preset {
  id: string;
  label: string;
  mutations: string[];
  description: string;
}

/** One step of a lecture story: the scenario it sets, where to look, and what to say. */
export interface StoryStep {
  title?: string;
  caption: string;
  references: string[];
  drugs: Array<{ drug: string; dose: 'low' | 'high' | number }>;
  mutations: string[];
  loopsOff: string[];
  timescale: 'acute' | 'sustained';
  focus: string[];
  /** A loop whose path pulses when the step opens. */
  pulse?: string;
  /** What the caption says the model shows (readout, direction, against what, and the loop it credits). */
  claims: StoryClaim[];
}

export interface StoryClaim {
  readout: string;
  direction: 'up' | 'down' | 'no_change';
  against?: 'untreated' | 'previous';
  loop?: string;
}

export interface Story {
  id: string;
  title: string;
  summary: string;
  steps: StoryStep[];
}
