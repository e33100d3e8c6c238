// SBML Level 3 with the qual package, both ways. Written: one qualitative species per node, one transition per node
// with inputs, signed inputs and the node's rule as a function term, positions in the layout package, references as
// MIRIAM annotations, and every parameter (weights, EC50s, Hill n, speeds, basal levels, drug, loop, readout and
// mutation data) in annotations of the app's own namespace, so the app rereads its own file without loss. Read: the
// app's own files from those annotations; files from Cell Collective, GINsim, bioLQM and others from their rules.
import type { Model, Pathway, PathwayEdge, Reference } from '../model/types';
import {
  type DraftEdge,
  type DraftNode,
  draftToPathway,
  FILE_REFERENCE,
  type ImportedNetwork,
  safeId,
} from './assemble';
import { FormatError } from './errors';
import {
  type Expr,
  FALSE,
  nodeRule,
  or,
  plainIdentifiers,
  RuleTooComplex,
  ruleToEdges,
  TRUE,
  toDnf,
} from './logic';
import { citedReferenceIds } from './native';
import { fromXmlAttrs, toXmlAttrs } from './records';
import { uniprotIds } from './targetAliases';
import {
  attr,
  buildXml,
  declaredNamespace,
  descendants,
  el,
  kid,
  kids,
  localName,
  parseXml,
  type XmlElement,
} from './xml';

/** The app's annotation namespace. */
export const PATHWAY_LENS_NS = 'urn:pathway-lens:sbml-annotation:1';
const CORE = 'http://www.sbml.org/sbml/level3/version1/core';
const QUAL = 'http://www.sbml.org/sbml/level3/version1/qual/version1';
const LAYOUT = 'http://www.sbml.org/sbml/level3/version1/layout/version1';
const MATHML = 'http://www.w3.org/1998/Math/MathML';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const BQBIOL = 'http://biomodels.net/biology-qualifiers/';
const BQMODEL = 'http://biomodels.net/model-qualifiers/';
const XHTML = 'http://www.w3.org/1999/xhtml';
const FORMAT = 'SBML';
/** Glyph size in the layout (even, so a node's centre converts to a corner and back exactly). */
const GLYPH = { width: 90, height: 30 };

/** identifiers.org URIs (MIRIAM) for the references that have a PubMed id or a DOI. */
function miriamUris(ids: readonly string[], references: ReadonlyMap<string, Reference>): string[] {
  const uris: string[] = [];
  for (const id of ids) {
    const r = references.get(id);
    if (r?.pmid) uris.push(`https://identifiers.org/pubmed:${r.pmid}`);
    else if (r?.doi) uris.push(`https://identifiers.org/doi:${r.doi}`);
  }
  return [...new Set(uris)];
}

function rdf(metaid: string, qualifier: string, uris: string[]): XmlElement | undefined {
  if (uris.length === 0) return undefined;
  return el('rdf:RDF', { 'xmlns:rdf': RDF, 'xmlns:bqbiol': BQBIOL, 'xmlns:bqmodel': BQMODEL }, [
    el('rdf:Description', { 'rdf:about': `#${metaid}` }, [
      el(qualifier, {}, [
        el(
          'rdf:Bag',
          {},
          uris.map((u) => el('rdf:li', { 'rdf:resource': u })),
        ),
      ]),
    ]),
  ]);
}

function notes(text: string): XmlElement {
  return el('notes', {}, [el('body', { xmlns: XHTML }, [el('p', {}, [], text)])]);
}

function mathml(expr: Expr, sid: Map<string, string>): XmlElement {
  const level = (id: string, value: number) =>
    el('apply', {}, [
      el('eq'),
      el('ci', {}, [], sid.get(id) ?? id),
      el('cn', { type: 'integer' }, [], String(value)),
    ]);
  switch (expr.kind) {
    case 'const':
      return el(expr.value ? 'true' : 'false');
    case 'var':
      return level(expr.id, 1);
    case 'not':
      return expr.arg.kind === 'var'
        ? level(expr.arg.id, 0)
        : el('apply', {}, [el('not'), mathml(expr.arg, sid)]);
    default:
      return expr.args.length === 1
        ? mathml(expr.args[0] as Expr, sid)
        : el('apply', {}, [el(expr.kind), ...expr.args.map((a) => mathml(a, sid))]);
  }
}

function transition(model: Model, nodeId: string, sid: Map<string, string>): XmlElement | undefined {
  const { pathway } = model;
  const incoming = pathway.edges.map((e, index) => ({ e, index })).filter((x) => x.e.target === nodeId);
  if (incoming.length === 0) return undefined;
  const target = sid.get(nodeId) as string;
  const bySource = new Map<string, Array<{ e: PathwayEdge; index: number }>>();
  for (const x of incoming) bySource.set(x.e.source, [...(bySource.get(x.e.source) ?? []), x]);
  const inputs = [...bySource].map(([source, list]) => {
    const id = `tr_${target}_in_${sid.get(source)}`;
    const signs = new Set(list.map((x) => x.e.sign));
    const sign = signs.size > 1 ? 'dual' : signs.has('activation') ? 'positive' : 'negative';
    const refs = [...new Set(list.flatMap((x) => x.e.references))];
    return el(
      'qual:input',
      {
        metaid: `m_${id}`,
        'qual:id': id,
        'qual:qualitativeSpecies': sid.get(source),
        'qual:transitionEffect': 'none',
        'qual:sign': sign,
        'qual:thresholdLevel': 1,
      },
      [
        el('annotation', {}, [
          el(
            'pl:edges',
            { 'xmlns:pl': PATHWAY_LENS_NS },
            list.map((x) => el('pl:edge', { index: x.index, ...toXmlAttrs(x.e) })),
          ),
          rdf(`m_${id}`, 'bqbiol:isDescribedBy', miriamUris(refs, model.references)),
        ]),
      ],
    );
  });
  const rule = nodeRule(pathway, nodeId);
  return el('qual:transition', { 'qual:id': `tr_${target}` }, [
    el('qual:listOfInputs', {}, inputs),
    el('qual:listOfOutputs', {}, [
      el('qual:output', {
        'qual:id': `tr_${target}_out`,
        'qual:qualitativeSpecies': target,
        'qual:transitionEffect': 'assignmentLevel',
      }),
    ]),
    el('qual:listOfFunctionTerms', {}, [
      el('qual:defaultTerm', { 'qual:resultLevel': 0 }),
      rule !== FALSE &&
        el('qual:functionTerm', { 'qual:resultLevel': 1 }, [
          el('math', { xmlns: MATHML }, [mathml(rule, sid)]),
        ]),
    ]),
  ]);
}

function modelAnnotation(model: Model): XmlElement {
  const { pathway } = model;
  const cited = citedReferenceIds(model);
  const seeds = [...model.references.values()].filter((r) => r.seed).map((r) => r.id);
  return el('annotation', {}, [
    el('pl:model', { 'xmlns:pl': PATHWAY_LENS_NS, schemaVersion: pathway.schemaVersion }, [
      el('pl:parameters', toXmlAttrs(pathway.parameters)),
      ...pathway.loops.map((l) => el('pl:loop', toXmlAttrs(l))),
      ...pathway.readouts.map((r) => el('pl:readout', toXmlAttrs(r))),
      ...pathway.mutations.map((m) =>
        el(
          'pl:mutation',
          toXmlAttrs(m, ['effects']),
          m.effects.map((e) => el('pl:effect', toXmlAttrs(e))),
        ),
      ),
      ...[...cited]
        .map((id) => model.references.get(id))
        .filter((r): r is Reference => !!r)
        .map((r) => el('pl:reference', toXmlAttrs(r))),
    ]),
    rdf('model_meta', 'bqmodel:isDescribedBy', miriamUris(seeds, model.references)),
  ]);
}

function layout(pathway: Pathway, sid: Map<string, string>): XmlElement {
  const xs = pathway.nodes.map((n) => n.position.x);
  const ys = pathway.nodes.map((n) => n.position.y);
  return el('layout:listOfLayouts', { 'xmlns:layout': LAYOUT }, [
    el('layout:layout', { 'layout:id': 'pathway_lens_layout' }, [
      el('layout:dimensions', {
        'layout:width': Math.max(...xs) + GLYPH.width,
        'layout:height': Math.max(...ys) + GLYPH.height,
      }),
      el(
        'layout:listOfAdditionalGraphicalObjects',
        {},
        pathway.nodes.map((n) => {
          const s = sid.get(n.id) as string;
          return el('layout:generalGlyph', { 'layout:id': `glyph_${s}`, 'layout:reference': s }, [
            el('layout:boundingBox', {}, [
              el('layout:position', {
                'layout:x': n.position.x - GLYPH.width / 2,
                'layout:y': n.position.y - GLYPH.height / 2,
              }),
              el('layout:dimensions', { 'layout:width': GLYPH.width, 'layout:height': GLYPH.height }),
            ]),
          ]);
        }),
      ),
    ]),
  ]);
}

/** The model as an SBML Level 3 Version 1 document with the qual (required) and layout packages. */
export function exportSbmlQual(model: Model, name = 'Pathway Lens model'): string {
  const { pathway } = model;
  const sid = plainIdentifiers(pathway.nodes.map((n) => n.id));
  const fed = new Set(pathway.edges.map((e) => e.target));
  const compartments = [...new Set(pathway.nodes.map((n) => n.compartment))];
  const species = pathway.nodes.map((n) => {
    const s = sid.get(n.id) as string;
    return el(
      'qual:qualitativeSpecies',
      {
        metaid: `m_${s}`,
        'qual:id': s,
        'qual:name': n.label,
        'qual:compartment': n.compartment,
        'qual:constant': !fed.has(n.id),
        'qual:initialLevel': (n.basal ?? 0) >= 0.5 ? 1 : 0,
        'qual:maxLevel': 1,
      },
      [
        notes(n.description),
        el('annotation', {}, [
          // The exact position rides along: a glyph's corner and back can round a fractional centre.
          el('pl:node', { 'xmlns:pl': PATHWAY_LENS_NS, ...toXmlAttrs(n) }),
          rdf(`m_${s}`, 'bqbiol:isDescribedBy', miriamUris(n.references, model.references)),
        ]),
      ],
    );
  });
  const doc = el(
    'sbml',
    {
      xmlns: CORE,
      'xmlns:qual': QUAL,
      'xmlns:layout': LAYOUT,
      level: 3,
      version: 1,
      'qual:required': true,
      'layout:required': false,
    },
    [
      el('model', { metaid: 'model_meta', id: 'pathway_lens', name }, [
        modelAnnotation(model),
        el(
          'listOfCompartments',
          {},
          compartments.map((c) => el('compartment', { id: c, name: c, constant: true })),
        ),
        layout(pathway, sid),
        el('qual:listOfQualitativeSpecies', {}, species),
        el(
          'qual:listOfTransitions',
          {},
          pathway.nodes.map((n) => transition(model, n.id, sid)),
        ),
      ]),
    ],
  );
  return buildXml(doc);
}

// ---- reading ----

/** The app's own annotation on an element, if it has one. */
function ownAnnotation(e: XmlElement | undefined, local: string): XmlElement | undefined {
  return kids(kid(e, 'annotation'), local).find((a) => declaredNamespace(a) === PATHWAY_LENS_NS);
}

function where(kind: string, id: string | undefined, index: number): string {
  return id ? `${kind} "${id}"` : `${kind} number ${index + 1}`;
}

/** Record attributes decoded, or a FormatError naming the element when its JSON part is broken. */
function record(e: XmlElement, place: string): Record<string, unknown> {
  try {
    return fromXmlAttrs(e.attrs);
  } catch (err) {
    throw new FormatError(FORMAT, place, `unreadable annotation: ${(err as Error).message}`);
  }
}

/** Plain text of an element and its descendants (notes are XHTML, sometimes with HTML escaped inside). */
function plainText(e: XmlElement): string {
  const parts: string[] = [e.text];
  for (const c of e.children) parts.push(plainText(c));
  return parts
    .join(' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** UniProt accessions and HGNC symbols an element names: in its MIRIAM annotation, or its notes (Cell Collective). */
function miriamIdentifiers(e: XmlElement, notesEl: XmlElement | undefined): string[] {
  const ann = kid(e, 'annotation');
  const uris = (ann ? descendants(ann, 'li') : []).map((li) => attr(li, 'resource') ?? '');
  const symbols = uris.flatMap((u) => /hgnc\.symbol[:/]([A-Za-z0-9-]+)$/i.exec(u)?.[1] ?? []);
  const notes = notesEl ? plainText(notesEl) : '';
  const genes = [...notes.matchAll(/Gene Name:\s*([A-Z0-9-]{2,15})\b/g)].map((m) => m[1] as string);
  return [
    ...new Set([
      ...uniprotIds(uris.filter((u) => /uniprot/i.test(u)).join(' ')),
      ...uniprotIds(notes),
      ...symbols,
      ...genes,
    ]),
  ];
}

/** PubMed ids and DOIs named in an element's MIRIAM annotation. */
function miriamReferences(e: XmlElement): Reference[] {
  const out: Reference[] = [];
  const ann = kid(e, 'annotation');
  if (!ann) return out;
  for (const li of descendants(ann, 'li')) {
    const uri = attr(li, 'resource') ?? '';
    const pubmed = /pubmed[:/](\d{1,9})\b/i.exec(uri);
    const doi = /doi[:/](10\.\d{4,9}\/\S+)$/i.exec(uri);
    if (pubmed)
      out.push({
        id: `pmid-${pubmed[1]}`,
        // The file names the article, not its authors: cited by its id ("PMID 24970389, PubMed").
        authors: `PMID ${pubmed[1]}`,
        title: `PubMed ${pubmed[1]}`,
        journal: 'PubMed',
        pmid: pubmed[1],
      });
    else if (doi)
      out.push({
        id: safeId(`doi-${doi[1]}`, new Set()),
        authors: `doi:${doi[1]}`,
        title: `doi:${doi[1]}`,
        journal: 'DOI',
        doi: doi[1],
      });
  }
  return out;
}

interface QualInput {
  id?: string;
  species: string;
  threshold: number;
}

interface QualTransition {
  id: string;
  element: XmlElement;
  inputs: QualInput[];
  outputs: string[];
}

/** Layout positions (glyph centres) by species id, from speciesGlyph or generalGlyph elements. */
function layoutPositions(model: XmlElement): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  for (const list of kids(model, 'listOfLayouts')) {
    const first = kids(list, 'layout')[0];
    if (!first) continue;
    for (const glyph of [...descendants(first, 'generalGlyph'), ...descendants(first, 'speciesGlyph')]) {
      const ref = attr(glyph, 'reference') ?? attr(glyph, 'species');
      const box = kid(glyph, 'boundingBox');
      const pos = kid(box, 'position');
      const dim = kid(box, 'dimensions');
      const x = Number(attr(pos, 'x'));
      const y = Number(attr(pos, 'y'));
      if (!ref || !Number.isFinite(x) || !Number.isFinite(y) || out.has(ref)) continue;
      const w = Number(attr(dim, 'width') ?? 0) || 0;
      const h = Number(attr(dim, 'height') ?? 0) || 0;
      out.set(ref, { x: x + w / 2, y: y + h / 2 });
    }
  }
  return out;
}

/** Reads a transition's rule from its function terms: on when a term of level 1 or more holds (or, with a default level above 0, when no term holds). */
class RuleReader {
  constructor(
    private readonly species: Map<string, { maxLevel: number }>,
    private readonly transitionId: string,
    private readonly inputs: QualInput[],
    private readonly warnings: string[],
  ) {}

  private fail(problem: string): never {
    throw new FormatError(FORMAT, `qual:transition "${this.transitionId}"`, problem);
  }

  private operand(e: XmlElement): { species: string } | { number: number } {
    const local = localName(e.name);
    if (local === 'cn') {
      const n = Number(e.text);
      if (!Number.isFinite(n)) this.fail(`<cn>${e.text}</cn> is not a number`);
      return { number: n };
    }
    if (local === 'ci') {
      const name = e.text.trim();
      if (this.species.has(name)) return { species: name };
      const input = this.inputs.find((i) => i.id === name);
      // An input's id in a rule stands for its threshold level (SBML qual, section 3.6.4).
      if (input) return { number: input.threshold };
      this.fail(`<ci>${name}</ci> names neither a qualitative species nor an input`);
    }
    this.fail(`<${e.name}> cannot be compared`);
  }

  private compare(op: string, args: XmlElement[]): Expr {
    if (args.length !== 2) this.fail(`<${op}/> needs two operands, not ${args.length}`);
    let a = this.operand(args[0] as XmlElement);
    let b = this.operand(args[1] as XmlElement);
    const flip: Record<string, string> = { lt: 'gt', gt: 'lt', leq: 'geq', geq: 'leq', eq: 'eq', neq: 'neq' };
    if ('number' in a && 'species' in b) {
      [a, b] = [b, a];
      op = flip[op] as string;
    }
    if ('number' in a && 'number' in b) {
      const x = a.number;
      const y = b.number;
      const value = { eq: x === y, neq: x !== y, geq: x >= y, gt: x > y, leq: x <= y, lt: x < y }[op];
      return value ? TRUE : FALSE;
    }
    if (!('species' in a) || !('number' in b))
      this.fail(`<${op}/> compares two species; only a species with a level is supported`);
    const x = { kind: 'var', id: a.species } as const;
    const max = this.species.get(a.species)?.maxLevel ?? 1;
    // "Level at least t" is the one question a normalised-Hill input answers: t of 1 or more is "on".
    const atLeast = (t: number): Expr => {
      if (t <= 0) return TRUE;
      if (t > max) return FALSE;
      if (t > 1)
        this.warnings.push(
          `${this.transitionId}: "${a.species} ≥ ${t}" read as "${a.species} on" (levels above 1 are merged)`,
        );
      return x;
    };
    const neg = (e: Expr): Expr =>
      e.kind === 'const' ? { kind: 'const', value: !e.value } : { kind: 'not', arg: e };
    const t = Math.round(b.number);
    switch (op) {
      case 'geq':
        return atLeast(t);
      case 'gt':
        return atLeast(t + 1);
      case 'leq':
        return neg(atLeast(t + 1));
      case 'lt':
        return neg(atLeast(t));
      case 'eq':
        if (t === 0) return neg(atLeast(1));
        if (t < max)
          this.warnings.push(`${this.transitionId}: "${a.species} = ${t}" read as "${a.species} on"`);
        return atLeast(Math.min(t, 1));
      case 'neq':
        return t === 0 ? atLeast(1) : neg(atLeast(Math.min(t, 1)));
      default:
        return this.fail(`unsupported MathML <${op}/>`);
    }
  }

  expr(e: XmlElement): Expr {
    const local = localName(e.name);
    if (local === 'true') return TRUE;
    if (local === 'false') return FALSE;
    if (local === 'semantics' && e.children[0]) return this.expr(e.children[0]);
    if (local === 'ci' || local === 'cn')
      return this.compare('geq', [e, { name: 'cn', attrs: {}, children: [], text: '1' }]);
    if (local !== 'apply') this.fail(`unsupported MathML <${e.name}>`);
    const [head, ...args] = e.children;
    if (!head) this.fail('an empty <apply>');
    const op = localName(head.name);
    switch (op) {
      case 'and':
      case 'or':
        return { kind: op, args: args.map((a) => this.expr(a)) };
      case 'not':
        if (args.length !== 1) this.fail('<not/> takes one operand');
        return { kind: 'not', arg: this.expr(args[0] as XmlElement) };
      case 'xor': {
        const parts = args.map((a) => this.expr(a));
        return parts.reduce((acc, p) => ({
          kind: 'or',
          args: [
            { kind: 'and', args: [acc, { kind: 'not', arg: p }] },
            { kind: 'and', args: [{ kind: 'not', arg: acc }, p] },
          ],
        }));
      }
      case 'implies':
        if (args.length !== 2) this.fail('<implies/> takes two operands');
        return {
          kind: 'or',
          args: [{ kind: 'not', arg: this.expr(args[0] as XmlElement) }, this.expr(args[1] as XmlElement)],
        };
      case 'eq':
      case 'neq':
      case 'geq':
      case 'gt':
      case 'leq':
      case 'lt':
        return this.compare(op, args);
      default:
        return this.fail(`unsupported MathML <${op}/>`);
    }
  }

  /** The rule of a transition, or undefined when it has no function terms (an input left free). */
  rule(terms: XmlElement | undefined): Expr | undefined {
    if (!terms) return undefined;
    const defaultLevel = Number(attr(kid(terms, 'defaultTerm'), 'resultLevel') ?? 0);
    const on: Expr[] = [];
    const all: Expr[] = [];
    for (const term of kids(terms, 'functionTerm')) {
      const math = kid(term, 'math');
      const body = math?.children[0];
      if (!body) this.fail('a qual:functionTerm without MathML');
      const expr = this.expr(body);
      all.push(expr);
      if (Number(attr(term, 'resultLevel') ?? 1) >= 1) on.push(expr);
    }
    if (all.length === 0 && kid(terms, 'defaultTerm') === undefined) return undefined;
    if (defaultLevel >= 1) on.push({ kind: 'not', arg: all.length ? or(...all) : FALSE });
    return on.length === 0 ? FALSE : on.length === 1 ? (on[0] as Expr) : or(...on);
  }
}

/** The qualitative species a transition's input or output names, or a FormatError naming the element. */
function transitionSpecies(
  el: XmlElement,
  tag: string,
  k: number,
  transition: string,
  speciesIds: Set<string>,
): string {
  const species = attr(el, 'qualitativeSpecies');
  const place = `${where(tag, attr(el, 'id'), k)} of qual:transition "${transition}"`;
  if (!species) throw new FormatError(FORMAT, place, 'has no qual:qualitativeSpecies');
  if (!speciesIds.has(species))
    throw new FormatError(FORMAT, place, `names unknown qualitative species "${species}"`);
  return species;
}

function readTransitions(model: XmlElement, speciesIds: Set<string>): QualTransition[] {
  const list = kids(kid(model, 'listOfTransitions'), 'transition');
  return list.map((t, i) => {
    const id = attr(t, 'id') ?? `transition ${i + 1}`;
    const inputs = kids(kid(t, 'listOfInputs'), 'input').map((input, k) => {
      const species = transitionSpecies(input, 'qual:input', k, id, speciesIds);
      return { id: attr(input, 'id'), species, threshold: Number(attr(input, 'thresholdLevel') ?? 1) };
    });
    const outputs = kids(kid(t, 'listOfOutputs'), 'output').map((output, k) => {
      const species = transitionSpecies(output, 'qual:output', k, id, speciesIds);
      return species;
    });
    return { id, element: t, inputs, outputs };
  });
}

/** Reads an SBML-qual document; bad files throw a FormatError naming the line (syntax) or the element. */
export function importSbmlQual(text: string, fileName = 'model.sbml'): ImportedNetwork {
  const root = parseXml(text, FORMAT);
  if (localName(root.name) !== 'sbml')
    throw new FormatError(FORMAT, `<${root.name}>`, 'the root element is not <sbml>');
  const model = kid(root, 'model');
  if (!model) throw new FormatError(FORMAT, '<sbml>', 'there is no <model> element');
  const speciesEls = kids(kid(model, 'listOfQualitativeSpecies'), 'qualitativeSpecies');
  if (speciesEls.length === 0)
    throw new FormatError(
      FORMAT,
      '<model>',
      'there is no qual:qualitativeSpecies (is this an SBML-qual file?)',
    );
  const species = new Map<string, { maxLevel: number; element: XmlElement }>();
  speciesEls.forEach((s, i) => {
    const id = attr(s, 'id');
    if (!id) throw new FormatError(FORMAT, `qual:qualitativeSpecies number ${i + 1}`, 'has no qual:id');
    if (species.has(id))
      throw new FormatError(FORMAT, `qual:qualitativeSpecies "${id}"`, 'the id is used twice');
    const maxLevel = Number(attr(s, 'maxLevel') ?? 1);
    species.set(id, { maxLevel: Number.isFinite(maxLevel) && maxLevel >= 1 ? maxLevel : 1, element: s });
  });
  const transitions = readTransitions(model, new Set(species.keys()));
  const positions = layoutPositions(model);
  const warnings: string[] = [];
  // GINsim and bioLQM write a placeholder id ("model_id") and no name: the file's own name says more.
  const id = attr(model, 'id');
  const name =
    attr(model, 'name') ??
    (id && !/^model(_?id)?$/i.test(id) ? id : (fileName?.replace(/\.[^./]+$/, '') ?? id ?? 'SBML model'));

  /** Edges and basal activity from each transition's rule, by output species. */
  const fromRules = (t: QualTransition) => {
    const reader = new RuleReader(species, t.id, t.inputs, warnings);
    const rule = reader.rule(kid(t.element, 'listOfFunctionTerms'));
    if (rule === undefined) return undefined;
    try {
      return ruleToEdges(toDnf(rule));
    } catch (e) {
      if (e instanceof RuleTooComplex)
        throw new FormatError(
          FORMAT,
          `qual:transition "${t.id}"`,
          `its rule is too complex to convert (${e.message})`,
        );
      throw e;
    }
  };

  const own = ownAnnotation(model, 'model');
  if (own) return readOwn(own, species, transitions, positions, fromRules, name, warnings);

  const nodes: DraftNode[] = [...species].map(([id, s]) => {
    const initial = Number(attr(s.element, 'initialLevel') ?? 0);
    const notesEl = kid(s.element, 'notes');
    const refs = miriamReferences(s.element).map((r) => r.id);
    return {
      id,
      label: attr(s.element, 'name'),
      position: positions.get(id),
      basal: Number.isFinite(initial) && initial > 0 ? Math.min(1, initial / s.maxLevel) : 0,
      compartment:
        attr(s.element, 'compartment') === 'cytosol' ? 'cytoplasm' : attr(s.element, 'compartment'),
      description: notesEl ? plainText(notesEl).slice(0, 600) : undefined,
      references: refs,
      identifiers: miriamIdentifiers(s.element, notesEl),
    };
  });
  const edges: DraftEdge[] = [];
  const ruled = new Set<string>();
  for (const t of transitions) {
    const wiring = fromRules(t);
    if (!wiring) continue;
    for (const out of t.outputs) {
      const node = nodes.find((n) => n.id === out) as DraftNode;
      // A node with a rule follows it; its initial level no longer counts.
      if (ruled.has(out)) {
        warnings.push(`"${out}" is the output of more than one transition; their rules were joined with OR`);
        node.basal = Math.max(node.basal ?? 0, wiring.basal);
      } else node.basal = wiring.basal;
      ruled.add(out);
      for (const e of wiring.edges) edges.push({ ...e, target: out });
    }
  }
  const references = new Map<string, Reference>();
  for (const r of [...miriamReferences(model), ...speciesEls.flatMap(miriamReferences)])
    references.set(r.id, r);
  return draftToPathway({
    name,
    format: FORMAT,
    nodes,
    edges,
    references: [...references.values()],
    warnings,
  });
}

/** The app's own file: every record from its annotations (a transition a third-party tool rewrote falls back to its rule). */
function readOwn(
  own: XmlElement,
  species: Map<string, { maxLevel: number; element: XmlElement }>,
  transitions: QualTransition[],
  positions: Map<string, { x: number; y: number }>,
  fromRules: (t: QualTransition) => ReturnType<typeof ruleToEdges> | undefined,
  name: string,
  warnings: string[],
): ImportedNetwork {
  const idOfSpecies = new Map<string, string>();
  const nodes = [...species].map(([sid, s]) => {
    const ann = ownAnnotation(s.element, 'node');
    const node = ann
      ? record(ann, `qual:qualitativeSpecies "${sid}"`)
      : { id: sid, label: attr(s.element, 'name') ?? sid, kind: 'effector', compartment: 'cytoplasm' };
    idOfSpecies.set(sid, String(node.id));
    // The layout package rules (another tool may have moved the node); the annotation's exact value wins where they agree.
    const drawn = positions.get(sid);
    const exact = node.position as { x: number; y: number } | undefined;
    const same = drawn && exact && Math.abs(drawn.x - exact.x) < 1e-6 && Math.abs(drawn.y - exact.y) < 1e-6;
    const position = same ? exact : (drawn ?? exact);
    if (!position) throw new FormatError(FORMAT, `qual:qualitativeSpecies "${sid}"`, 'has no position');
    return { ...node, position };
  });
  const indexed: Array<{ index: number; edge: Record<string, unknown> }> = [];
  let next = 1e9;
  for (const t of transitions) {
    const inputs = kids(kid(t.element, 'listOfInputs'), 'input');
    const annotated = inputs.map((input) => ownAnnotation(input, 'edges'));
    if (inputs.length > 0 && annotated.every(Boolean)) {
      annotated.forEach((ann, k) => {
        for (const e of kids(ann, 'edge')) {
          const place = `qual:input "${attr(inputs[k], 'id') ?? k + 1}" of qual:transition "${t.id}"`;
          const { index, ...edge } = record(e, place);
          indexed.push({ index: Number(index), edge });
        }
      });
      continue;
    }
    const wiring = fromRules(t);
    if (!wiring) continue;
    warnings.push(
      `qual:transition "${t.id}" has no Pathway Lens annotation; its edges come from its rule, with default parameters`,
    );
    for (const out of t.outputs)
      for (const e of wiring.edges) {
        const source = idOfSpecies.get(e.source) as string;
        const target = idOfSpecies.get(out) as string;
        indexed.push({
          index: next++,
          edge: {
            id: `${source}-${target}${e.group ? `-${e.group}` : ''}`,
            source,
            target,
            sign: e.sign,
            mechanism: e.sign === 'activation' ? 'phosphorylation' : 'dephosphorylation',
            speed: 'fast',
            references: [FILE_REFERENCE],
            ...(e.group ? { group: e.group } : {}),
          },
        });
      }
  }
  // Edges made from rules get ids that no annotated edge already has.
  const taken = new Set(indexed.filter((x) => x.index < 1e9).map((x) => String(x.edge.id)));
  for (const x of indexed) if (x.index >= 1e9) x.edge.id = safeId(String(x.edge.id), taken);
  indexed.sort((a, b) => a.index - b.index);
  const all = (local: string) => kids(own, local).map((e, i) => record(e, `pl:${local} number ${i + 1}`));
  const parameters = kid(own, 'parameters');
  if (!parameters) throw new FormatError(FORMAT, 'pl:model', 'has no pl:parameters');
  const pathway = {
    schemaVersion: Number(attr(own, 'schemaVersion') ?? 1),
    nodes,
    edges: indexed.map((x) => x.edge),
    loops: all('loop'),
    readouts: all('readout'),
    mutations: kids(own, 'mutation').map((m, i) => ({
      ...record(m, `pl:mutation number ${i + 1}`),
      effects: kids(m, 'effect').map((e, k) =>
        record(e, `pl:effect ${k + 1} of pl:mutation number ${i + 1}`),
      ),
    })),
    parameters: record(parameters, 'pl:parameters'),
  };
  const references = all('reference') as unknown as Reference[];
  references.push({
    id: FILE_REFERENCE,
    authors: 'not stated in the file',
    title: name,
    journal: 'SBML file',
  });
  return { name, format: FORMAT, pathway, references, warnings, native: true };
}
