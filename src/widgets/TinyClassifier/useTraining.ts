import { useState } from 'react';
import type { Point } from './data';
import { extendRun, startRun } from './model';
import type { Run } from './model';

interface Cache {
  points: readonly Point[];
  lr: number;
  run: Run;
}

/**
 * The training run for these points and learning rate, at least `steps` long. Playing extends
 * the cached run by the new steps only; new points or a new η start a fresh run.
 */
export function useTraining(points: readonly Point[], lr: number, steps: number): Run {
  const [cache, setCache] = useState<Cache>(() => ({
    points,
    lr,
    run: extendRun(startRun(points), points, lr, steps),
  }));
  const same = cache.points === points && cache.lr === lr;
  if (same && cache.run.thetas.length > steps) return cache.run;
  // derived state: React re-renders at once with the new cache, before painting
  const next = {
    points,
    lr,
    run: extendRun(same ? cache.run : startRun(points), points, lr, steps),
  };
  setCache(next);
  return next.run;
}
