// A drug's mechanism in plain words, composed from its class, its mechanism and its data (no per-drug prose needed).
import type { Drug, DrugClass, Model } from './types';

const CLASS_TEXT: Record<DrugClass, string> = {
  rapalog:
    'A rapalog: with the cell protein FKBP12 it binds the FRB domain of mTOR inside mTORC1 and keeps substrates away. S6K1 is shut off; 4E-BP1 only in part, and mTORC2 is left alone in the short term.',
  'mtor-kinase-inhibitor':
    'An ATP-competitive mTOR kinase inhibitor: it occupies the catalytic site shared by mTORC1 and mTORC2, so S6K1, 4E-BP1 and AKT S473 all lose their phosphate.',
  'pi3k-mtor-dual':
    'A PI3K/mTOR dual inhibitor: the catalytic sites of class I PI3K and mTOR are close relatives, and this compound fills both, cutting the pathway at its top and its middle.',
  'pi3k-inhibitor':
    'A class I PI3K inhibitor: it stops PIP3 production, so PDK1 and mTORC2 can no longer activate AKT at the membrane.',
  'akt-inhibitor':
    'An AKT inhibitor: it stops AKT from phosphorylating PRAS40, TSC2, FOXO and its other substrates.',
  'egfr-tki':
    'An EGFR tyrosine kinase inhibitor: it sits in the ATP pocket of EGFR, so the receptor can phosphorylate neither itself nor its partners.',
  'egfr-antibody':
    'An anti-EGFR antibody: it binds the receptor outside the cell and keeps EGF-family ligands from activating it.',
  'her2-antibody':
    'An anti-HER2 antibody: it binds the extracellular part of HER2 and blocks the dimers HER2 signals through.',
  'her2-adc':
    'An antibody–drug conjugate: an anti-HER2 antibody that also delivers a cytotoxic payload into HER2-expressing cells.',
  'her2-tki':
    'A HER2 tyrosine kinase inhibitor: it blocks the kinase of HER2 (and, for most, EGFR), so HER3 in the dimer is not phosphorylated either.',
  'igf1r-antibody':
    'An IGF-1R antibody: it blocks IGF-1 and IGF-2 from binding IGF-1R and, for several, pulls the receptor into the cell for degradation. It spares the insulin receptor, so IGF-2 can still act through InsR-A.',
  'igf1r-tki':
    'An IGF-1R kinase inhibitor: the kinase domains of IGF-1R and the insulin receptor are nearly identical, so such compounds usually block both.',
  'igf-ligand-antibody':
    'A ligand-neutralising antibody: it binds IGF-1 and IGF-2 themselves, so neither IGF-1R nor InsR-A is driven by them.',
  'mek-inhibitor':
    'A MEK inhibitor: it binds next to the ATP site of MEK1/2 and locks it inactive. ERK falls, and with ERK the brakes it puts on RAF and SOS, so MEK phosphorylation rises.',
  'src-inhibitor':
    'A SRC inhibitor: it blocks SRC, a kinase switched on by EGFR, HER2 and IGF-1R that also feeds focal adhesion signalling.',
};

const GENERATION = ['', 'first', 'second', 'third', 'fourth'];

/** One paragraph on how the drug acts, for the drug card. */
export function describeMechanism(model: Model, drug: Drug): string {
  const parts = [CLASS_TEXT[drug.class]];
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
        nM: v.value_nM,
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
