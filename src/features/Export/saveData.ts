// The export menu's data downloads: the current results as CSV, and the lecture story on screen as PowerPoint.
// Loaded on the first such download, with the code that writes them.
import type { Model, Story } from '../../model/types';
import { currentStory, useLectureStore } from '../../stores/lectureStore';
import { useScenarioStore } from '../../stores/scenarioStore';
import { readoutsCsv, timeCourseCsv } from './csv';
import { buildStoryPptx, captureStory } from './pptx';
import { download, useExportStore } from './store';

/** Writes one download and returns what to tell the user. */
export async function saveData(
  what: 'results' | 'course' | 'pptx',
  model: Model,
  stories: readonly Story[],
): Promise<string> {
  if (what === 'pptx') {
    const story = currentStory(stories, useLectureStore.getState().story);
    if (!story) throw new Error('no story to export');
    const slides = await captureStory(model, story, () => useExportStore.getState().exporter);
    download(await buildStoryPptx(story.title, slides), `${story.id}.pptx`);
    return `Saved ${story.id}.pptx (${slides.length} slides)`;
  }
  const scenario = useScenarioStore.getState();
  const base = useExportStore.getState().exporter?.meta().fileBase ?? 'pathway-lens';
  const file = `${base}-${what === 'results' ? 'readouts' : 'time-course'}.csv`;
  download(
    what === 'results' ? readoutsCsv(model, scenario) : timeCourseCsv(model, scenario),
    file,
    'text/csv',
  );
  return `Saved ${file}`;
}
