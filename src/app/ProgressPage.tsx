import { Suspense, lazy, useMemo } from 'react';
import { cardIndex } from '../cards/cardIndex';
import { useNow } from '../cards/review/useNow';
import { lessons } from '../lessons/catalog';
import { selectLessonsRead, selectReviews, useProgress } from '../store/progress';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CardCounts } from './progress/CardCounts';
import { ExportImport } from './progress/ExportImport';
import { LessonsRead } from './progress/LessonsRead';
import { progressStats } from './progress/stats';
import './progress/progress.css';

// the charts (d3) sit below the lessons and card counts: their chunk loads while those paint
const ProgressCharts = lazy(() =>
  import('./progress/ProgressCharts').then((m) => ({ default: m.ProgressCharts })),
);

export function ProgressPage() {
  useDocumentTitle('Progress');
  const now = useNow();
  const reviews = useProgress(selectReviews);
  const lessonsRead = useProgress(selectLessonsRead);
  const stats = useMemo(() => progressStats(cardIndex, reviews, now), [reviews, now]);

  return (
    <div className="progress-page">
      <h1>Your progress</h1>
      <p className="progress-page__lede">
        Everything here is kept in this browser only. Export it to keep a copy, or to carry it to
        another browser and import it there.
      </p>
      <div className="progress-page__grid">
        <LessonsRead lessons={lessons} read={lessonsRead} />
        <CardCounts counts={stats.counts} />
      </div>
      <Suspense fallback={<p className="progress-page__loading">Loading the charts…</p>}>
        <ProgressCharts stats={stats} />
      </Suspense>
      <section aria-labelledby="export-import">
        <h2 id="export-import">Export and import</h2>
        <p>
          The export is a JSON file with every review and the lessons you have read. Importing
          merges a file into what is here: reviews are matched by their id, so importing the same
          file twice changes nothing.
        </p>
        <ExportImport />
      </section>
    </div>
  );
}
