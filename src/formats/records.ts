// Lossless flat encodings of the model's records (nodes, edges, loops, readouts, mutations, references): plain values
// become attributes a person can read; anything else (nested objects, fields added later) travels as one JSON value.

const NUMBERS = new Set([
  'basal',
  'weight',
  'ec50',
  'hill',
  'allostericSensitivity',
  'value',
  'fold',
  'year',
  'turnover',
  'removalScale',
  'downregulation',
]);
const BOOLEANS = new Set(['autophosphorylation', 'small', 'ligandIndependent', 'homodimer', 'seed']);
const ID_LISTS = new Set(['references', 'path', 'cancels', 'mutations']);
const NUMBER_LISTS = new Set(['egfrGenerations']);

/** Name of the attribute that carries, as JSON, whatever has no plain attribute form. */
export const EXTRA = 'extra';

type Plain = string | number | boolean;

/** Encodes a record as string attributes (for XML); fields in `skip` are left out. */
export function toXmlAttrs(record: object, skip: readonly string[] = []): Record<string, string> {
  const attrs: Record<string, string> = {};
  const extra: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(record)) {
    if (skip.includes(k) || value === undefined) continue;
    if (k === EXTRA) extra[k] = value;
    // XML parsers turn line breaks and tabs in attributes into spaces; such text travels in the JSON part instead.
    else if (
      typeof value === 'string' &&
      !/[\n\r\t]/.test(value) &&
      !NUMBERS.has(k) &&
      !BOOLEANS.has(k) &&
      !ID_LISTS.has(k)
    )
      attrs[k] = value;
    else if (typeof value === 'number' && NUMBERS.has(k)) attrs[k] = String(value);
    else if (typeof value === 'boolean' && BOOLEANS.has(k)) attrs[k] = String(value);
    else if (
      Array.isArray(value) &&
      ID_LISTS.has(k) &&
      value.every((x) => typeof x === 'string' && x !== '' && !/\s/.test(x))
    )
      attrs[k] = value.join(' ');
    else if (Array.isArray(value) && NUMBER_LISTS.has(k) && value.every((x) => typeof x === 'number'))
      attrs[k] = value.join(' ');
    else extra[k] = value;
  }
  if (Object.keys(extra).length) attrs[EXTRA] = JSON.stringify(extra);
  return attrs;
}

/** Decodes attributes written by toXmlAttrs (namespace declarations are ignored). */
export function fromXmlAttrs(attrs: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(attrs)) {
    if (k.startsWith('xmlns') || k === EXTRA) continue;
    if (NUMBERS.has(k)) out[k] = Number(value);
    else if (BOOLEANS.has(k)) out[k] = value === 'true';
    else if (ID_LISTS.has(k)) out[k] = value.split(/\s+/).filter(Boolean);
    else if (NUMBER_LISTS.has(k)) out[k] = value.split(/\s+/).filter(Boolean).map(Number);
    else out[k] = value;
  }
  if (attrs[EXTRA] !== undefined) Object.assign(out, JSON.parse(attrs[EXTRA]) as object);
  return out;
}

/** Encodes a record as JSON attributes (for CX2 and Cytoscape.js): plain values and lists of them as they are, the rest as one JSON string. */
export function toFlatAttrs(record: object, skip: readonly string[] = []): Record<string, Plain | Plain[]> {
  const out: Record<string, Plain | Plain[]> = {};
  const extra: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(record)) {
    if (skip.includes(k) || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[k] = value;
    else if (
      Array.isArray(value) &&
      value.length > 0 &&
      (value.every((x) => typeof x === 'string') || value.every((x) => typeof x === 'number'))
    )
      out[k] = value as Plain[];
    else extra[k] = value;
  }
  if (Object.keys(extra).length) out[EXTRA] = JSON.stringify(extra);
  return out;
}

/** Decodes attributes written by toFlatAttrs, leaving out the keys in `drop`. */
export function fromFlatAttrs(
  attrs: Record<string, unknown>,
  drop: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(attrs)) if (k !== EXTRA && !drop.includes(k)) out[k] = value;
  if (typeof attrs[EXTRA] === 'string') Object.assign(out, JSON.parse(attrs[EXTRA]) as object);
  return out;
}
