// The progress store: review log, lessons read, the daily new-card limit. Persisted under one
// versioned key through safeStorage; unreadable data is backed up (never dropped); writes merge
// with what another tab saved meanwhile, and other tabs' writes are merged in as they happen.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ReviewLogEntry } from '../cards/types';
import { keepBackup, loadBackups } from './backups';
import {
  MAX_NEW_CARDS_PER_DAY,
  PROGRESS_VERSION,
  decodeProgress,
  emptyProgress,
  migrateProgress,
  normalizeProgress,
  validateProgress,
} from './progressSchema';
import type { DecodeResult, ProgressData } from './progressSchema';
import { mergeProgress, sameProgress } from './progressMerge';
import { safeStorage, subscribeExternalChange } from './storage';

export const PROGRESS_KEY = 'math-for-ml:progress';

export interface ProgressActions {
  /** Appends one review (ignored if its id is already logged or was undone). */
  addReview: (entry: ReviewLogEntry) => void;
  /** Removes a review for good (undo): it stays out of every merge afterwards. */
  undoReview: (id: string) => void;
  markLessonRead: (slug: string) => void;
  /** Whole number, clamped to 0…MAX_NEW_CARDS_PER_DAY. */
  setNewCardsPerDay: (count: number) => void;
  /** Merges imported progress: reviews by id, lessons read as a union; our setting is kept. */
  importProgress: (data: ProgressData) => void;
}

export type ProgressState = ProgressData & ProgressActions;

const reasons: Record<Exclude<DecodeResult, { ok: true }>['failure'], string> = {
  corrupt: 'Your saved progress could not be read',
  invalid: 'Your saved progress did not pass validation',
  migration: 'Your saved progress could not be upgraded',
};

/** Sets unreadable stored text aside; false when the backup could not be saved durably. */
function backUp(raw: string, failure: Exclude<DecodeResult, { ok: true }>): boolean {
  return keepBackup(
    PROGRESS_KEY,
    raw,
    `${reasons[failure.failure]}: ${failure.message}.`,
    Date.now(),
  );
}

export const pickProgress = (state: ProgressData): ProgressData => ({
  reviews: state.reviews,
  removed: state.removed,
  lessonsRead: state.lessonsRead,
  newCardsPerDay: state.newCardsPerDay,
});

const progressStorage: PersistStorage<ProgressData> = {
  getItem(name) {
    const raw = safeStorage.getItem(name);
    if (raw === null) return null;
    const decoded = decodeProgress(raw);
    if (!decoded.ok) {
      backUp(raw, decoded);
      return null;
    }
    // hand persist the stored version so its migrate step runs (and saves the upgraded shape)
    const { state, version } = JSON.parse(raw) as StorageValue<ProgressData>;
    return { state, version: version ?? PROGRESS_VERSION };
  },
  setItem(name, value) {
    const stored = safeStorage.getItem(name);
    let data = normalizeProgress(value.state);
    if (stored !== null) {
      const decoded = decodeProgress(stored);
      // keep what another tab saved since our last read; never overwrite text we cannot read
      // unless it was backed up first
      if (decoded.ok) data = mergeProgress(data, decoded.data, 'ours');
      else if (!backUp(stored, decoded)) return;
    }
    const text = JSON.stringify({ state: data, version: PROGRESS_VERSION });
    if (text !== stored) safeStorage.setItem(name, text);
  },
  removeItem(name) {
    safeStorage.removeItem(name);
  },
};

const clampNewCards = (count: number) =>
  Number.isFinite(count) ? Math.min(MAX_NEW_CARDS_PER_DAY, Math.max(0, Math.round(count))) : 0;

loadBackups(PROGRESS_KEY);

export const useProgress = create<ProgressState>()(
  persist<ProgressState, [], [], ProgressData>(
    (set, get) => ({
      ...emptyProgress(),
      addReview: (entry) => {
        const { reviews, removed } = get();
        if (removed.includes(entry.id) || reviews.some((e) => e.id === entry.id)) return;
        set(normalizeProgress({ ...pickProgress(get()), reviews: [...reviews, entry] }));
      },
      undoReview: (id) => {
        const { reviews, removed } = get();
        set({ reviews: reviews.filter((e) => e.id !== id), removed: [...removed, id].sort() });
      },
      markLessonRead: (slug) => {
        const { lessonsRead } = get();
        if (lessonsRead.includes(slug)) return;
        set({ lessonsRead: [...lessonsRead, slug].sort() });
      },
      setNewCardsPerDay: (count) => set({ newCardsPerDay: clampNewCards(count) }),
      importProgress: (data) => set(mergeProgress(pickProgress(get()), data, 'ours')),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: progressStorage,
      partialize: pickProgress,
      // getItem has already checked that this succeeds; a throw here would stall hydration
      migrate: (persisted, version) => {
        try {
          return migrateProgress(persisted, version) as ProgressData;
        } catch {
          return emptyProgress();
        }
      },
      merge: (persisted, current) => {
        const valid = validateProgress(persisted);
        return valid.success ? { ...current, ...normalizeProgress(valid.data) } : current;
      },
    },
  ),
);

/** Another tab saved: merge its reviews in (its new-card setting is the newer choice). */
function onExternalChange(newValue: string | null): void {
  if (newValue === null) return;
  const decoded = decodeProgress(newValue);
  // unreadable (e.g. a newer version in another tab): our next write backs it up first
  if (!decoded.ok) return;
  const ours = pickProgress(useProgress.getState());
  const merged = mergeProgress(ours, decoded.data, 'theirs');
  if (!sameProgress(merged, ours)) useProgress.setState(merged);
  // their copy lacks something of ours (e.g. an undo): write the merge back (setState saves)
  else if (!sameProgress(merged, decoded.data)) useProgress.setState({});
}

/** Stops listening to other tabs (tests load a fresh copy of this module per case). */
export const stopTabSync = subscribeExternalChange(PROGRESS_KEY, onExternalChange);

export const selectReviews = (s: ProgressState) => s.reviews;
export const selectLessonsRead = (s: ProgressState) => s.lessonsRead;
export const selectNewCardsPerDay = (s: ProgressState) => s.newCardsPerDay;
