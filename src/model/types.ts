// Domain types for the signalling model, drug library and references (pure, no UI imports). Each data shape is the
// zod schema's output (schema.ts, where its fields are documented), read-only: loaded data are never edited in place.
import type { z } from 'zod';
import type {
  antibodyBlockSchema,
  approvalSchema,
  compartmentSchema,
  doseSchema,
  drugClassSchema,
  drugLibrarySchema,
  drugMechanismSchema,
  drugSchema,
  drugTargetSchema,
  edgeMechanismSchema,
  edgeSchema,
  edgeSignalSchema,
  edgeSignSchema,
  edgeSpeedSchema,
  isoformSchema,
  loopSchema,
  mutationEffectSchema,
  mutationSchema,
  nodeKindSchema,
  nodeSchema,
  pathwaySchema,
  potencyVariantSchema,
  presetSchema,
  readoutSchema,
  referenceLibrarySchema,
  referenceSchema,
  storyClaimSchema,
  storySchema,
  storyStepSchema,
  trialSchema,
} from './schema';

/** `T` with every property and element read-only, all the way down. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** What a schema accepts, as the app holds it: read-only. */
type Data<S extends z.ZodType> = DeepReadonly<z.output<S>>;

export type NodeKind = z.output<typeof nodeKindSchema>;
export type Compartment = z.output<typeof compartmentSchema>;
export type EdgeSign = z.output<typeof edgeSignSchema>;
export type EdgeMechanism = z.output<typeof edgeMechanismSchema>;
export type EdgeSpeed = z.output<typeof edgeSpeedSchema>;
/** What an edge carries from its source: its activity, the share of it held by kinase inhibitors, or its free ligand-binding capacity. */
export type EdgeSignal = z.output<typeof edgeSignalSchema>;
export type Isoform = z.output<typeof isoformSchema>;
export type DrugMechanism = z.output<typeof drugMechanismSchema>;
export type AntibodyBlock = z.output<typeof antibodyBlockSchema>;
/** A class id of data/drug-classes.json. */
export type DrugClass = string;

export type PathwayNode = Data<typeof nodeSchema>;
export type PathwayEdge = Data<typeof edgeSchema>;
export type Loop = Data<typeof loopSchema>;
export type Readout = Data<typeof readoutSchema>;
export type MutationEffect = Data<typeof mutationEffectSchema>;
export type Mutation = Data<typeof mutationSchema>;
export type Pathway = Data<typeof pathwaySchema>;

export type PotencyVariant = Data<typeof potencyVariantSchema>;
export type DrugTarget = Data<typeof drugTargetSchema>;
export type Dose = Data<typeof doseSchema>;
/** An FDA approval as the IGF review's Table 1 lists it. */
export type Approval = Data<typeof approvalSchema>;
/** A clinical trial row of a review table (mTOR review Table 1, IGF review Table 3). */
export type Trial = Data<typeof trialSchema>;
export type Drug = Data<typeof drugSchema>;
export type DrugLibrary = Data<typeof drugLibrarySchema>;

export type Reference = Data<typeof referenceSchema>;
export type ReferenceLibrary = Data<typeof referenceLibrarySchema>;

/** Behaviours a drug inherits from its class (data/drug-classes.json). */
export type DrugClassInfo = Data<typeof drugClassSchema>;
export type ClassBehaviours = DrugClassInfo['behaviours'];

/** A named cell context (a classic cell model) the user can pick. */
export type Preset = Data<typeof presetSchema>;
// Stories stay mutable: the engine's claim checker (src/engine/claims.ts) takes steps and their arrays as such.
/** One step of a lecture story: the scenario it sets, where to look, and what to say. */
export type StoryStep = z.output<typeof storyStepSchema>;
/** What a caption says the model shows: readout, direction, against what, and the loop it credits. */
export type StoryClaim = z.output<typeof storyClaimSchema>;
export type Story = z.output<typeof storySchema>;

/** Everything the engine and the app need, validated and cross-checked. */
export interface Model {
  pathway: Pathway;
  drugs: readonly Drug[];
  /** Drug classes by id, with the behaviours their members share. */
  classById: ReadonlyMap<string, DrugClassInfo>;
  references: ReadonlyMap<string, Reference>;
  nodeById: ReadonlyMap<string, PathwayNode>;
  drugById: ReadonlyMap<string, Drug>;
}
