// The model the app starts from without the validator: the same nodes, drugs and classes as the checked model, and a
// reference list that refuses to be read before it has been fetched (so a feature that forgot to wait fails loudly).
import classesJson from '../../data/drug-classes.json';
import drugsJson from '../../data/drugs.json';
import pathwayJson from '../../data/pathway.json';
import presetsJson from '../../data/presets.json';
import referencesJson from '../../data/references.json';
import scenariosJson from '../../data/scenarios.json';
import { bundledModel, bundledPresets, bundledStories } from '../../src/model/bundled';
import { bundledData, checkedBundledData, loadBundledReferences } from '../../src/model/bundledData';

const NOT_LOADED = 'References are not loaded yet: await loadBundledReferences() first';

describe('the bundled data as the app reads them', () => {
  it('holds every node, drug, class, preset and story of the data files, indexed by id, and is built once', () => {
    const { model, presets, stories } = bundledData();
    expect([...model.nodeById.keys()]).toEqual(pathwayJson.nodes.map((n) => n.id));
    expect([...model.drugById.keys()]).toEqual(drugsJson.drugs.map((d) => d.id));
    expect([...model.classById.keys()]).toEqual(classesJson.classes.map((c) => c.id));
    expect(model.nodeById.get('MTORC1')?.label).toBe('mTORC1');
    expect(model.drugById.get('rapamycin')?.name).toBe('Rapamycin');
    expect(presets.map((p) => p.id)).toEqual(presetsJson.presets.map((p) => p.id));
    expect(stories.map((s) => s.id)).toEqual(scenariosJson.stories.map((s) => s.id));
    expect(bundledData()).toBe(bundledData());
  });

  it('refuses every way of reading the references until they are fetched, then lists them all', async () => {
    const { references } = bundledData().model;
    const firstId = referencesJson.references[0]?.id as string;
    expect(() => references.get(firstId)).toThrow(NOT_LOADED);
    expect(() => references.has(firstId)).toThrow(NOT_LOADED);
    expect(() => references.size).toThrow(NOT_LOADED);
    expect(() => references.forEach(() => {})).toThrow(NOT_LOADED);
    expect(() => [...references.entries()]).toThrow(NOT_LOADED);
    expect(() => [...references.keys()]).toThrow(NOT_LOADED);
    expect(() => [...references.values()]).toThrow(NOT_LOADED);
    expect(() => [...references]).toThrow(NOT_LOADED);

    const loading = loadBundledReferences();
    expect(loadBundledReferences()).toBe(loading);
    await loading;
    const ids = referencesJson.references.map((r) => r.id);
    expect(references.size).toBe(ids.length);
    expect(references.has(firstId)).toBe(true);
    expect(references.get(firstId)?.id).toBe(firstId);
    expect([...references.keys()]).toEqual(ids);
    expect([...references.values()].map((r) => r.id)).toEqual(ids);
    expect([...references].map(([id]) => id)).toEqual(ids);
    expect([...references.entries()].map(([id]) => id)).toEqual(ids);
    const seen: string[] = [];
    references.forEach((_r, id) => {
      seen.push(id);
    });
    expect(seen).toEqual(ids);
  });

  it('validated (the command line and the tests): the same nodes, drugs, presets and stories, each checked once', () => {
    const model = bundledModel();
    expect([...model.nodeById.keys()]).toEqual(pathwayJson.nodes.map((n) => n.id));
    expect([...model.drugById.keys()]).toEqual(drugsJson.drugs.map((d) => d.id));
    expect(model.references.size).toBe(referencesJson.references.length);
    expect(bundledModel()).toBe(model);
    expect(bundledPresets().map((p) => p.id)).toEqual(presetsJson.presets.map((p) => p.id));
    expect(bundledPresets()).toBe(bundledPresets());
    expect(bundledStories().map((s) => s.id)).toEqual(scenariosJson.stories.map((s) => s.id));
    expect(bundledStories()).toBe(bundledStories());
  });

  it('through the validator gives the same model, presets and stories', async () => {
    const checked = await checkedBundledData();
    const fast = bundledData();
    expect([...checked.model.nodeById.keys()]).toEqual([...fast.model.nodeById.keys()]);
    expect(checked.model.references.size).toBe(referencesJson.references.length);
    expect(checked.presets.map((p) => p.id)).toEqual(fast.presets.map((p) => p.id));
    expect(checked.stories.map((s) => s.id)).toEqual(fast.stories.map((s) => s.id));
  });
});
