// /review and /progress load as their own chunks: the scheduler, d3 and the card index stay off
// the lesson pages' first load.
import { Suspense, lazy } from 'react';

const ReviewPage = lazy(() => import('./ReviewPage').then((m) => ({ default: m.ReviewPage })));
const ProgressPage = lazy(() =>
  import('./ProgressPage').then((m) => ({ default: m.ProgressPage })),
);

const loading = <p className="route-loading">Loading…</p>;

export function ReviewRoute() {
  return (
    <Suspense fallback={loading}>
      <ReviewPage />
    </Suspense>
  );
}

export function ProgressRoute() {
  return (
    <Suspense fallback={loading}>
      <ProgressPage />
    </Suspense>
  );
}
