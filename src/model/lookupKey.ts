// How drug names and synonyms are compared: one key per name, so "NVP-BEZ235", "nvp bez235" and "BEZ235" line up.

/** Normalises a drug name or synonym for lookup: case, spaces, dashes, dots and commas do not count. */
export function lookupKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-_.,/()]+/g, '');
}
