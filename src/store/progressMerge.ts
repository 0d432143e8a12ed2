// Merging two copies of progress (another tab's write, an imported file): review logs are
// merged by id, undone ids stay undone everywhere, lessons read are a union. Only the daily
// new-card setting is a choice, so the caller says whose setting wins.
import { normalizeProgress } from './progressSchema';
import type { ProgressData } from './progressSchema';

export function mergeProgress(
  ours: ProgressData,
  theirs: ProgressData,
  settingsFrom: 'ours' | 'theirs',
): ProgressData {
  const removed = new Set([...ours.removed, ...theirs.removed]);
  const byId = new Map(theirs.reviews.map((e) => [e.id, e]));
  for (const entry of ours.reviews) byId.set(entry.id, entry);
  return normalizeProgress({
    reviews: [...byId.values()].filter((e) => !removed.has(e.id)),
    removed: [...removed],
    lessonsRead: [...ours.lessonsRead, ...theirs.lessonsRead],
    newCardsPerDay: settingsFrom === 'ours' ? ours.newCardsPerDay : theirs.newCardsPerDay,
  });
}

export function sameProgress(a: ProgressData, b: ProgressData): boolean {
  return JSON.stringify(normalizeProgress(a)) === JSON.stringify(normalizeProgress(b));
}

/** What merging an import would change, for the confirmation step. */
export interface MergePreview {
  reviewsInFile: number;
  newReviews: number;
  /** Reviews in the file that were undone here, so they stay out. */
  undoneHere: number;
  lessonsInFile: number;
  newLessons: number;
  cardsInFile: number;
}

export function previewMerge(ours: ProgressData, incoming: ProgressData): MergePreview {
  const known = new Set(ours.reviews.map((e) => e.id));
  const removed = new Set(ours.removed);
  const read = new Set(ours.lessonsRead);
  return {
    reviewsInFile: incoming.reviews.length,
    newReviews: incoming.reviews.filter((e) => !known.has(e.id) && !removed.has(e.id)).length,
    undoneHere: incoming.reviews.filter((e) => removed.has(e.id)).length,
    lessonsInFile: incoming.lessonsRead.length,
    newLessons: incoming.lessonsRead.filter((s) => !read.has(s)).length,
    cardsInFile: new Set(incoming.reviews.map((e) => e.cardId)).size,
  };
}
