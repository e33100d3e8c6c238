// Loading names every broken cross-reference of the data, one message per problem, in the bundle it belongs to.
import classesJson from '../../data/drug-classes.json';
import drugsJson from '../../data/drugs.json';
import pathwayJson from '../../data/pathway.json';
import presetsJson from '../../data/presets.json';
import referencesJson from '../../data/references.json';
import scenariosJson from '../../data/scenarios.json';
import { DataError, loadModel, loadPresets, loadStories, lookupKey } from '../../src/model/validate';
import { model } from './helpers';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
// biome-ignore lint/suspicious/noExplicitAny: the tests break copies of the data on purpose, outside its types
type Raw = any;

/** Loads broken copies of the data; returns the DataError (or fails the test when the data load). */
function problemsOf(breakData: (data: { p: Raw; d: Raw; r: Raw; c: Raw }) => void): {
  bundle: string;
  problems: string[];
  message: string;
} {
  const data = {
    p: clone(pathwayJson),
    d: clone(drugsJson),
    r: clone(referencesJson),
    c: clone(classesJson),
  };
  breakData(data);
  try {
    loadModel(data.p, data.d, data.r, data.c);
  } catch (e) {
    if (e instanceof DataError) return { bundle: e.bundle, problems: e.problems, message: e.message };
    throw e;
  }
  throw new Error('expected the data to be rejected');
}

const nodeWith = (p: Raw, test: (n: Raw) => boolean) => p.nodes.find(test);

describe('pathway problems', () => {
  it('names duplicate node, edge and readout ids', () => {
    const e = problemsOf(({ p }) => {
      p.nodes.push(clone(p.nodes[0]));
      p.edges.push(clone(p.edges[0]));
      p.readouts.push(clone(p.readouts[0]));
    });
    expect(e.bundle).toBe('data/pathway.json');
    expect(e.problems).toEqual([
      `duplicate node id "${pathwayJson.nodes[0]?.id}"`,
      `duplicate edge id "${pathwayJson.edges[0]?.id}"`,
      `duplicate readout id "${pathwayJson.readouts[0]?.id}"`,
    ]);
  });

  it('names a node’s unknown parent, expression node and reference, and isoform shares that do not sum to 1', () => {
    const e = problemsOf(({ p }) => {
      const site = nodeWith(p, (n) => n.parent);
      site.parent = 'GHOST';
      const expressed = nodeWith(p, (n) => n.expression);
      expressed.expression = 'NO_EXPR';
      const shared = nodeWith(p, (n) => n.isoformShare);
      const [first] = Object.keys(shared.isoformShare);
      shared.isoformShare[first as string] /= 2;
      p.nodes[0].references = ['no-such-ref'];
    });
    const id = (test: (n: Raw) => boolean) => nodeWith(pathwayJson, test)?.id;
    expect(e.problems).toEqual(
      expect.arrayContaining([
        `node "${pathwayJson.nodes[0]?.id}" cites unknown reference "no-such-ref"`,
        `node "${id((n) => n.parent)}" has unknown parent "GHOST"`,
        `node "${id((n) => n.expression)}" has unknown expression node "NO_EXPR"`,
      ]),
    );
    expect(e.problems.some((x) => /^node "[^"]+" isoform shares sum to 0\.\d+, not 1$/.test(x))).toBe(true);
    expect(e.problems).toHaveLength(4);
  });

  it('names an edge’s unknown source, loop and ligand-binding edge without an expression node', () => {
    const e = problemsOf(({ p }) => {
      p.edges[0].source = 'NOWHERE';
      const looped = p.edges.find((x: Raw) => x.loop);
      looped.loop = 'no-loop';
      const binding = p.edges.find((x: Raw) => x.signal === 'ligand-binding');
      delete nodeWith(p, (n) => n.id === binding.source).expression;
    });
    const looped = pathwayJson.edges.find((x: Raw) => x.loop) as Raw;
    const binding = pathwayJson.edges.find((x: Raw) => x.signal === 'ligand-binding') as Raw;
    expect(e.problems).toEqual(
      expect.arrayContaining([
        `edge "${pathwayJson.edges[0]?.id}" has unknown source "NOWHERE"`,
        `edge "${looped.id}" names unknown loop "no-loop"`,
        `edge "${binding.id}" carries ligand-binding capacity but "${binding.source}" has no expression node`,
      ]),
    );
  });

  it('names a loop’s unknown path edge, a loop nothing switches off, and a readout’s unknown node', () => {
    const e = problemsOf(({ p }) => {
      p.loops[0].path.push('no-edge');
      for (const x of p.edges) if (x.loop === p.loops[1].id) delete x.loop;
      p.readouts[0].node = 'NO_NODE';
    });
    expect(e.problems).toEqual(
      expect.arrayContaining([
        `loop "${pathwayJson.loops[0]?.id}" names unknown edge "no-edge"`,
        `loop "${pathwayJson.loops[1]?.id}" has no edge to switch off`,
        `readout "${pathwayJson.readouts[0]?.id}" names unknown node "NO_NODE"`,
      ]),
    );
  });

  it('names a mutation’s unknown node, potency source and cancelled mutation', () => {
    const e = problemsOf(({ p }) => {
      const onNode = p.mutations.find((m: Raw) => m.effects.some((x: Raw) => 'node' in x));
      onNode.effects.find((x: Raw) => 'node' in x).node = 'NO_NODE';
      const fold = p.mutations.find((m: Raw) => m.effects.some((x: Raw) => x.op === 'potencyFold'));
      const effect = fold.effects.find((x: Raw) => x.op === 'potencyFold');
      effect.source = 'no-source';
      effect.cancels = ['NO_MUTATION'];
    });
    const onNode = pathwayJson.mutations.find((m: Raw) => m.effects.some((x: Raw) => 'node' in x)) as Raw;
    const fold = pathwayJson.mutations.find((m: Raw) =>
      m.effects.some((x: Raw) => x.op === 'potencyFold'),
    ) as Raw;
    expect(e.problems).toEqual(
      expect.arrayContaining([
        `mutation "${onNode.id}" names unknown node "NO_NODE"`,
        `mutation "${fold.id}" cites unknown reference "no-source"`,
        `mutation "${fold.id}" cancels unknown mutation "NO_MUTATION"`,
      ]),
    );
  });

  it('shows the first five problems in the message and counts the rest', () => {
    const e = problemsOf(({ p }) => {
      for (const edge of p.edges.slice(0, 7)) edge.target = 'NOWHERE';
    });
    expect(e.problems).toHaveLength(7);
    expect(e.message).toBe(`data/pathway.json: ${e.problems.slice(0, 5).join('; ')} (+2 more)`);
  });

  it('a malformed field is named by its path, and a missing file part at the root', () => {
    const e = problemsOf(({ p }) => {
      p.nodes[2].basal = 'high';
    });
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatch(/^nodes\.2\.basal: /);
    expect(() => loadModel(null, drugsJson, referencesJson, classesJson)).toThrow(
      /^data\/pathway\.json: \(root\): /,
    );
  });
});

describe('reference, class and drug problems', () => {
  it('names a duplicate reference id in the references bundle', () => {
    const e = problemsOf(({ r }) => {
      r.references.push(clone(r.references[0]));
    });
    expect(e.bundle).toBe('data/references.json');
    expect(e.problems).toEqual([`duplicate reference id "${referencesJson.references[0]?.id}"`]);
  });

  it('names a duplicate class, a class’s unknown reference and a behaviour’s unknown target', () => {
    const e = problemsOf(({ c }) => {
      c.classes.push(clone(c.classes[0]));
      c.classes[1].references = ['ghost-ref'];
      const withTarget = c.classes.find((x: Raw) =>
        Object.values(x.behaviours).some((b: Raw) => b && 'target' in b),
      );
      const [, behaviour] = Object.entries(withTarget.behaviours).find(
        ([, b]: [string, Raw]) => b && 'target' in b,
      ) as [string, Raw];
      behaviour.target = 'NO_TARGET';
    });
    expect(e.bundle).toBe('data/drugs.json');
    expect(e.problems).toEqual(
      expect.arrayContaining([
        `duplicate class id "${classesJson.classes[0]?.id}"`,
        `class "${classesJson.classes[1]?.id}" cites unknown reference "ghost-ref"`,
      ]),
    );
    expect(e.problems.some((x) => /behaviour \w+ names unknown target "NO_TARGET"$/.test(x))).toBe(true);
  });

  it('names a drug whose name clashes with another’s, an unknown target, and an unknown variant mutation', () => {
    const e = problemsOf(({ d }) => {
      d.drugs[1].synonyms.push(d.drugs[0].name.toUpperCase());
      d.drugs[2].targets[0].target = 'NO_TARGET';
      const variant = d.drugs.find((x: Raw) => x.targets.some((t: Raw) => t.variants?.length));
      variant.targets.find((t: Raw) => t.variants?.length).variants[0].mutations = ['NO_MUT'];
    });
    const [a, b, c] = drugsJson.drugs as Raw[];
    const variant = (drugsJson.drugs as Raw[]).find((x) => x.targets.some((t: Raw) => t.variants?.length));
    expect(e.problems).toEqual(
      expect.arrayContaining([
        `drug "${b.id}" name "${a.name.toUpperCase()}" clashes with drug "${a.id}"`,
        `drug "${c.id}" targets unknown node "NO_TARGET"`,
        `drug "${variant.id}" variant names unknown mutation "NO_MUT"`,
      ]),
    );
  });

  it('asks a selectable drug for a target, a measured one for doses, a dosed one for a potency, a hidden one for a reason', () => {
    const e = problemsOf(({ d }) => {
      const dosed = d.drugs.filter((x: Raw) => x.doses && x.selectable !== false);
      dosed[0].targets = [];
      delete dosed[1].doses;
      for (const t of dosed[2].targets) t.value_nM = null;
      const hidden = d.drugs.find((x: Raw) => x.selectable === false);
      delete hidden.unselectableReason;
    });
    const dosed = (drugsJson.drugs as Raw[]).filter((x) => x.doses && x.selectable !== false);
    const hidden = (drugsJson.drugs as Raw[]).find((x) => x.selectable === false);
    const measuredEverywhere = dosed[1].targets.every((t: Raw) => t.value_nM !== null);
    expect(e.problems).toEqual(
      expect.arrayContaining([
        `drug "${dosed[0].id}" is selectable but has no target in the model`,
        `drug "${dosed[2].id}" has doses in nM but no confirmed potency to scale them`,
        `drug "${hidden.id}" is not selectable but gives no reason`,
      ]),
    );
    expect(
      e.problems.includes(`drug "${dosed[1].id}" has a potency for every target but no low/high doses`),
    ).toBe(measuredEverywhere);
  });
});

describe('presets and stories', () => {
  it('names a preset’s unknown mutation', () => {
    const raw: Raw = clone(presetsJson);
    raw.presets[0].mutations.push('NO_MUT');
    expect(() => loadPresets(raw, model)).toThrow(
      `preset "${raw.presets[0].id}" names unknown mutation "NO_MUT"`,
    );
    expect(loadPresets(presetsJson, model).length).toBe(presetsJson.presets.length);
  });

  it('names every broken part of a story step, with its story and step number', () => {
    const raw: Raw = clone(scenariosJson);
    const story = raw.stories[0];
    const step = story.steps[0];
    step.mutations.push('NO_MUT');
    step.loopsOff.push('no-loop');
    step.focus.push('NO_NODE');
    step.references.push('no-ref');
    step.drugs.push({ drug: 'no-drug', dose: 'high' });
    step.claims.push({ readout: 'NO_READOUT', direction: 'up', against: 'previous', loop: 'other-loop' });
    raw.stories.push(clone(story));
    let error: DataError | undefined;
    try {
      loadStories(raw, model);
    } catch (e) {
      error = e as DataError;
    }
    const at = `story "${story.id}" step 1`;
    expect(error?.bundle).toBe('data/scenarios.json');
    expect(error?.problems).toEqual(
      expect.arrayContaining([
        `duplicate story id "${story.id}"`,
        `${at} gives unknown drug "no-drug"`,
        `${at} names unknown mutation "NO_MUT"`,
        `${at} names unknown loop "no-loop"`,
        `${at} focuses unknown node "NO_NODE"`,
        `${at} cites unknown reference "no-ref"`,
        `${at} claims unknown readout "NO_READOUT"`,
        `${at} credits unknown loop "other-loop"`,
        `${at} compares with a previous step it lacks`,
      ]),
    );
  });

  it('rejects a story giving a drug that cannot be simulated, or a relative-dose drug in nM', () => {
    const raw: Raw = clone(scenariosJson);
    const hidden = model.drugs.find((d) => d.selectable === false);
    const relative = model.drugs.find((d) => d.selectable !== false && !d.doses);
    raw.stories[0].steps[0].drugs = [
      { drug: hidden?.id, dose: 'high' },
      { drug: relative?.id, dose: 50 },
    ];
    const at = `story "${raw.stories[0].id}" step 1`;
    expect(() => loadStories(raw, model)).toThrow(
      `${at} gives "${hidden?.id}", which cannot be simulated; ${at} gives "${relative?.id}" in nM but it has no confirmed potency`,
    );
  });
});

describe('lookup keys', () => {
  it('ignore case, spaces, dashes, underscores, dots, commas, slashes and brackets, and nothing else', () => {
    expect(lookupKey(' NVP-BEZ 235 ')).toBe('nvpbez235');
    expect(lookupKey('a_b.c,d/e(f)g')).toBe('abcdefg');
    expect(lookupKey('α+β')).toBe('α+β');
  });
});
