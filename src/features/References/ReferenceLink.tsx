// One reference as a short citation, linked to PubMed, its DOI or its https address (new tab) when the data have one.
import { citationText, referenceHref } from '../../model/cite';
import type { Model } from '../../model/types';
import { httpsHref } from './httpsOnly';

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
  const href = httpsHref(referenceHref(ref));
  const text = citationText(ref, showIds);
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
  ids: readonly string[];
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
