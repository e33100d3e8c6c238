// One reference as a short citation, linked to PubMed or its DOI (new tab) when the data have one.
import type { Model, Reference } from '../../model/types';

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

export function ReferenceLink({
  model,
  id,
  showIds = false,
}: {
  model: Model;
  id: string;
  showIds?: boolean;
}) {
  const ref = model.references.get(id);
  if (!ref) return null;
  const href = referenceHref(ref);
  const text =
    referenceLabel(ref) + (showIds ? (ref.pmid ? ` (PMID ${ref.pmid})` : ref.doi ? ' (DOI)' : '') : '');
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" title={ref.title}>
      {text}
    </a>
  ) : (
    <span title={ref.title}>{text}</span>
  );
}

/** Several references separated by a delimiter. */
export function ReferenceList({
  model,
  ids,
  separator = '; ',
  showIds = false,
}: {
  model: Model;
  ids: string[];
  separator?: string;
  showIds?: boolean;
}) {
  return (
    <>
      {ids
        .filter((id) => model.references.has(id))
        .map((id, i) => (
          <span key={id}>
            {i > 0 && separator}
            <ReferenceLink model={model} id={id} showIds={showIds} />
          </span>
        ))}
    </>
  );
}
