// Model facts in plain words for the UI: a drug's mechanism (from its class, mechanism and data, no per-drug prose),
// its potencies by target, concentrations, node titles and timescales.
import { targetLabel } from './drugs';
import type { Drug, Model, StoryStep } from './types';

const GENERATION = ['', 'first', 'second', 'third', 'fourth'];

/** One paragraph on how the drug acts, for the drug card. */
export function describeMechanism(model: Model, drug: Drug): string {
  const parts = [model.classById.get(drug.class)?.description ?? ''];
  if (drug.egfrGeneration)
    parts.push(
      `It belongs to the ${GENERATION[drug.egfrGeneration]} generation of EGFR inhibitors${drug.mechanism === 'covalent' ? ' and bonds covalently to cysteine 797' : ''}.`,
    );
  else if (drug.mechanism === 'covalent')
    parts.push('It bonds covalently to a cysteine in the ATP pocket, so the block outlasts the drug.');
  if (drug.mechanismText) parts.push(drug.mechanismText);
  const measured = drug.targets.filter((t) => t.value_nM !== null || (t.variants?.length ?? 0) > 0);
  if (drug.selectable === false) parts.push(drug.unselectableReason ?? 'It cannot be simulated.');
  else if (measured.length === 0)
    parts.push(
      'No potency has been confirmed from a source here, so the model gives it at relative doses only (low ≈ IC50, high ≈ complete block).',
    );
  else if (!drug.doses)
    parts.push(
      'Its potency is confirmed for some targets or mutant forms but not for all, so the model gives it at relative doses only (low ≈ IC50, high ≈ complete block).',
    );
  return parts.join(' ');
}

/** One row of the selectivity chart: a target (and isoform), or a measured mutant form of it. */
export interface SelectivityRow {
  key: string;
  label: string;
  /** Potency in nM, or null when not determined. */
  nM: number | null;
  qualifier?: '>' | '<';
  measure?: string;
  /** The target row a mutant-form row belongs under (its own key for a target row). */
  baseKey: string;
}

const ROW_ORDER = [
  'MTORC1',
  'MTORC2',
  'PI3K:alpha',
  'PI3K:beta',
  'PI3K:gamma',
  'PI3K:delta',
  'PI3K:',
  'DNAPK',
];
/** The mTOR review's tables give the two complexes as one kinase's: the chart keeps its row names. */
const ROW_LABEL: Readonly<Record<string, string>> = { MTORC1: 'mTOR (C1)', MTORC2: 'mTOR (C2)' };

/** Rows of the selectivity chart: one per target (and isoform), best potency first within the fixed order. */
export function selectivityRows(model: Model, drug: Drug): SelectivityRow[] {
  const byKey = new Map<string, SelectivityRow>();
  for (const t of drug.targets) {
    const key = `${t.target}${t.target === 'PI3K' ? `:${t.isoform ?? ''}` : ''}`;
    const label = ROW_LABEL[t.target] ?? targetLabel(model, t);
    const prev = byKey.get(key);
    // Several reported values for one target: show the most potent, as the table does first.
    if (!prev || (t.value_nM !== null && (prev.nM === null || t.value_nM < prev.nM)))
      byKey.set(key, {
        key,
        label,
        nM: t.value_nM,
        qualifier: t.qualifier,
        measure: t.measure,
        baseKey: key,
      });
    // Measured mutant forms get their own rows under the target, e.g. "EGFR L858R/T790M".
    for (const v of t.variants ?? []) {
      const forms = v.mutations.map((m) => mutationForm(model, m)).join('/');
      const variantKey = `${key}|${v.mutations.join('+')}`;
      byKey.set(variantKey, {
        key: variantKey,
        label: `${label} ${forms}`,
        nM: v.value_nM ?? (t.value_nM !== null && v.foldVsWildType ? t.value_nM * v.foldVsWildType : null),
        qualifier: v.qualifier,
        measure: t.measure,
        baseKey: key,
      });
    }
  }
  const rank = (k: string) => {
    const i = ROW_ORDER.indexOf(k);
    return i < 0 ? ROW_ORDER.length : i;
  };
  const baseLabel = (r: SelectivityRow) => byKey.get(r.baseKey)?.label ?? r.label;
  return [...byKey.values()].sort(
    (a, b) =>
      rank(a.baseKey) - rank(b.baseKey) ||
      baseLabel(a).localeCompare(baseLabel(b)) ||
      Number(a.key !== a.baseKey) - Number(b.key !== b.baseKey),
  );
}

/** The mutant form a mutation names, without its gene: "EGFR L858R" → "L858R". */
function mutationForm(model: Model, mutationId: string): string {
  const label = model.pathway.mutations.find((m) => m.id === mutationId)?.label ?? mutationId;
  return label.split(' ').slice(1).join(' ') || label;
}

/** Formats a concentration in nM as a short human string (0.5 nM, 120 nM, 3 µM). */
export function formatNM(nM: number): string {
  if (nM >= 1000) return `${Number((nM / 1000).toPrecision(2))} µM`;
  if (nM >= 1) return `${Number(nM.toPrecision(2))} nM`;
  return `${Number((nM * 1000).toPrecision(2))} pM`;
}

/** A chart row's potency in words: "4 nM", ">10 µM", "30 nM (Kd)", "not determined", or "not listed" without a row. */
export function potencyText(row: SelectivityRow | undefined): string {
  if (!row) return 'not listed';
  if (row.nM === null) return 'not determined';
  const measure = row.measure && row.measure !== 'IC50' ? ` (${row.measure})` : '';
  return `${row.qualifier ?? ''}${formatNM(row.nM)}${measure}`;
}

/** A node's title: a site is named with its protein ("AKT pS473"). */
export function nodeTitle(model: Model, nodeId: string): string {
  const node = model.nodeById.get(nodeId);
  const parent = node?.parent ? model.nodeById.get(node.parent) : undefined;
  return parent ? `${parent.label} ${node?.label}` : (node?.label ?? nodeId);
}

/** How long after dosing each timescale looks. */
export const TIMESCALE_LABEL: Readonly<Record<StoryStep['timescale'], string>> = {
  acute: '1 hour',
  sustained: '24 hours',
};

/** The selectivity chart's table: every row any of the drugs has (first seen first), and each drug's rows by key. */
export interface SelectivityTable {
  rows: Array<{ key: string; label: string }>;
  byDrug: Array<Map<string, SelectivityRow>>;
}

export function selectivityTable(model: Model, drugs: readonly Drug[]): SelectivityTable {
  const byDrug = drugs.map((d) => new Map(selectivityRows(model, d).map((r) => [r.key, r])));
  const rows: SelectivityTable['rows'] = [];
  for (const drugRows of byDrug)
    for (const r of drugRows.values())
      if (!rows.some((k) => k.key === r.key)) rows.push({ key: r.key, label: r.label });
  return { rows, byDrug };
}

/** The chart in words, for its accessible name: "Potency by target: PI3Kα 4 nM; DNA-PK not determined". */
export function selectivitySummary(table: SelectivityTable, drugs: readonly Drug[]): string {
  const cell = (key: string, d: Drug, i: number) =>
    `${drugs.length > 1 ? `${d.name} ` : ''}${potencyText(table.byDrug[i]?.get(key))}`;
  const row = (r: SelectivityTable['rows'][number]) =>
    `${r.label} ${drugs.map((d, i) => cell(r.key, d, i)).join(', ')}`;
  return `Potency by target: ${table.rows.map(row).join('; ')}`;
}
