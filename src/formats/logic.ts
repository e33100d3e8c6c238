// Boolean update rules and the normalised-Hill wiring they stand for (Netflux: OR of terms, AND within a group,
// NOT as inhibition), both ways: a rule read from a file becomes signed, grouped edges; a node's edges become a rule.
import type { Pathway } from '../model/types';

/** A Boolean expression over node ids. */
export type Expr =
  | { kind: 'const'; value: boolean }
  | { kind: 'var'; id: string }
  | { kind: 'not'; arg: Expr }
  | { kind: 'and' | 'or'; args: Expr[] };

export interface Literal {
  id: string;
  positive: boolean;
}
/** A conjunction of literals; a rule in disjunctive normal form is a list of them ([] is false, [[]] is true). */
export type Term = Literal[];

/** An edge a rule implies: its source, its sign and the AND group it belongs to (none: an OR term of its own, or, for an inhibitor, a block on the whole node). */
export interface RuleEdge {
  source: string;
  sign: 'activation' | 'inhibition';
  group?: string;
}

/** Thrown when a rule's normal form would have more terms than the limit (the caller names the element). */
export class RuleTooComplex extends Error {
  override name = 'RuleTooComplex';
}

export const v = (id: string): Expr => ({ kind: 'var', id });
export const not = (arg: Expr): Expr => ({ kind: 'not', arg });
export const and = (...args: Expr[]): Expr => ({ kind: 'and', args });
export const or = (...args: Expr[]): Expr => ({ kind: 'or', args });
export const TRUE: Expr = { kind: 'const', value: true };
export const FALSE: Expr = { kind: 'const', value: false };

const litKey = (l: Literal) => `${l.positive ? '+' : '-'}${l.id}`;

/** A term with its literals sorted and deduplicated, or null when it holds a variable and its negation. */
function normaliseTerm(term: Term): Term | null {
  const byId = new Map<string, boolean>();
  for (const l of term) {
    const seen = byId.get(l.id);
    if (seen !== undefined && seen !== l.positive) return null;
    byId.set(l.id, l.positive);
  }
  return [...byId]
    .map(([id, positive]) => ({ id, positive }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Drops contradictions, duplicates and terms absorbed by a shorter one (A | A & B is A). */
function simplify(terms: Term[]): Term[] {
  const unique = new Map<string, Term>();
  for (const t of terms) {
    const n = normaliseTerm(t);
    if (n) unique.set(n.map(litKey).join('&'), n);
  }
  const list = [...unique.values()].sort((a, b) => a.length - b.length);
  const kept: Array<{ term: Term; keys: Set<string> }> = [];
  for (const term of list) {
    const keys = new Set(term.map(litKey));
    if (!kept.some((k) => [...k.keys].every((x) => keys.has(x)))) kept.push({ term, keys });
  }
  return kept.map((k) => k.term);
}

/** Disjunctive normal form of a rule, simplified; throws RuleTooComplex past `limit` terms. */
export function toDnf(expr: Expr, limit = 256): Term[] {
  const walk = (e: Expr, negated: boolean): Term[] => {
    switch (e.kind) {
      case 'const':
        return e.value !== negated ? [[]] : [];
      case 'var':
        return [[{ id: e.id, positive: !negated }]];
      case 'not':
        return walk(e.arg, !negated);
      default: {
        const conjunctive = (e.kind === 'and') !== negated;
        const parts = e.args.map((a) => walk(a, negated));
        if (!conjunctive) return simplify(parts.flat());
        let product: Term[] = [[]];
        for (const part of parts) {
          const next: Term[] = [];
          for (const a of product) for (const b of part) next.push([...a, ...b]);
          product = simplify(next);
          if (product.length > limit) throw new RuleTooComplex(`more than ${limit} terms`);
        }
        return product;
      }
    }
  };
  const terms = walk(expr, false);
  if (terms.length > limit) throw new RuleTooComplex(`more than ${limit} terms`);
  return terms;
}

/**
 * The edges (and basal activity) that carry a rule in the normalised-Hill formalism: negated inputs shared by every
 * term block the whole node; each remaining term is an OR term, a lone activator on its own, anything longer an AND
 * group whose negated members inhibit within the group. A rule that is always true is a basal activity of 1.
 */
export function ruleToEdges(terms: Term[]): { basal: number; edges: RuleEdge[] } {
  if (terms.length === 0) return { basal: 0, edges: [] };
  const first = terms[0] as Term;
  const common = first.filter(
    (l) => !l.positive && terms.every((t) => t.some((m) => m.id === l.id && !m.positive)),
  );
  const commonIds = new Set(common.map((l) => l.id));
  const rest = terms.map((t) => t.filter((l) => !(commonIds.has(l.id) && !l.positive)));
  const edges: RuleEdge[] = common.map((l) => ({ source: l.id, sign: 'inhibition' }));
  if (rest.some((t) => t.length === 0)) return { basal: 1, edges };
  let group = 0;
  for (const term of rest) {
    const only = term[0] as Literal;
    if (term.length === 1 && only.positive) {
      edges.push({ source: only.id, sign: 'activation' });
      continue;
    }
    group++;
    for (const l of term)
      edges.push({ source: l.id, sign: l.positive ? 'activation' : 'inhibition', group: `and${group}` });
  }
  return { basal: 0, edges };
}

/**
 * The rule a node's edges stand for: OR over its terms (each AND group, each ungrouped activator), AND each gate,
 * AND NOT each ungrouped inhibitor. A node with basal activity of one half or more, or with some basal activity and no activating
 * input, counts as on unless inhibited.
 */
export function nodeRule(pathway: Pathway, nodeId: string): Expr {
  const node = pathway.nodes.find((n) => n.id === nodeId);
  const incoming = pathway.edges.filter((e) => e.target === nodeId);
  const groups = new Map<string, Expr[]>();
  const blocks: Expr[] = [];
  for (const e of incoming) {
    const literal = e.sign === 'activation' ? v(e.source) : not(v(e.source));
    if (e.gate) blocks.push(literal);
    else if (e.group) groups.set(e.group, [...(groups.get(e.group) ?? []), literal]);
    else if (e.sign === 'activation') groups.set(`#${e.id}`, [literal]);
    else blocks.push(literal);
  }
  const terms = [...groups.values()].map((g) => (g.length === 1 ? (g[0] as Expr) : and(...g)));
  const basal = node?.basal ?? 0;
  const hasActivator = incoming.some((e) => e.sign === 'activation');
  if (basal >= 0.5 || (basal > 0 && !hasActivator)) terms.push(TRUE);
  if (terms.length === 0) return FALSE;
  const on = terms.includes(TRUE) ? TRUE : terms.length === 1 ? (terms[0] as Expr) : or(...terms);
  if (blocks.length === 0) return on;
  return on === TRUE ? (blocks.length === 1 ? (blocks[0] as Expr) : and(...blocks)) : and(on, ...blocks);
}

/** Evaluates a rule for a state (node id → on). */
export function evaluate(expr: Expr, state: (id: string) => boolean): boolean {
  switch (expr.kind) {
    case 'const':
      return expr.value;
    case 'var':
      return state(expr.id);
    case 'not':
      return !evaluate(expr.arg, state);
    case 'and':
      return expr.args.every((a) => evaluate(a, state));
    case 'or':
      return expr.args.some((a) => evaluate(a, state));
  }
}

/** The ids a rule reads, in first-seen order. */
export function ruleInputs(expr: Expr): string[] {
  const out: string[] = [];
  const walk = (e: Expr) => {
    if (e.kind === 'var') {
      if (!out.includes(e.id)) out.push(e.id);
    } else if (e.kind === 'not') walk(e.arg);
    else if (e.kind === 'and' || e.kind === 'or') e.args.forEach(walk);
  };
  walk(expr);
  return out;
}

/** Identifiers other tools accept ([A-Za-z_][A-Za-z0-9_]*) for node ids: unsafe characters become _, each unique. */
export function plainIdentifiers(ids: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const id of ids) {
    let base = id.replace(/[^A-Za-z0-9_]/g, '_');
    if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
    let name = base;
    for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
    taken.add(name);
    out.set(id, name);
  }
  return out;
}
