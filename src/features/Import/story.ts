// A lecture story for an opened network, made from the explorer's current state: the context as chosen, then the
// drugs given, then the same without feedback, each caption stating what the model shows at that step.
import { type ReadoutChange, runScenario } from '../../engine/scenario';
import { FILE_REFERENCE } from '../../formats/assemble';
import type { Model, Story, StoryStep } from '../../model/types';
import { toCondition } from '../../stores/condition';
import type { ScenarioState } from '../../stores/scenarioStore';

export const OPENED_STORY_ID = 'opened-network';

/** The largest changes of a step, largest first (at most `n`). */
function largest(readouts: readonly ReadoutChange[], n: number): ReadoutChange[] {
  return readouts
    .filter((r) => r.direction !== 'no_change')
    .sort((a, b) => Math.abs(b.log2) - Math.abs(a.log2))
    .slice(0, n);
}

const changeText = (r: ReadoutChange) =>
  `${r.label} ${r.direction === 'up' ? 'up' : 'down'} (${r.reference.toFixed(2)} → ${r.value.toFixed(2)})`;

type StepScenario = Pick<StoryStep, 'drugs' | 'mutations' | 'loopsOff' | 'timescale'>;

/** One step: its scenario simulated, the caption's sentence on what changes, a claim for the largest change. */
function makeStep(model: Model, scenario: StepScenario, title: string, lead: string): StoryStep {
  const drugs = scenario.drugs.map((d) => ({ drugId: d.drug, dose: d.dose }));
  const result = runScenario(
    model,
    toCondition(model, drugs, scenario.mutations, scenario.loopsOff),
    scenario.timescale,
  );
  const top = largest(result.readouts, 3);
  const changes =
    drugs.length === 0
      ? 'Colours show no change: this is the reference the next steps compare with.'
      : top.length
        ? `Largest changes against the same cell untreated: ${top.map(changeText).join('; ')}.`
        : 'No readout changes by 10 % or more against the same cell untreated.';
  const first = top[0] ?? result.readouts[0];
  // The file itself, and the first article its nodes cite.
  const cited = model.pathway.nodes.flatMap((n) => n.references).filter((r) => r !== FILE_REFERENCE);
  const references = [
    ...(model.references.has(FILE_REFERENCE) ? [FILE_REFERENCE] : []),
    ...cited.slice(0, 1),
  ];
  return {
    title,
    caption: `${lead} ${changes}`,
    references,
    ...scenario,
    focus: [...new Set([...top.map((r) => r.node), ...drugTargets(model, drugs)])],
    claims: first ? [{ readout: first.id, direction: top[0] ? first.direction : 'no_change' }] : [],
  };
}

/** Nodes the given drugs act on. */
function drugTargets(model: Model, drugs: ReadonlyArray<{ drugId: string }>): string[] {
  const targets = new Set(
    drugs.flatMap((d) => model.drugById.get(d.drugId)?.targets.map((t) => t.target) ?? []),
  );
  return model.pathway.nodes.filter((n) => targets.has(n.target ?? n.id)).map((n) => n.id);
}

/** The story for an opened network, from the explorer's state when lecture mode opens. */
export function storyFromState(model: Model, name: string, state: ScenarioState): Story {
  const context = state.mutations.map((m) => model.pathway.mutations.find((x) => x.id === m)?.label ?? m);
  const contextText = context.length ? `with ${context.join(', ')}` : 'with every node following its rules';
  const base: StepScenario = {
    drugs: [],
    mutations: [...state.mutations],
    loopsOff: [...state.loopsOff],
    timescale: state.timescale,
  };
  const drugs = state.drugs.map((d) => ({ drug: d.drugId, dose: d.dose }));
  const drugNames = state.drugs.map((d) => model.drugById.get(d.drugId)?.name ?? d.drugId).join(' + ');
  const loops = model.pathway.loops.map((l) => l.id);
  const steps = [
    makeStep(
      model,
      base,
      'The network',
      `${name}: ${model.pathway.nodes.length} nodes and ${loops.length} feedback loops, ${contextText}.`,
    ),
  ];
  if (drugs.length)
    steps.push(makeStep(model, { ...base, drugs }, `${drugNames} given`, `${drugNames} given.`));
  if (drugs.length && loops.some((l) => !state.loopsOff.includes(l)))
    steps.push(
      makeStep(
        model,
        { ...base, drugs, loopsOff: loops },
        'Without feedback',
        `Every feedback loop switched off, ${drugNames} still given: what the loops were doing.`,
      ),
    );
  return {
    id: OPENED_STORY_ID,
    title: `${name}: from the current state`,
    summary: `The opened network ${contextText}${drugs.length ? `, given ${drugNames}` : ''}.`,
    steps,
  };
}
