// The app's model from the data files bundled with it, assembled without the runtime schema check (the build has
// already checked these very files: vite.config.ts, bundledDataCheck) and with the reference list fetched on demand,
// so a first visit downloads neither the validator nor the bibliography.
import classes from '../../data/drug-classes.json' with { type: 'json' };
import drugs from '../../data/drugs.json' with { type: 'json' };
import pathway from '../../data/pathway.json' with { type: 'json' };
import presets from '../../data/presets.json' with { type: 'json' };
import scenarios from '../../data/scenarios.json' with { type: 'json' };
import type { Drug, DrugClassInfo, Model, Pathway, Preset, Reference, Story } from './types';

/** The model, presets and stories the app starts from. */
export interface BundledData {
  model: Model;
  presets: Preset[];
  stories: Story[];
}

/**
 * The model's references: empty until loadBundledReferences() has filled it, and reading it before then throws, so a
 * feature that forgot to wait fails loudly instead of citing nothing.
 */
class BundledReferences extends Map<string, Reference> {
  loaded = false;
  private ready(): void {
    if (!this.loaded) throw new Error('References are not loaded yet: await loadBundledReferences() first');
  }
  override get(id: string): Reference | undefined {
    this.ready();
    return super.get(id);
  }
  override has(id: string): boolean {
    this.ready();
    return super.has(id);
  }
  override get size(): number {
    this.ready();
    return super.size;
  }
  override forEach(fn: (value: Reference, key: string, map: Map<string, Reference>) => void): void {
    this.ready();
    super.forEach(fn);
  }
  override entries(): MapIterator<[string, Reference]> {
    this.ready();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.ready();
    return super.keys();
  }
  override values(): MapIterator<Reference> {
    this.ready();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, Reference]> {
    return this.entries();
  }
}

const bundledReferences = new BundledReferences();
let referencesLoading: Promise<void> | undefined;

/** Fetches data/references.json into the bundled model (once); features that cite await it before they render. */
export function loadBundledReferences(): Promise<void> {
  referencesLoading ??= import('../../data/references.json').then((file) => {
    for (const r of file.default.references as unknown as Reference[]) bundledReferences.set(r.id, r);
    bundledReferences.loaded = true;
  });
  return referencesLoading;
}

let cached: BundledData | undefined;

/**
 * The bundled data as the app's model. The JSON is taken as typed because the build refused any file that fails
 * src/model/validate.ts; should it still not hold together here, this throws and the caller runs the validator for a
 * message that names the problem (see checkedBundledData).
 */
export function bundledData(): BundledData {
  if (cached) return cached;
  // The casts are what the build-time check vouches for; tests/unit/data.test.ts validates the same files.
  const p = pathway as unknown as Pathway;
  const drugList = drugs.drugs as unknown as Drug[];
  const classList = classes.classes as unknown as DrugClassInfo[];
  const model: Model = {
    pathway: p,
    drugs: drugList,
    classById: new Map(classList.map((c) => [c.id, c])),
    references: bundledReferences,
    nodeById: new Map(p.nodes.map((n) => [n.id, n])),
    drugById: new Map(drugList.map((d) => [d.id, d])),
  };
  if (!model.nodeById.size || !model.drugById.size)
    throw new Error('the bundled data hold no nodes or no drugs');
  cached = {
    model,
    presets: presets.presets as unknown as Preset[],
    stories: scenarios.stories as unknown as Story[],
  };
  return cached;
}

/** The bundled data through the full validator (loaded on demand): throws its DataError naming the bad value. */
export async function checkedBundledData(): Promise<BundledData> {
  const [{ loadModel, loadPresets, loadStories }, { default: references }] = await Promise.all([
    import('./validate'),
    import('../../data/references.json'),
  ]);
  const model = loadModel(pathway, drugs, references, classes);
  return { model, presets: loadPresets(presets, model), stories: loadStories(scenarios, model) };
}
