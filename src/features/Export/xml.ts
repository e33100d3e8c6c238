// A small XML writer for the SVG export: every text and attribute value is escaped, characters XML forbids are
// dropped, element and attribute names are checked, and numbers are written short (two decimals).

/**
 * Drops the characters XML 1.0 does not allow anywhere: C0 controls other than tab, newline and return, lone surrogate
 * halves and U+FFFE/U+FFFF. (Iterating a string by code point keeps a valid surrogate pair together.)
 */
function xmlChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) continue;
    out += ch;
  }
  return out;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/** Text content: &, < and > escaped, forbidden characters removed. */
export function escapeText(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value (written in double quotes): also quotes escaped, and whitespace kept as character references. */
export function escapeAttr(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** A number as SVG wants it: rounded to two decimals, no "-0", no exponent for the sizes a figure has. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number in the SVG: ${value}`);
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export type AttrValue = string | number | null | undefined | false;
export type Attrs = Record<string, AttrValue>;

function attrText(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (!NAME.test(name)) throw new Error(`not an XML attribute name: ${name}`);
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeAttr(value)}"`;
  }
  return out;
}

/**
 * One element: `children` are already-written markup (from `el` or `text`); a string `content` is escaped as text.
 * Attributes that are null, undefined or false are left out.
 */
export function el(name: string, attrs: Attrs = {}, children?: string | string[]): string {
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  const inner = Array.isArray(children) ? children.join('') : (children ?? '');
  return inner === '' ? `<${name}${attrText(attrs)}/>` : `<${name}${attrText(attrs)}>${inner}</${name}>`;
}

/** An element whose content is plain text (escaped here). */
export function textEl(name: string, attrs: Attrs, content: string): string {
  return el(name, attrs, escapeText(content));
}
