// The formats in one place: which format a file is, import to a runnable model, export a model to any format.
import type { ScenarioResult } from '../engine/scenario';
import type { Model } from '../model/types';
import { assembleModel, type ImportedNetwork } from './assemble';
import { exportBnet, importBnet } from './bnet';
import { exportCx2, importCx2 } from './cx2';
import { exportCyjs, importCyjs } from './cyjs';
import { FormatError } from './errors';
import { exportSbmlQual, importSbmlQual } from './sbml';
import { exportSif, importSif } from './sif';

export type { ImportedNetwork } from './assemble';
export { FormatError } from './errors';

export const FORMAT_IDS = ['sbml-qual', 'cx2', 'cyjs', 'sif', 'bnet'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** File name extension for each format. */
export const EXTENSIONS: Record<FormatId, string> = {
  'sbml-qual': 'sbml',
  cx2: 'cx2',
  cyjs: 'cyjs',
  sif: 'sif',
  bnet: 'bnet',
};

/** The format of a file, from its name where that says, else from its first characters. */
export function detectFormat(text: string, fileName = ''): FormatId {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'sbml') return 'sbml-qual';
  if (ext === 'cx2') return 'cx2';
  if (ext === 'cyjs') return 'cyjs';
  if (ext === 'sif') return 'sif';
  if (ext === 'bnet') return 'bnet';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'sbml-qual';
  if (head.startsWith('[')) return /^\[\s*\{\s*"CXVersion"/.test(head) ? 'cx2' : 'cyjs';
  if (head.startsWith('{')) return 'cyjs';
  const firstRule = head.split(/\r?\n/).find((l) => l.trim() && !l.trim().startsWith('#')) ?? '';
  return firstRule.includes(',') ? 'bnet' : 'sif';
}

/** Reads a network file in any supported format (detected when not given); bad files throw a FormatError. */
export function importNetwork(text: string, fileName = '', format?: FormatId): ImportedNetwork {
  const f = format ?? detectFormat(text, fileName);
  switch (f) {
    case 'sbml-qual':
      return importSbmlQual(text, fileName || undefined);
    case 'cx2':
      return importCx2(text, fileName || undefined);
    case 'cyjs':
      return importCyjs(text, fileName || undefined);
    case 'sif':
      return importSif(text, fileName || undefined);
    case 'bnet':
      return importBnet(text, fileName || undefined);
  }
}

/** A runnable model from a network file (drugs from `base` wherever their targets match), with the importer's warnings. */
export function loadNetworkModel(
  text: string,
  fileName = '',
  base?: Model,
): { model: Model; imported: ImportedNetwork } {
  const imported = importNetwork(text, fileName);
  return { model: assembleModel(imported, base), imported };
}

export interface ExportOptions {
  name?: string;
  /** For CX2: simulated values to attach as node attributes. */
  result?: ScenarioResult;
  resultLabel?: string;
}

/** A model written in one format. */
export function exportNetwork(model: Model, format: FormatId, options: ExportOptions = {}): string {
  switch (format) {
    case 'sbml-qual':
      return exportSbmlQual(model, options.name);
    case 'cx2':
      return exportCx2(model, options);
    case 'cyjs':
      return exportCyjs(model, options.name);
    case 'sif':
      return exportSif(model);
    case 'bnet':
      return exportBnet(model);
    default:
      throw new FormatError('export', `format "${String(format)}"`, `unknown; use ${FORMAT_IDS.join(', ')}`);
  }
}
