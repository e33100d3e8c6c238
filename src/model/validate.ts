// Loads the three data bundles: shape-checks them, then resolves every id they cross-reference.
import type { z } from 'zod';
import { lookupKey } from './lookupKey';
import {
  drugClassLibrarySchema,
  drugLibrarySchema,
  pathwaySchema,
  presetLibrarySchema,
  referenceLibrarySchema,
  storyLibrarySchema,
} from './schema';
import type {
  Drug,
  DrugClassInfo,
  Model,
  Mutation,
  Pathway,
  PathwayNode,
  Preset,
  Reference,
  Story,
} from './types';

/** Thrown when a data bundle is malformed; `problems` lists every issue, each naming the bad id or path. */
export class DataError extends Error {
  constructor(
    readonly bundle: string,
    readonly problems: string[],
  ) {
    super(
      `${bundle}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`,
    );
    this.name = 'DataError';
  }
}

function parse<T>(bundle: string, schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new DataError(bundle, problems);
  }
  return result.data;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const x of ids) (seen.has(x) ? dup : seen).add(x);
  return [...dup];
}

// Kept importable from here for the command lines and tests; the app imports it from ./lookupKey, without zod.
export { lookupKey };

/** Records a problem for each cited id that is not a known reference. */
type CitationCheck = (where: string, ids: readonly string[], problems: string[]) => void;

function citationCheck(references: ReadonlyMap<string, Reference>): CitationCheck {
  return (where, ids, problems) => {
    for (const r of ids) if (!references.has(r)) problems.push(`${where} cites unknown reference "${r}"`);
  };
}

/** Problems of data/pathway.json: duplicate ids, and every parent, expression node, edge end, loop and reference. */
function pathwayProblems(pathway: Pathway, cite: CitationCheck): string[] {
  const p: string[] = [];
  const nodeById = new Map(pathway.nodes.map((n) => [n.id, n]));
  for (const d of duplicates(pathway.nodes.map((n) => n.id))) p.push(`duplicate node id "${d}"`);
  for (const d of duplicates(pathway.edges.map((e) => e.id))) p.push(`duplicate edge id "${d}"`);
  for (const d of duplicates(pathway.readouts.map((r) => r.id))) p.push(`duplicate readout id "${d}"`);
  for (const n of pathway.nodes) {
    cite(`node "${n.id}"`, n.references, p);
    if (n.parent && !nodeById.has(n.parent)) p.push(`node "${n.id}" has unknown parent "${n.parent}"`);
    if (n.expression && !nodeById.has(n.expression))
      p.push(`node "${n.id}" has unknown expression node "${n.expression}"`);
    if (n.isoformShare) {
      const total = Object.values(n.isoformShare).reduce((a, b) => a + (b ?? 0), 0);
      if (Math.abs(total - 1) > 1e-6) p.push(`node "${n.id}" isoform shares sum to ${total}, not 1`);
    }
  }
  const loopIds = new Set(pathway.loops.map((l) => l.id));
  for (const e of pathway.edges) {
    if (!nodeById.has(e.source)) p.push(`edge "${e.id}" has unknown source "${e.source}"`);
    if (!nodeById.has(e.target)) p.push(`edge "${e.id}" has unknown target "${e.target}"`);
    if (e.loop && !loopIds.has(e.loop)) p.push(`edge "${e.id}" names unknown loop "${e.loop}"`);
    if (e.gate && (e.sign !== 'activation' || e.group))
      p.push(`edge "${e.id}" is a gate, which must be an activation outside any group`);
    if (e.signal === 'ligand-binding' && !nodeById.get(e.source)?.expression)
      p.push(`edge "${e.id}" carries ligand-binding capacity but "${e.source}" has no expression node`);
    cite(`edge "${e.id}"`, e.references, p);
  }
  const edgeIds = new Set(pathway.edges.map((e) => e.id));
  for (const l of pathway.loops) {
    for (const eid of l.path) if (!edgeIds.has(eid)) p.push(`loop "${l.id}" names unknown edge "${eid}"`);
    if (!pathway.edges.some((e) => e.loop === l.id)) p.push(`loop "${l.id}" has no edge to switch off`);
    cite(`loop "${l.id}"`, l.references, p);
  }
  for (const r of pathway.readouts)
    if (!nodeById.has(r.node)) p.push(`readout "${r.id}" names unknown node "${r.node}"`);
  for (const m of pathway.mutations) p.push(...mutationProblems(pathway, m, nodeById, cite));
  return p;
}

function mutationProblems(
  pathway: Pathway,
  m: Mutation,
  nodeById: ReadonlyMap<string, PathwayNode>,
  cite: CitationCheck,
): string[] {
  const p: string[] = [];
  cite(`mutation "${m.id}"`, m.references, p);
  if (m.potencyAnalogue) {
    cite(`mutation "${m.id}"`, [m.potencyAnalogue.source], p);
    if (!pathway.mutations.some((x) => x.id === m.potencyAnalogue?.mutation && x.id !== m.id))
      p.push(`mutation "${m.id}" names unknown potency analogue "${m.potencyAnalogue.mutation}"`);
  }
  for (const eff of m.effects) {
    if ('node' in eff && !nodeById.has(eff.node))
      p.push(`mutation "${m.id}" names unknown node "${eff.node}"`);
    if (eff.op === 'gain') {
      cite(`mutation "${m.id}"`, [eff.source], p);
      if (!nodeById.get(eff.node)?.balance)
        p.push(
          `mutation "${m.id}" gains production of "${eff.node}", which is not made against removal (no balance)`,
        );
    }
    if (eff.op === 'potencyFold') {
      cite(`mutation "${m.id}"`, [eff.source], p);
      for (const c of eff.cancels ?? [])
        if (!pathway.mutations.some((x) => x.id === c))
          p.push(`mutation "${m.id}" cancels unknown mutation "${c}"`);
    }
  }
  return p;
}

/** Problems of data/drug-classes.json: duplicate ids, references, and the targets behaviours name. */
function classProblems(
  classes: readonly DrugClassInfo[],
  targetIds: ReadonlySet<string>,
  cite: CitationCheck,
): string[] {
  const p: string[] = [];
  for (const d of duplicates(classes.map((c) => c.id))) p.push(`duplicate class id "${d}"`);
  for (const c of classes) {
    cite(`class "${c.id}"`, c.references, p);
    for (const [name, b] of Object.entries(c.behaviours)) {
      if (!b) continue;
      cite(`class "${c.id}" behaviour ${name}`, b.references, p);
      if ('target' in b && !targetIds.has(b.target))
        p.push(`class "${c.id}" behaviour ${name} names unknown target "${b.target}"`);
    }
  }
  return p;
}

/** What a drug is checked against: the model's target and mutation ids and the drug classes. */
interface DrugContext {
  targetIds: ReadonlySet<string>;
  mutationIds: ReadonlySet<string>;
  classIds: ReadonlySet<string>;
  cite: CitationCheck;
}

/** Problems of one drug: class, targets, variants, references, and doses that its potencies can scale. */
function drugProblems(drug: Drug, { targetIds, mutationIds, classIds, cite }: DrugContext): string[] {
  const p: string[] = [];
  cite(`drug "${drug.id}"`, drug.references, p);
  if (!classIds.has(drug.class)) p.push(`drug "${drug.id}" has unknown class "${drug.class}"`);
  for (const t of drug.targets) {
    if (!targetIds.has(t.target)) p.push(`drug "${drug.id}" targets unknown node "${t.target}"`);
    cite(`drug "${drug.id}" target ${t.target}`, [t.source], p);
    if (t.epitope) cite(`drug "${drug.id}" epitope on ${t.target}`, [t.epitope.source], p);
    for (const v of t.variants ?? []) {
      cite(`drug "${drug.id}" variant`, [v.source], p);
      for (const m of v.mutations)
        if (!mutationIds.has(m)) p.push(`drug "${drug.id}" variant names unknown mutation "${m}"`);
    }
  }
  if (drug.doses) cite(`drug "${drug.id}" doses`, [drug.doses.low.source, drug.doses.high.source], p);
  const simulatable = drug.selectable !== false;
  const measured = drug.targets.some((t) => t.value_nM !== null);
  // Fully measured drugs need nM doses; partly measured ones may stay on relative doses (the data decide by primary target).
  const fullyMeasured = drug.targets.length > 0 && drug.targets.every((t) => t.value_nM !== null);
  if (simulatable && drug.targets.length === 0)
    p.push(`drug "${drug.id}" is selectable but has no target in the model`);
  if (simulatable && fullyMeasured && !drug.doses)
    p.push(`drug "${drug.id}" has a potency for every target but no low/high doses`);
  if (drug.doses && !measured)
    p.push(`drug "${drug.id}" has doses in nM but no confirmed potency to scale them`);
  if (!simulatable && !drug.unselectableReason)
    p.push(`drug "${drug.id}" is not selectable but gives no reason`);
  return p;
}

/** Problems of every drug, in library order: duplicate ids, names or synonyms two drugs share, then its own. */
function drugListProblems(drugs: readonly Drug[], context: DrugContext): string[] {
  const p: string[] = [];
  const seen = new Set<string>();
  const owners = new Map<string, string>();
  for (const drug of drugs) {
    if (seen.has(drug.id)) p.push(`duplicate drug id "${drug.id}"`);
    seen.add(drug.id);
    for (const name of [drug.id, drug.name, ...drug.synonyms]) {
      const key = lookupKey(name);
      const owner = owners.get(key);
      if (owner && owner !== drug.id) p.push(`drug "${drug.id}" name "${name}" clashes with drug "${owner}"`);
      owners.set(key, drug.id);
    }
    p.push(...drugProblems(drug, context));
  }
  return p;
}

/** Validates raw JSON of pathway, drugs and references and returns the resolved model. */
export function loadModel(
  rawPathway: unknown,
  rawDrugs: unknown,
  rawReferences: unknown,
  rawClasses: unknown,
): Model {
  const pathway = parse('data/pathway.json', pathwaySchema, rawPathway);
  const classLib = parse('data/drug-classes.json', drugClassLibrarySchema, rawClasses);
  const drugLib = parse('data/drugs.json', drugLibrarySchema, rawDrugs);
  const refLib = parse('data/references.json', referenceLibrarySchema, rawReferences);

  const references = new Map(refLib.references.map((r) => [r.id, r]));
  const cite = citationCheck(references);
  const referenceProblems = duplicates(refLib.references.map((r) => r.id)).map(
    (d) => `duplicate reference id "${d}"`,
  );
  if (referenceProblems.length) throw new DataError('data/references.json', referenceProblems);
  const problems = pathwayProblems(pathway, cite);
  if (problems.length) throw new DataError('data/pathway.json', problems);

  const targetIds = new Set(pathway.nodes.map((n) => n.target ?? n.id));
  const classById = new Map(classLib.classes.map((c) => [c.id, c]));
  const context: DrugContext = {
    targetIds,
    mutationIds: new Set(pathway.mutations.map((m) => m.id)),
    classIds: new Set(classById.keys()),
    cite,
  };
  const drugProblemList = [
    ...classProblems(classLib.classes, targetIds, cite),
    ...drugListProblems(drugLib.drugs, context),
  ];
  if (drugProblemList.length) throw new DataError('data/drugs.json', drugProblemList);
  const drugById = new Map(drugLib.drugs.map((d) => [d.id, d]));
  const nodeById = new Map(pathway.nodes.map((n) => [n.id, n]));
  return { pathway, drugs: drugLib.drugs, classById, references, nodeById, drugById };
}

/** Validates data/presets.json against the model: every mutation id must exist. */
export function loadPresets(raw: unknown, model: Model): Preset[] {
  const lib = parse('data/presets.json', presetLibrarySchema, raw);
  const known = new Set(model.pathway.mutations.map((m) => m.id));
  const problems: string[] = [];
  for (const p of lib.presets)
    for (const m of p.mutations)
      if (!known.has(m)) problems.push(`preset "${p.id}" names unknown mutation "${m}"`);
  if (problems.length) throw new DataError('data/presets.json', problems);
  return lib.presets;
}

/** Validates data/scenarios.json (lecture stories) against the model: drugs, mutations, loops, nodes and references. */
export function loadStories(raw: unknown, model: Model): Story[] {
  const lib = parse('data/scenarios.json', storyLibrarySchema, raw);
  const problems: string[] = [];
  const mutations = new Set(model.pathway.mutations.map((m) => m.id));
  const loops = new Set(model.pathway.loops.map((l) => l.id));
  for (const d of duplicates(lib.stories.map((s) => s.id))) problems.push(`duplicate story id "${d}"`);
  for (const story of lib.stories)
    story.steps.forEach((step, i) => {
      const at = `story "${story.id}" step ${i + 1}`;
      for (const g of step.drugs) {
        const drug = model.drugById.get(g.drug);
        if (!drug) problems.push(`${at} gives unknown drug "${g.drug}"`);
        else if (drug.selectable === false)
          problems.push(`${at} gives "${g.drug}", which cannot be simulated`);
        else if (!drug.doses && typeof g.dose === 'number')
          problems.push(`${at} gives "${g.drug}" in nM but it has no confirmed potency`);
      }
      for (const m of step.mutations)
        if (!mutations.has(m)) problems.push(`${at} names unknown mutation "${m}"`);
      for (const l of [...step.loopsOff, ...(step.pulse ? [step.pulse] : [])])
        if (!loops.has(l)) problems.push(`${at} names unknown loop "${l}"`);
      for (const n of step.focus)
        if (!model.nodeById.has(n)) problems.push(`${at} focuses unknown node "${n}"`);
      for (const r of step.references)
        if (!model.references.has(r)) problems.push(`${at} cites unknown reference "${r}"`);
      for (const c of step.claims) {
        if (!model.pathway.readouts.some((r) => r.id === c.readout))
          problems.push(`${at} claims unknown readout "${c.readout}"`);
        if (c.loop && !loops.has(c.loop)) problems.push(`${at} credits unknown loop "${c.loop}"`);
        if (c.against === 'previous' && i === 0)
          problems.push(`${at} compares with a previous step it lacks`);
      }
    });
  if (problems.length) throw new DataError('data/scenarios.json', problems);
  return lib.stories;
}

/** The data files as parsed JSON, before any check: one field per file of data/. */
export interface RawDataFiles {
  pathway: unknown;
  drugs: unknown;
  references: unknown;
  classes: unknown;
  presets: unknown;
  scenarios: unknown;
}

/** What the app runs on: the model, its cell-context presets and its lecture stories, all validated. */
export interface DataBundle {
  model: Model;
  presets: Preset[];
  stories: Story[];
}

/** Validates every data file (throws DataError naming the file and the bad value) and returns the bundle. */
export function loadDataBundle(files: RawDataFiles): DataBundle {
  const model = loadModel(files.pathway, files.drugs, files.references, files.classes);
  return { model, presets: loadPresets(files.presets, model), stories: loadStories(files.scenarios, model) };
}
