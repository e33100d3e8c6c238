// Boolean rules ↔ normalised-Hill wiring (the Netflux mapping), BoolNet rule syntax, loops and the automatic layout.
import { findLoops, layeredLayout } from '../../src/formats/assemble';
import { parseRule, renderRule } from '../../src/formats/bnet';
import { FormatError } from '../../src/formats/errors';
import {
  and,
  type Expr,
  evaluate,
  FALSE,
  nodeRule,
  not,
  or,
  RuleTooComplex,
  ruleInputs,
  ruleToEdges,
  TRUE,
  toDnf,
  v,
} from '../../src/formats/logic';
import { model } from './helpers';

/** Every assignment of the ids to on/off. */
function* states(ids: string[]): Generator<Map<string, boolean>> {
  for (let mask = 0; mask < 1 << ids.length; mask++)
    yield new Map(ids.map((id, i) => [id, !!(mask & (1 << i))]));
}

/** The Boolean function the wiring stands for: OR of terms (groups AND), AND NOT ungrouped inhibitors. */
function wiringValue(wiring: ReturnType<typeof ruleToEdges>, state: Map<string, boolean>): boolean {
  const on = (id: string) => state.get(id) ?? false;
  const groups = new Map<string, boolean>();
  let any = wiring.basal >= 1;
  let blocked = false;
  for (const e of wiring.edges) {
    const lit = e.sign === 'activation' ? on(e.source) : !on(e.source);
    if (e.group) groups.set(e.group, (groups.get(e.group) ?? true) && lit);
    else if (e.sign === 'activation') any ||= lit;
    else blocked ||= !lit;
  }
  for (const g of groups.values()) any ||= g;
  return any && !blocked;
}

describe('rules in disjunctive normal form', () => {
  it.each<[string, Expr, string[][]]>([
    ['a variable', v('A'), [['+A']]],
    ['true and false', or(TRUE, v('A')), [[]]],
    ['false', and(FALSE, v('A')), []],
    ['absorption', or(v('A'), and(v('A'), v('B'))), [['+A']]],
    ['a contradiction', and(v('A'), not(v('A'))), []],
    ['De Morgan', not(or(v('A'), v('B'))), [['-A', '-B']]],
    [
      'distribution',
      and(or(v('A'), v('B')), not(v('C'))),
      [
        ['+A', '-C'],
        ['+B', '-C'],
      ],
    ],
  ])('%s', (_, expr, expected) => {
    const got = toDnf(expr).map((t) => t.map((l) => `${l.positive ? '+' : '-'}${l.id}`));
    expect(got).toEqual(expected);
  });

  it('refuses a rule whose normal form would blow up, instead of hanging', () => {
    const big = and(...Array.from({ length: 12 }, (_, i) => or(v(`a${i}`), v(`b${i}`))));
    expect(() => toDnf(big, 256)).toThrow(RuleTooComplex);
  });
});

describe('rules as normalised-Hill wiring (Netflux: OR of terms, AND groups, NOT as inhibition)', () => {
  it('an OR of single activators is one ungrouped activator each', () => {
    expect(ruleToEdges(toDnf(or(v('A'), v('B'))))).toEqual({
      basal: 0,
      edges: [
        { source: 'A', sign: 'activation' },
        { source: 'B', sign: 'activation' },
      ],
    });
  });

  it('an AND is a group; a NOT shared by every term blocks the whole node', () => {
    expect(ruleToEdges(toDnf(and(v('A'), v('B'), not(v('I')))))).toEqual({
      basal: 0,
      edges: [
        { source: 'I', sign: 'inhibition' },
        { source: 'A', sign: 'activation', group: 'and1' },
        { source: 'B', sign: 'activation', group: 'and1' },
      ],
    });
  });

  it('a NOT in one term only inhibits within that term', () => {
    const wiring = ruleToEdges(toDnf(or(and(v('A'), not(v('B'))), v('C'))));
    expect(wiring.edges).toContainEqual({ source: 'B', sign: 'inhibition', group: 'and1' });
    expect(wiring.edges).toContainEqual({ source: 'C', sign: 'activation' });
  });

  it('"not A" alone is basal activity blocked by A; a rule that is always true is basal activity', () => {
    expect(ruleToEdges(toDnf(not(v('A'))))).toEqual({
      basal: 1,
      edges: [{ source: 'A', sign: 'inhibition' }],
    });
    expect(ruleToEdges(toDnf(TRUE))).toEqual({ basal: 1, edges: [] });
    expect(ruleToEdges(toDnf(FALSE))).toEqual({ basal: 0, edges: [] });
  });

  it.each<[string, Expr]>([
    ['and-or', or(and(v('A'), v('B')), and(v('C'), not(v('D'))))],
    ['xor', or(and(v('A'), not(v('B'))), and(not(v('A')), v('B')))],
    ['nested not', not(and(v('A'), or(v('B'), not(v('C')))))],
    ['shared block', and(or(v('A'), v('B'), v('C')), not(v('D')), not(v('E')))],
  ])('the wiring computes the same Boolean function as the rule (%s)', (_, expr) => {
    const wiring = ruleToEdges(toDnf(expr));
    for (const state of states(ruleInputs(expr)))
      expect(wiringValue(wiring, state), JSON.stringify([...state])).toBe(
        evaluate(expr, (id) => state.get(id) ?? false),
      );
  });

  it("every bundled node's rule turns back into the same signs per input", () => {
    for (const n of model.pathway.nodes) {
      const incoming = model.pathway.edges.filter((e) => e.target === n.id);
      if (!incoming.length) continue;
      const wiring = ruleToEdges(toDnf(nodeRule(model.pathway, n.id)));
      for (const e of wiring.edges)
        expect(
          incoming.some((x) => x.source === e.source && x.sign === e.sign),
          `${e.source} → ${n.id}`,
        ).toBe(true);
    }
  });
});

describe('BoolNet rule syntax', () => {
  it('parses ! & | and parentheses with the usual precedence', () => {
    const e = parseRule(' A & !B | (C | D) & E', 1);
    // Written back with every mixed AND/OR parenthesised, as other tools' parsers expect.
    expect(renderRule(e)).toBe('(A & !B) | ((C | D) & E)');
    expect(parseRule(renderRule(e), 1)).toEqual(e);
  });

  it('reads 0, 1, true and false as constants', () => {
    expect(parseRule('1', 1)).toEqual(TRUE);
    expect(parseRule('false', 1)).toEqual(FALSE);
  });

  it.each([
    ['A & ', /line 7: the rule ends too early/],
    ['(A | B', /line 7: a "\(" is not closed/],
    ['A B', /line 7, column 3: unexpected "B"/],
    ['A & | B', /line 7, column 5: unexpected "\|"/],
    ['', /line 7: the rule is empty/],
  ])('names the line and column of a bad rule: %j', (text, message) => {
    expect(() => parseRule(text, 7)).toThrow(FormatError);
    expect(() => parseRule(text, 7)).toThrow(message);
  });
});

describe('feedback loops and layout of an imported network', () => {
  const edges = [
    { source: 'IN', target: 'A' },
    { source: 'A', target: 'B' },
    { source: 'B', target: 'C' },
    { source: 'C', target: 'A' },
    { source: 'C', target: 'C' },
  ];

  it('finds each cycle once, closed by the edge that returns to the path', () => {
    const loops = findLoops(['IN', 'A', 'B', 'C'], edges);
    expect(loops).toEqual([
      { closing: { source: 'C', target: 'A' }, cycle: ['A', 'B', 'C'] },
      { closing: { source: 'C', target: 'C' }, cycle: ['C'] },
    ]);
  });

  it('finds no loop in a network without cycles', () => {
    expect(findLoops(['A', 'B'], [{ source: 'A', target: 'B' }])).toEqual([]);
  });

  it('lays nodes out in rows by distance from the inputs', () => {
    const pos = layeredLayout(['IN', 'A', 'B', 'C', 'LONE'], edges);
    expect(pos.get('IN')?.y).toBe(0);
    expect(pos.get('LONE')?.y).toBe(0);
    expect(pos.get('A')?.y).toBe(120);
    expect(pos.get('C')?.y).toBe(360);
    expect(pos.get('IN')?.x).not.toBe(pos.get('LONE')?.x);
  });
});
