// Literature cases (the project's copies in data/validation) and the scenario the scorer makes of each (kept identical to score.mjs).
import { readFileSync } from 'node:fs';

export interface LiteratureCase {
  id: string;
  context?: { mutations?: string[] };
  treatment?: Array<{ drug: string; dose: 'low' | 'high' | number }>;
  reference_treatment?: Array<{ drug: string; dose: 'low' | 'high' | number }>;
  comparison: string;
  readout: string;
  expected: string;
  timescale: string;
  citation: string;
  kind?: 'direct' | 'resistance' | 'feedback' | 'mutation';
  conflict?: string;
}

/** The shared public cases (data/validation/shared-cases.json) or the project's own (data/validation/cases.json). */
export function readCases(set: 'shared' | 'project' = 'shared'): LiteratureCase[] {
  const file = set === 'shared' ? 'shared-cases.json' : 'cases.json';
  return JSON.parse(readFileSync(new URL(`../../data/validation/${file}`, import.meta.url), 'utf8'));
}

/** The contract scenario for a case, as score.mjs builds it. */
export function scenarioOf(c: LiteratureCase): Record<string, unknown> {
  const context = { mutations: (c.context?.mutations ?? []).filter((m) => m !== 'none') };
  const scenario: Record<string, unknown> = {
    id: c.id,
    context,
    treatment: c.treatment ?? [],
    timescale: c.timescale.startsWith('acute') ? 'acute' : 'sustained',
    readouts: [c.readout],
  };
  if (c.comparison === 'mutant_vs_wildtype')
    scenario.reference = { context: { mutations: [] }, treatment: c.treatment ?? [] };
  else if (c.comparison === 'combo_vs_single' || c.comparison === 'drug_vs_drug')
    scenario.reference = { context, treatment: c.reference_treatment };
  return scenario;
}
