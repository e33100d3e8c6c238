// How references are cited in the UI: short labels, where each can be read, and review tables named as sources.
import type { Model, Reference } from './types';

/** Where a reference can be read: PubMed, then DOI, then its own address. */
export function referenceHref(ref: Reference): string | undefined {
  if (ref.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`;
  if (ref.doi) return `https://doi.org/${ref.doi}`;
  return ref.url;
}

/** "First author et al. year, journal". */
export function referenceLabel(ref: Reference): string {
  const first = ref.authors.split(',')[0] ?? ref.authors;
  return `${first}${ref.authors.includes(',') ? ' et al.' : ''}${ref.year ? ` ${ref.year}` : ''}, ${ref.journal}`;
}

/** The short label, followed with `showIds` by how it is identified ("(PMID 123)" or "(DOI)"). */
export function citationText(ref: Reference, showIds = false): string {
  const ids = showIds ? (ref.pmid ? ` (PMID ${ref.pmid})` : ref.doi ? ' (DOI)' : '') : '';
  return referenceLabel(ref) + ids;
}

/** The two seed reviews, by the names the drug card uses for them throughout. */
const REVIEW_NAME: Readonly<Record<string, string>> = {
  'seed-mtor-review': 'mTOR review',
  'seed-igf-review': 'IGF review',
};

/** A table row's source: "mTOR review, Table 1", or a reference's short label. */
export function sourceLabel(model: Model, source: string, table?: string): string {
  const ref = model.references.get(source);
  const name = REVIEW_NAME[source] ?? (ref ? referenceLabel(ref) : source);
  return table ? `${name}, Table ${table}` : name;
}
