// BoolNet .bnet, both ways: one "target, rule" line per node with ! & | and parentheses. Read rules become
// normalised-Hill edges (Netflux: OR of terms, AND groups, NOT as inhibition); written rules come from the edges.
import type { Model } from '../model/types';
import { type DraftEdge, type DraftNode, type ImportedNetwork, listToPathway } from './assemble';
import { FormatError } from './errors';
import { type Expr, nodeRule, plainIdentifiers, RuleTooComplex, ruleToEdges, toDnf } from './logic';

const FORMAT = 'BoolNet';

/** A rule in BoolNet syntax (ids mapped through `name`). */
export function renderRule(expr: Expr, name: (id: string) => string = (id) => id): string {
  const walk = (e: Expr, parent: 'and' | 'or' | 'not' | 'top'): string => {
    switch (e.kind) {
      case 'const':
        return e.value ? '1' : '0';
      case 'var':
        return name(e.id);
      case 'not':
        return `!${walk(e.arg, 'not')}`;
      default: {
        if (e.args.length === 1) return walk(e.args[0] as Expr, parent);
        const body = e.args.map((a) => walk(a, e.kind)).join(e.kind === 'and' ? ' & ' : ' | ');
        return parent === 'top' || parent === e.kind ? body : `(${body})`;
      }
    }
  };
  return walk(expr, 'top');
}

/** The model as a .bnet file: inputs keep their own value (a free input), or 1 when mostly on. */
export function exportBnet(model: Model): string {
  const { pathway } = model;
  const names = plainIdentifiers(pathway.nodes.map((n) => n.id));
  const name = (id: string) => names.get(id) ?? id;
  const fed = new Set(pathway.edges.map((e) => e.target));
  const lines = ['targets, factors'];
  for (const n of pathway.nodes) {
    const rule = fed.has(n.id)
      ? renderRule(nodeRule(pathway, n.id), name)
      : (n.basal ?? 0) >= 0.5
        ? '1'
        : name(n.id);
    lines.push(`${name(n.id)}, ${rule}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Parses one rule; errors name the line and column. */
export function parseRule(text: string, line: number, format = FORMAT): Expr {
  const tokens: Array<{ t: string; col: number }> = [];
  const re = /\s*([!&|()]|[^\s!&|(),]+)/y;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) {
      if (/^\s*$/.test(text.slice(pos))) break;
      throw new FormatError(format, `line ${line}, column ${pos + 1}`, `unexpected "${text[pos]}"`);
    }
    tokens.push({ t: m[1] as string, col: m.index + m[0].length - (m[1] as string).length + 1 });
    pos = re.lastIndex;
  }
  let i = 0;
  const fail = (problem: string): never => {
    const tok = tokens[i];
    throw new FormatError(format, `line ${line}${tok ? `, column ${tok.col}` : ''}`, problem);
  };
  const orExpr = (): Expr => {
    const args = [andExpr()];
    while (tokens[i]?.t === '|') {
      i++;
      args.push(andExpr());
    }
    return args.length === 1 ? (args[0] as Expr) : { kind: 'or', args };
  };
  const andExpr = (): Expr => {
    const args = [unary()];
    while (tokens[i]?.t === '&') {
      i++;
      args.push(unary());
    }
    return args.length === 1 ? (args[0] as Expr) : { kind: 'and', args };
  };
  const unary = (): Expr => {
    const tok = tokens[i];
    if (!tok) return fail('the rule ends too early');
    if (tok.t === '!') {
      i++;
      return { kind: 'not', arg: unary() };
    }
    if (tok.t === '(') {
      i++;
      const inner = orExpr();
      if (tokens[i]?.t !== ')') fail('a "(" is not closed');
      i++;
      return inner;
    }
    if (tok.t === ')' || tok.t === '&' || tok.t === '|') fail(`unexpected "${tok.t}"`);
    i++;
    if (tok.t === '1' || tok.t.toLowerCase() === 'true') return { kind: 'const', value: true };
    if (tok.t === '0' || tok.t.toLowerCase() === 'false') return { kind: 'const', value: false };
    return { kind: 'var', id: tok.t };
  };
  if (tokens.length === 0) fail('the rule is empty');
  const expr = orExpr();
  if (i < tokens.length) fail(`unexpected "${tokens[i]?.t}"`);
  return expr;
}

/** Reads a .bnet file (a "targets, factors" header and # comments are allowed); errors name the line. */
export function importBnet(text: string, fileName = 'model.bnet'): ImportedNetwork {
  const rules = new Map<string, { expr: Expr; line: number }>();
  const order: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, k) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    if (/^targets\s*,\s*factors$/i.test(line)) return;
    const comma = line.indexOf(',');
    if (comma < 0) throw new FormatError(FORMAT, `line ${k + 1}`, 'expected "target, rule"');
    const target = line.slice(0, comma).trim();
    if (!/^[^\s!&|()]+$/.test(target))
      throw new FormatError(FORMAT, `line ${k + 1}`, `"${target}" is not a node name`);
    if (rules.has(target))
      throw new FormatError(
        FORMAT,
        `line ${k + 1}`,
        `"${target}" already has a rule (line ${rules.get(target)?.line})`,
      );
    rules.set(target, { expr: parseRule(line.slice(comma + 1), k + 1), line: k + 1 });
    order.push(target);
  });
  if (rules.size === 0) throw new FormatError(FORMAT, 'the file', 'has no "target, rule" line');
  const nodes = new Map<string, DraftNode>(order.map((id) => [id, { id }]));
  const edges: DraftEdge[] = [];
  const warnings: string[] = [];
  for (const [target, { expr, line }] of rules) {
    // "A, A" keeps A as it is: a free input, not a self-loop.
    if (expr.kind === 'var' && expr.id === target) continue;
    let wiring: ReturnType<typeof ruleToEdges>;
    try {
      wiring = ruleToEdges(toDnf(expr));
    } catch (e) {
      if (e instanceof RuleTooComplex)
        throw new FormatError(FORMAT, `line ${line}`, `the rule is too complex to convert (${e.message})`);
      throw e;
    }
    (nodes.get(target) as DraftNode).basal = wiring.basal;
    for (const e of wiring.edges) {
      if (!nodes.has(e.source)) nodes.set(e.source, { id: e.source });
      edges.push({ ...e, target });
    }
  }
  return listToPathway(fileName, FORMAT, nodes.values(), edges, warnings);
}
