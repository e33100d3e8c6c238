// The stores as a user drives them: drugs given and dosed, mutations and presets, loops, lecture steps, the open card.
import { choiceDose, defaultDose, doseNM, toCondition } from '../../src/stores/condition';
import { currentStory, INITIAL_LECTURE, useLectureStore } from '../../src/stores/lectureStore';
import {
  INITIAL_SCENARIO,
  scenarioStateOf,
  selectDrugs,
  selectGivenDrugIds,
  selectLoopsOff,
  selectMutations,
  selectPresetId,
  selectSelectedNode,
  selectTimescale,
  useScenarioStore,
} from '../../src/stores/scenarioStore';
import {
  INITIAL_VIEW,
  selectHoveredLoop,
  selectLibraryQuery,
  useViewStore,
} from '../../src/stores/viewStore';
import { model, selectableDrugs } from './helpers';

const scenario = () => useScenarioStore.getState();
const lecture = () => useLectureStore.getState();

beforeEach(() => {
  useScenarioStore.setState(INITIAL_SCENARIO);
  useLectureStore.setState(INITIAL_LECTURE);
  useViewStore.setState(INITIAL_VIEW);
});

describe('scenario store: drugs', () => {
  it('starts with nothing given, wild type, every loop on, at 24 h', () => {
    expect(scenarioStateOf(scenario())).toEqual({
      drugs: [],
      mutations: [],
      presetId: 'wild-type',
      loopsOff: [],
      timescale: 'sustained',
      selectedNode: null,
    });
  });

  it('gives a clicked drug alone, replacing a combination', () => {
    scenario().addDrug('rapamycin', 10);
    scenario().addDrug('gefitinib', 100);
    scenario().selectDrug('everolimus', 'high');
    expect(selectDrugs(scenario())).toEqual([{ drugId: 'everolimus', dose: 'high' }]);
  });

  it('adds drugs to a combination once each, in the order given, keeping the first dose', () => {
    scenario().addDrug('rapamycin', 10);
    scenario().addDrug('gefitinib', 100);
    scenario().addDrug('rapamycin', 99);
    expect(selectDrugs(scenario())).toEqual([
      { drugId: 'rapamycin', dose: 10 },
      { drugId: 'gefitinib', dose: 100 },
    ]);
    expect(selectGivenDrugIds(scenario())).toEqual(['rapamycin', 'gefitinib']);
  });

  it('changes the dose of one drug only, and removes one drug only', () => {
    scenario().addDrug('rapamycin', 10);
    scenario().addDrug('gefitinib', 100);
    scenario().setDose('gefitinib', 'low');
    expect(selectDrugs(scenario())).toEqual([
      { drugId: 'rapamycin', dose: 10 },
      { drugId: 'gefitinib', dose: 'low' },
    ]);
    scenario().removeDrug('rapamycin');
    expect(selectDrugs(scenario())).toEqual([{ drugId: 'gefitinib', dose: 'low' }]);
    scenario().clearDrugs();
    expect(selectDrugs(scenario())).toEqual([]);
  });
});

describe('scenario store: context, loops, timescale, selection', () => {
  it('a single mutation toggled on and off leaves the named cell model', () => {
    scenario().toggleMutation('PTEN_loss');
    expect(selectMutations(scenario())).toEqual(['PTEN_loss']);
    expect(selectPresetId(scenario())).toBeNull();
    scenario().toggleMutation('KRAS_G12');
    scenario().toggleMutation('PTEN_loss');
    expect(selectMutations(scenario())).toEqual(['KRAS_G12']);
  });

  it('a preset sets its mutations from a copy (changing the list later does not change the store)', () => {
    const mutations = ['EGFR_L858R', 'EGFR_T790M'];
    scenario().applyPreset('egfr-t790m', mutations);
    mutations.push('PTEN_loss');
    expect(selectPresetId(scenario())).toBe('egfr-t790m');
    expect(selectMutations(scenario())).toEqual(['EGFR_L858R', 'EGFR_T790M']);
  });

  it('switches loops off and back on, one at a time', () => {
    scenario().toggleLoop('S6K1-IRS1');
    scenario().toggleLoop('ERK-RAF');
    expect(selectLoopsOff(scenario())).toEqual(['S6K1-IRS1', 'ERK-RAF']);
    scenario().toggleLoop('S6K1-IRS1');
    expect(selectLoopsOff(scenario())).toEqual(['ERK-RAF']);
  });

  it('sets the timescale and the selected node', () => {
    scenario().setTimescale('acute');
    scenario().selectNode('AKT_pS473');
    expect(selectTimescale(scenario())).toBe('acute');
    expect(selectSelectedNode(scenario())).toBe('AKT_pS473');
    scenario().selectNode(null);
    expect(selectSelectedNode(scenario())).toBeNull();
  });

  it('restores a partial state over the defaults, and reset goes back to the start', () => {
    scenario().toggleLoop('S6K1-IRS1');
    scenario().restore({ drugs: [{ drugId: 'rapamycin', dose: 5 }], timescale: 'acute' });
    expect(scenarioStateOf(scenario())).toEqual({
      ...INITIAL_SCENARIO,
      drugs: [{ drugId: 'rapamycin', dose: 5 }],
      timescale: 'acute',
    });
    scenario().reset();
    expect(scenarioStateOf(scenario())).toEqual(INITIAL_SCENARIO);
  });

  it('the choices alone hold no actions', () => {
    const state = scenarioStateOf(scenario());
    expect(Object.values(state).some((v) => typeof v === 'function')).toBe(false);
  });
});

describe('lecture store', () => {
  it('enters at a story and step with the colours shown, pulsing the step', () => {
    lecture().enter('rapalogs', 2);
    expect(lecture()).toMatchObject({ active: true, story: 'rapalogs', step: 2, hidden: false, pulseKey: 1 });
  });

  it('enters at step 1 of the story already chosen when none is named', () => {
    lecture().chooseStory('rapalogs');
    lecture().goto(3, 5);
    lecture().hide();
    lecture().exit();
    expect(lecture()).toMatchObject({ active: false, hidden: false });
    lecture().enter();
    expect(lecture()).toMatchObject({ active: true, story: 'rapalogs', step: 0, hidden: false });
  });

  it('moves between steps within the story only, showing the colours again', () => {
    lecture().enter('rapalogs');
    lecture().hide();
    lecture().goto(3, 5);
    expect(lecture()).toMatchObject({ step: 3, hidden: false });
    lecture().goto(9, 5);
    expect(lecture().step).toBe(4);
    lecture().goto(-2, 5);
    expect(lecture().step).toBe(0);
  });

  it('pulses the loop again on each new step, not when the step does not change', () => {
    lecture().enter('rapalogs');
    const start = lecture().pulseKey;
    lecture().goto(1, 5);
    expect(lecture().pulseKey).toBe(start + 1);
    lecture().hide();
    lecture().goto(1, 5);
    expect(lecture()).toMatchObject({ pulseKey: start + 1, hidden: true });
  });

  it('a new story starts at its first step, colours shown', () => {
    lecture().enter('rapalogs', 3);
    lecture().hide();
    const before = lecture().pulseKey;
    lecture().chooseStory('other');
    expect(lecture()).toMatchObject({ story: 'other', step: 0, hidden: false, pulseKey: before + 1 });
  });

  it('hides and reveals the colours', () => {
    lecture().hide();
    expect(lecture().hidden).toBe(true);
    lecture().reveal();
    expect(lecture().hidden).toBe(false);
  });

  it('shows the chosen story, or the first while none (or an unknown one) is chosen', () => {
    const stories = [{ id: 'a' }, { id: 'b' }] as never[];
    expect(currentStory(stories, 'b')).toEqual({ id: 'b' });
    expect(currentStory(stories, null)).toEqual({ id: 'a' });
    expect(currentStory(stories, 'ghost')).toEqual({ id: 'a' });
    expect(currentStory([], null)).toBeUndefined();
  });
});

describe('view store', () => {
  it('keeps the library query and the hovered loop', () => {
    useViewStore.getState().setLibraryQuery('mtor');
    useViewStore.getState().hoverLoop('S6K1-IRS1');
    expect(selectLibraryQuery(useViewStore.getState())).toBe('mtor');
    expect(selectHoveredLoop(useViewStore.getState())).toBe('S6K1-IRS1');
  });

  it('opening another drug card ends the comparison', () => {
    useViewStore.getState().openCard('rapamycin');
    useViewStore.getState().compareWith('everolimus');
    expect(useViewStore.getState()).toMatchObject({ cardDrug: 'rapamycin', compareDrug: 'everolimus' });
    useViewStore.getState().openCard('gefitinib');
    expect(useViewStore.getState()).toMatchObject({ cardDrug: 'gefitinib', compareDrug: null });
  });
});

describe('choices → engine condition', () => {
  const dosed = selectableDrugs.find((d) => d.doses) as (typeof selectableDrugs)[number];
  const relative = selectableDrugs.find((d) => !d.doses) as (typeof selectableDrugs)[number];
  const unavailable = model.drugs.find((d) => d.selectable === false);
  const doses = dosed.doses as NonNullable<typeof dosed.doses>;

  it('reads "low" and "high" as a dosed drug’s own nM doses and keeps numbers as given', () => {
    expect(doseNM(doses, 'low')).toBe(doses.low.nM);
    expect(doseNM(doses, 'high')).toBe(doses.high.nM);
    expect(doseNM(doses, 42)).toBe(42);
    expect(choiceDose(dosed, 'low')).toBe(doses.low.nM);
    expect(choiceDose(relative, 'low')).toBe('low');
    expect(choiceDose(undefined, 'high')).toBe('high');
    expect(choiceDose(relative, 7)).toBe(7);
  });

  it('starts a chosen drug at its high dose, or "high" when its potency is not known', () => {
    expect(defaultDose(model, dosed.id)).toBe(doses.high.nM);
    expect(defaultDose(model, relative.id)).toBe('high');
  });

  it('gives dosed drugs in nM, relative ones at 1× or 30× their potency, and skips what cannot be simulated', () => {
    expect(unavailable).toBeDefined();
    const condition = toCondition(
      model,
      [
        { drugId: dosed.id, dose: 'low' },
        { drugId: relative.id, dose: 'low' },
        { drugId: 'no-such-drug', dose: 5 },
        { drugId: unavailable?.id ?? '', dose: 'high' },
      ],
      ['PTEN_loss'],
      ['S6K1-IRS1'],
    );
    expect(condition.treatment.map((t) => [t.drug.id, t.doseNM, t.nominal ?? false])).toEqual([
      [dosed.id, doses.low.nM, false],
      [relative.id, 1, true],
    ]);
    expect(condition.mutations).toEqual(['PTEN_loss']);
    expect([...condition.loopsOff]).toEqual(['S6K1-IRS1']);
    const high = toCondition(model, [{ drugId: relative.id, dose: 'high' }], [], []);
    expect(high.treatment[0]?.doseNM).toBe(30);
    const numeric = toCondition(model, [{ drugId: relative.id, dose: 3 }], [], []);
    expect(numeric.treatment[0]?.doseNM).toBe(30);
  });
});
