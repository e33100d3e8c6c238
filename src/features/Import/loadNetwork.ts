// Reads a network file into a model the app can show (loaded on demand: the format readers stay out of the first
// download): the importer and the data checks of src/formats, plus a knock-out and a forced-on switch for every node.
import { assembleModel } from '../../formats/assemble';
import { importNetwork } from '../../formats/index';
import { bundledModel } from '../../model/bundled';
import type { Model } from '../../model/types';
import type { ShownNetwork } from '../../stores/networkStore';
import { clampMutations } from './clamps';
import { storyFromState } from './story';

/** The opened network from a file's text; a bad file throws a FormatError naming its line or element. */
export function readNetworkFile(text: string, fileName: string): ShownNetwork {
  if (!text.trim()) throw new Error(`${fileName} is empty`);
  const imported = importNetwork(text, fileName);
  const pathway = imported.pathway as { nodes?: Array<{ id: string }>; mutations?: Array<{ id: string }> };
  const nodes = Array.isArray(pathway.nodes) ? pathway.nodes : [];
  if (nodes.length === 0) throw new Error(`${fileName}: the file describes no nodes`);
  const existing = Array.isArray(pathway.mutations) ? pathway.mutations : [];
  pathway.mutations = [...existing, ...clampMutations(nodes, new Set(existing.map((m) => m.id)))];
  const base = bundledModel();
  const model = assembleModel(imported, base);
  const simulatable = (d: Model['drugs'][number]) => d.selectable !== false && d.targets.length > 0;
  const name = imported.name || fileName;
  return {
    model,
    name,
    makeStory: (state) => storyFromState(model, name, state),
    fileName,
    format: imported.format,
    warnings: imported.warnings,
    drugsApplying: model.drugs.filter(simulatable).length,
    drugsTotal: base.drugs.filter(simulatable).length,
  };
}
