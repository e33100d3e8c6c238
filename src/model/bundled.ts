// The model shipped with the app: the bundled data files, validated once at first use.
import drugs from '../../data/drugs.json' with { type: 'json' };
import pathway from '../../data/pathway.json' with { type: 'json' };
import presets from '../../data/presets.json' with { type: 'json' };
import references from '../../data/references.json' with { type: 'json' };
import type { Model, Preset } from './types';
import { loadModel, loadPresets } from './validate';

let cached: Model | undefined;

/** The validated bundled model (throws DataError naming the bad id if the data are inconsistent). */
export function bundledModel(): Model {
  cached ??= loadModel(pathway, drugs, references);
  return cached;
}

let cachedPresets: Preset[] | undefined;

/** The bundled cell-context presets, validated against the model. */
export function bundledPresets(): Preset[] {
  cachedPresets ??= loadPresets(presets, bundledModel());
  return cachedPresets;
}
