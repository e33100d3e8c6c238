// A drug's mechanism in plain words, composed from its class, its mechanism and its data (no per-drug prose needed).
import type { Drug, Model } from './types';

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

/** Rows of the selectivity chart: one per target (and isoform), best potency first within the fixed order. */
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
const ISO_SYMBOL: Record<string, string> = { alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ' };

export function selectivityRows(model: Model, drug: Drug): SelectivityRow[] {
  const byKey = new Map<string, SelectivityRow>();
  for (const t of drug.targets) {
    const key = `${t.target}${t.target === 'PI3K' ? `:${t.isoform ?? ''}` : ''}`;
    const node =
      model.pathway.nodes.find((n) => (n.target ?? n.id) === t.target && n.compartment !== 'systemic') ??
      model.pathway.nodes.find((n) => (n.target ?? n.id) === t.target);
    const label =
      t.target === 'PI3K'
        ? `PI3K${t.isoform ? ISO_SYMBOL[t.isoform] : ''}`
        : t.target === 'INSR'
          ? 'InsR'
          : t.target === 'MTORC1' || t.target === 'MTORC2'
            ? `mTOR (${t.target === 'MTORC1' ? 'C1' : 'C2'})`
            : (node?.label ?? t.target);
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
