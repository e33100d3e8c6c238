// "Download story as PowerPoint": an editable .pptx of the lecture story on screen, one slide per step with the
// step's figure (the PNG export: network, legend, source line), its title and caption as text, and its sources.
// Loaded on demand with pptxgenjs, so neither is in the app's first download.
/// <reference types="vite/client" />
import type PptxGenJS from 'pptxgenjs';
// pptxgenjs's self-contained browser build (with JSZip), served as a file and run on the first PowerPoint export: kept
// out of the module graph, its CommonJS parts do not split the app's own first-load chunks.
import pptxBundleUrl from '../../../node_modules/pptxgenjs/dist/pptxgen.bundle.js?url';
import { citationText } from '../../model/cite';
import type { Model, Story } from '../../model/types';
import { useLectureStore } from '../../stores/lectureStore';
import { useScenarioStore } from '../../stores/scenarioStore';
import { stepScenario } from '../Lecture/LectureMode';
import { SOURCE_LINE } from './figure';
import type { Exporter } from './store';

/** One slide: the step's figure (PNG, with its size in px) and its words. */
export interface StorySlide {
  png: Blob;
  width: number;
  height: number;
  title: string;
  caption: string;
  sources: string;
}

/** Slide size (LAYOUT_WIDE, inches) and where the figure, title and caption go. */
const SLIDE = { width: 13.333, height: 7.5, margin: 0.4 } as const;
const FIGURE_BOX = { x: SLIDE.margin, y: 0.95, w: SLIDE.width - 2 * SLIDE.margin, h: 4.95 } as const;

/** The figure scaled to fit its box, centred. */
function fitFigure(width: number, height: number) {
  const scale = Math.min(FIGURE_BOX.w / width, FIGURE_BOX.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: FIGURE_BOX.x + (FIGURE_BOX.w - w) / 2, y: FIGURE_BOX.y + (FIGURE_BOX.h - h) / 2, w, h };
}

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}

/** The PptxGenJS class, from its browser build (a script that defines the global `PptxGenJS`), loaded once. */
async function loadPptxGenJS(): Promise<typeof PptxGenJS> {
  const global = window as unknown as { PptxGenJS?: typeof PptxGenJS };
  if (!global.PptxGenJS)
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = pptxBundleUrl;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('the PowerPoint writer could not be loaded'));
      document.head.append(script);
    });
  if (!global.PptxGenJS) throw new Error('the PowerPoint writer did not start');
  return global.PptxGenJS;
}

/** The .pptx file of a story's slides: editable text boxes around each step's figure. */
export async function buildStoryPptx(storyTitle: string, slides: readonly StorySlide[]): Promise<Blob> {
  const Writer = await loadPptxGenJS();
  const pptx = new Writer();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = storyTitle;
  pptx.company = 'Pathway Lens';
  const text = { fontFace: 'Arial', color: '1B1F24', margin: 0 } as const;
  for (const [i, s] of slides.entries()) {
    const slide = pptx.addSlide();
    slide.addText(s.title, {
      ...text,
      x: SLIDE.margin,
      y: 0.3,
      w: FIGURE_BOX.w,
      h: 0.55,
      fontSize: 26,
      bold: true,
    });
    slide.addImage({ data: await dataUrl(s.png), ...fitFigure(s.width, s.height), altText: s.title });
    slide.addText(s.caption, {
      ...text,
      x: SLIDE.margin,
      y: 6.0,
      w: FIGURE_BOX.w,
      h: 0.85,
      fontSize: 16,
      valign: 'top',
    });
    slide.addText(
      `${storyTitle} · step ${i + 1} of ${slides.length} · Sources: ${s.sources} · ${SOURCE_LINE}`,
      {
        ...text,
        x: SLIDE.margin,
        y: 6.9,
        w: FIGURE_BOX.w,
        h: 0.45,
        fontSize: 9,
        color: '57606A',
        valign: 'top',
      },
    );
    slide.addNotes(s.caption);
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

/** Resolves after the browser has painted the next frame. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Whether the explorer's choices are a step's scenario (lecture mode has applied the step). */
function showsStep(model: Model, story: Story, step: number): boolean {
  const want = stepScenario(model, story.steps[step] as Story['steps'][number]);
  const s = useScenarioStore.getState();
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (
    useLectureStore.getState().step === step &&
    same(s.drugs, want.drugs) &&
    same(s.mutations, want.mutations) &&
    same(s.loopsOff, want.loopsOff) &&
    s.timescale === want.timescale
  );
}

/** Opens each step of the story in lecture mode, exports its figure, and comes back to the step it started on. */
export async function captureStory(model: Model, story: Story, getExporter: () => Exporter | null) {
  const lecture = useLectureStore.getState();
  const start = lecture.step;
  const slides: StorySlide[] = [];
  try {
    for (const [i, step] of story.steps.entries()) {
      useLectureStore.getState().goto(i, story.steps.length);
      // Wait until lecture mode has set the step and the canvas has drawn it (a frame after the store changed).
      for (let tries = 0; tries < 300 && !showsStep(model, story, i); tries++) await nextFrame();
      await nextFrame();
      const exporter = getExporter();
      if (!exporter) throw new Error('no figure on screen to export');
      // The lecture canvas eases its colours to the new values: export once they are there (at most ~5 s).
      for (let tries = 0; tries < 300 && exporter.animating?.(); tries++) await nextFrame();
      const png = await exporter.exportPng({ scale: 2, background: 'white' });
      const size = await createImageBitmap(png);
      slides.push({
        png,
        width: size.width,
        height: size.height,
        title: step.title ?? `Step ${i + 1}`,
        caption: step.caption,
        sources: step.references
          .map((id) => model.references.get(id))
          .flatMap((r) => (r ? [citationText(r, true)] : []))
          .join('; '),
      });
      size.close();
    }
  } finally {
    useLectureStore.getState().goto(start, story.steps.length);
  }
  return slides;
}
