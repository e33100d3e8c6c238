// Lecture mode, fetched the first time it opens: a first visit does not download it.
import { lazy, Suspense } from 'react';
import { loadBundledReferences } from '../../model/bundledData';

const LectureModeChunk = lazy(async () => {
  // It cites references: fetch them with the code.
  const [m] = await Promise.all([import('./LectureMode'), loadBundledReferences()]);
  return { default: m.LectureMode };
});

/** Lecture mode's screen; render it only while lecture mode is on. */
export function LazyLectureMode() {
  return (
    <Suspense fallback={null}>
      <LectureModeChunk />
    </Suspense>
  );
}
