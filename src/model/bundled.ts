// The model shipped with the app: the bundled data files, validated once at first use.
import classes from '../../data/drug-classes.json' with { type: 'json' };
import drugs from '../../data/drugs.json' with { type: 'json' };
import pathway from '../../data/pathway.json' with { type: 'json' };
import presets from '../../data/presets.json' with { type: 'json' };
import references from '../../data/references.json' with { type: 'json' };
import scenarios from '../../data/scenarios.json' with { type: 'json' };
import type { Model, Preset, Story } from './types';
import { loadModel, loadPresets, loadStories, type RawDataFiles } from './validate';

export { type DataBundle, loadDataBundle, type RawDataFiles } from './validate';

/** The bundled data files as imported, unchecked. */
export const BUNDLED_DATA_FILES: RawDataFiles = { pathway, drugs, references, classes, presets, scenarios };

let cached: Model | undefined;

/** The validated bundled model (throws DataError naming the bad id if the data are inconsistent). */
export function bundledModel(): Model {
  cached ??= loadModel(pathway, drugs, references, classes);
  return cached;
}

let cachedPresets: Preset[] | undefined;

/** The bundled cell-context presets, validated against the model. */
export function bundledPresets(): Preset[] {
  cachedPresets ??= loadPresets(presets, bundledModel());
  return cachedPresets;
}

let cachedStories: Story[] | undefined;

/** The bundled lecture stories, validated against the model. */
export function bundledStories(): Story[] {
  cachedStories ??= loadStories(scenarios, bundledModel());
  return cachedStories;
}
