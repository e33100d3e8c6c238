// Reference addresses become links only when they are https: no javascript:, data: or plain-http links from data files.

/** The address when it is a well-formed https URL, else undefined (the citation is then shown as text). */
export function httpsHref(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address).protocol === 'https:' ? address : undefined;
  } catch {
    return undefined;
  }
}
