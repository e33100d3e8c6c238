// A small ordered XML tree over fast-xml-parser: parse (with the line of the first syntax error), build, and look up
// elements and attributes by local name, whatever prefix a writer chose for its namespace.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { FormatError } from './errors';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (its text children joined, trimmed). */
  text: string;
}

type Ordered = Record<string, unknown>;

const ATTR = '@_';

/** The part of a qualified name after its prefix. */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function fromOrdered(list: Ordered[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const item of list) {
    const name = Object.keys(item).find((k) => k !== ':@');
    if (!name || name === '#text' || name.startsWith('?')) continue;
    const rawAttrs = (item[':@'] ?? {}) as Record<string, unknown>;
    const attrs: Record<string, string> = {};
    for (const [k, value] of Object.entries(rawAttrs)) attrs[k.slice(ATTR.length)] = String(value);
    const kids = (item[name] ?? []) as Ordered[];
    const text = kids
      .filter((k) => '#text' in k)
      .map((k) => String(k['#text']))
      .join('')
      .trim();
    out.push({ name, attrs, children: fromOrdered(kids), text });
  }
  return out;
}

/** Parses an XML document to its root element; a malformed one throws a FormatError naming the line and column. */
export function parseXml(text: string, format: string): XmlElement {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const valid = XMLValidator.validate(body);
  if (valid !== true)
    throw new FormatError(format, `line ${valid.err.line}, column ${valid.err.col}`, valid.err.msg);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
  });
  const root = fromOrdered(parser.parse(body) as Ordered[])[0];
  if (!root) throw new FormatError(format, 'line 1', 'the file has no root element');
  return root;
}

function toOrdered(el: XmlElement): Ordered {
  const kids: Ordered[] = el.children.map(toOrdered);
  if (el.text) kids.unshift({ '#text': el.text });
  const node: Ordered = { [el.name]: kids };
  const attrs = Object.entries(el.attrs);
  if (attrs.length) node[':@'] = Object.fromEntries(attrs.map(([k, value]) => [`${ATTR}${k}`, value]));
  return node;
}

/** Serialises a tree as an indented UTF-8 XML document. */
export function buildXml(root: XmlElement): string {
  const builder = new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    processEntities: true,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${(builder.build([toOrdered(root)]) as string).trim()}\n`;
}

/** An element; attributes with undefined values are left out, the rest written as strings. */
export function el(
  name: string,
  attrs: Record<string, string | number | boolean | undefined> = {},
  children: Array<XmlElement | undefined | false> = [],
  text = '',
): XmlElement {
  const clean: Record<string, string> = {};
  for (const [k, value] of Object.entries(attrs)) if (value !== undefined) clean[k] = String(value);
  return { name, attrs: clean, children: children.filter((c): c is XmlElement => !!c), text };
}

/** Child elements with this local name. */
export function kids(parent: XmlElement | undefined, local: string): XmlElement[] {
  return parent ? parent.children.filter((c) => localName(c.name) === local) : [];
}

/** The first child element with this local name. */
export function kid(parent: XmlElement | undefined, local: string): XmlElement | undefined {
  return parent?.children.find((c) => localName(c.name) === local);
}

/** Every descendant with this local name, in document order. */
export function descendants(parent: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (localName(c.name) === local) out.push(c);
      walk(c);
    }
  };
  walk(parent);
  return out;
}

/** An attribute by local name (qual:id, id), skipping namespace declarations. */
export function attr(e: XmlElement | undefined, local: string): string | undefined {
  if (!e) return undefined;
  if (local in e.attrs) return e.attrs[local];
  for (const [k, value] of Object.entries(e.attrs))
    if (!k.startsWith('xmlns') && localName(k) === local) return value;
  return undefined;
}

/** The namespace URI an element declares for its own prefix (or its default namespace). */
export function declaredNamespace(e: XmlElement): string | undefined {
  const i = e.name.indexOf(':');
  return i < 0 ? e.attrs.xmlns : e.attrs[`xmlns:${e.name.slice(0, i)}`];
}
