// Lecture captions against the model: every claim a story step makes must hold, and the check must be able to fail.
import scenarios from '../../data/scenarios.json';
import { checkStoryClaims } from '../../src/engine/claims';
import { bundledModel } from '../../src/model/bundled';
import type { StoryClaim, StoryStep } from '../../src/model/types';
import { loadStories } from '../../src/model/validate';

const model = bundledModel();
const stories = loadStories(scenarios, model);

const flipped: Record<StoryClaim['direction'], StoryClaim['direction']> = {
  up: 'down',
  down: 'up',
  no_change: 'up',
};

describe('lecture story claims', () => {
  it.each(stories.map((s) => [s.id, s] as const))('every claim of "%s" holds in the model', (_id, story) => {
    const failures = checkStoryClaims(model, story.steps);
    const message = failures
      .map((f) => `step ${f.step}: ${f.claim.readout} ${f.claim.direction} (${f.reason})`)
      .join('\n');
    expect(failures, message).toEqual([]);
  });

  it('gives every step at least one claim', () => {
    for (const story of stories)
      story.steps.forEach((step, i) => {
        expect(step.claims.length, `${story.id} step ${i + 1} has no claim`).toBeGreaterThan(0);
      });
  });

  it('reports a claim whose direction is flipped', () => {
    const story = stories.find((s) => s.id === 'rapalogs') ?? stories[0];
    const step = structuredClone(story?.steps[1]) as StoryStep;
    const claim = step.claims.find((c) => c.against !== 'previous') as StoryClaim;
    const wrong = { ...claim, direction: flipped[claim.direction] };
    step.claims = [claim, wrong];
    const failures = checkStoryClaims(model, [step]);
    expect(failures).toEqual([
      { step: 1, claim: wrong, got: claim.direction, reason: `the model says ${claim.direction}` },
    ]);
  });

  it('reports a change credited to a loop that does not carry it', () => {
    // Rapamycin's block of mTORC1 is direct: cutting the S6K1 ⊣ IRS1 loop cannot take it away.
    const step = { ...(stories[0]?.steps[0] as StoryStep) };
    step.drugs = [{ drug: 'rapamycin', dose: 'high' }];
    step.mutations = [];
    step.loopsOff = [];
    step.timescale = 'acute';
    step.claims = [{ readout: 'MTORC1', direction: 'down', loop: 'S6K1-IRS1' }];
    const failures = checkStoryClaims(model, [step]);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.step).toBe(1);
    expect(failures[0]?.reason).toMatch(/stays down with S6K1-IRS1 off/);
  });
});

describe('the claim checker on steps made here', () => {
  const step = (
    drugs: StoryStep['drugs'],
    claims: StoryClaim[],
    extra: Partial<StoryStep> = {},
  ): StoryStep => ({
    caption: 'A step made for this test.',
    references: [],
    drugs,
    mutations: [],
    loopsOff: [],
    timescale: 'acute',
    focus: [],
    claims,
    ...extra,
  });
  const rapamycin = [{ drug: 'rapamycin', dose: 'high' as const }];

  it('compares a claim with the previous step when it says so, and counts steps from 1', () => {
    const first = step(rapamycin, [{ readout: 'S6K1_pT389', direction: 'down' }]);
    const held = { readout: 'S6K1_pT389', direction: 'no_change' as const, against: 'previous' as const };
    const wrong = { readout: 'S6K1_pT389', direction: 'down' as const, against: 'previous' as const };
    const second = step(rapamycin, [held, wrong]);
    expect(checkStoryClaims(model, [first, second])).toEqual([
      { step: 2, claim: wrong, got: 'no_change', reason: 'the model says no_change' },
    ]);
  });

  it('bears out a loop that carries the change, with the loop off in the step compared with too', () => {
    const claim = { readout: 'AKT_pS473', direction: 'up' as const, loop: 'S6K1-IRS1' };
    expect(checkStoryClaims(model, [step(rapamycin, [claim], { timescale: 'sustained' })])).toEqual([]);
    const first = step([], [{ readout: 'AKT_pS473', direction: 'no_change' }], { timescale: 'sustained' });
    const second = step(rapamycin, [{ ...claim, against: 'previous' }], { timescale: 'sustained' });
    expect(checkStoryClaims(model, [first, second])).toEqual([]);
  });

  it('does not test a loop against a claim of no change', () => {
    const claim = { readout: 'AKT_pS473', direction: 'no_change' as const, loop: 'S6K1-IRS1' };
    expect(checkStoryClaims(model, [step([], [claim])])).toEqual([]);
  });

  it('names a step’s drug entry that is not one', () => {
    const noDrug = [{ dose: 'high' }] as unknown as StoryStep['drugs'];
    expect(() =>
      checkStoryClaims(model, [step(noDrug, [{ readout: 'S6K1_pT389', direction: 'down' }])]),
    ).toThrow('step[0] must be an object with a "drug" name');
  });

  it('names a readout the model does not have', () => {
    expect(() => checkStoryClaims(model, [step(rapamycin, [{ readout: 'NOPE', direction: 'up' }])])).toThrow(
      'unknown readout NOPE',
    );
  });
});
