// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewLogEntry } from '../cards/types';

const KEY = 'math-for-ml:progress';
const BACKUP = `${KEY}:backup`;
const realStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
const fixture = (v: number) =>
  readFileSync(join(import.meta.dirname, `../../tests/fixtures/progress-v${v}.json`), 'utf8');

let stops: (() => void)[] = [];

/** A fresh copy of the store, hydrating from whatever storage holds now (like a page load). */
async function loadStore() {
  vi.resetModules();
  const progress = await import('./progress');
  const backups = await import('./backups');
  const storage = await import('./storage');
  stops.push(progress.stopTabSync);
  return { ...progress, ...backups, ...storage };
}

function stubStorage(get: () => Storage) {
  Object.defineProperty(window, 'localStorage', { configurable: true, get });
}

/** localStorage whose setItem throws, as when disabled (SecurityError) or full (quota). */
function throwingStorage(name: 'SecurityError' | 'QuotaExceededError'): Storage {
  const real = realStorage!.get!.call(window) as Storage;
  return {
    getItem: (k: string) => real.getItem(k),
    setItem: () => {
      throw new DOMException('nope', name);
    },
    removeItem: (k: string) => real.removeItem(k),
  } as unknown as Storage;
}

const review = (cardId: string, at: number, rating: 1 | 2 | 3 | 4 = 3): ReviewLogEntry => ({
  id: `${cardId}@${at}`,
  cardId,
  rating,
  reviewedAt: at,
  seed: 42,
});

const stored = () =>
  JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as {
    version: number;
    state: { reviews: ReviewLogEntry[]; removed: string[]; lessonsRead: string[] };
  } | null;

/** What another tab does: write the key, then the browser tells this tab. */
function otherTabWrites(text: string) {
  window.localStorage.setItem(KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: text }));
}

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  if (realStorage) Object.defineProperty(window, 'localStorage', realStorage);
  window.localStorage.clear();
});

describe('progress store', () => {
  it('starts empty, records reviews and survives a reload', async () => {
    const first = await loadStore();
    expect(first.useProgress.persist.hasHydrated()).toBe(true);
    first.useProgress.getState().addReview(review('a', 2000));
    first.useProgress.getState().addReview(review('b', 1000));
    first.useProgress.getState().addReview(review('b', 1000)); // same id: ignored
    first.useProgress.getState().markLessonRead('vectors');
    first.useProgress.getState().setNewCardsPerDay(1e6);
    expect(stored()).toMatchObject({ version: 2, state: { lessonsRead: ['vectors'] } });

    const second = await loadStore();
    const state = second.useProgress.getState();
    expect(state.reviews.map((e) => e.id)).toEqual(['b@1000', 'a@2000']);
    expect(state.lessonsRead).toEqual(['vectors']);
    expect(state.newCardsPerDay).toBe(100);
  });

  it('upgrades a version 1 save in place', async () => {
    window.localStorage.setItem(KEY, fixture(1));
    const { useProgress } = await loadStore();
    expect(useProgress.getState().reviews).toHaveLength(5);
    expect(useProgress.getState().newCardsPerDay).toBe(15);
    expect(stored()?.version).toBe(2);
    expect(window.localStorage.getItem(BACKUP)).toBeNull();
  });

  it('undo removes a review for good', async () => {
    const { useProgress } = await loadStore();
    useProgress.getState().addReview(review('a', 1000));
    useProgress.getState().undoReview('a@1000');
    useProgress.getState().addReview(review('a', 1000)); // an echo of the undone review
    expect(useProgress.getState().reviews).toEqual([]);
    expect(stored()?.state.removed).toEqual(['a@1000']);
  });
});

describe('safe persistence', () => {
  it.each(['SecurityError', 'QuotaExceededError'] as const)(
    'keeps working in memory when setItem throws (%s) and reports it',
    async (name) => {
      const store = await loadStore();
      stubStorage(() => throwingStorage(name));
      expect(() => store.useProgress.getState().addReview(review('a', 1))).not.toThrow();
      store.useProgress.getState().addReview(review('b', 2));
      expect(store.useProgress.getState().reviews).toHaveLength(2);
      expect(store.getStorageProblem()).toBe(name === 'SecurityError' ? 'unavailable' : 'quota');
    },
  );

  it('works in memory when localStorage itself cannot be read (disabled)', async () => {
    stubStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const store = await loadStore();
    store.useProgress.getState().addReview(review('a', 1));
    expect(store.useProgress.getState().reviews).toHaveLength(1);
    expect(store.getStorageProblem()).toBe('unavailable');
  });

  it('backs up corrupt JSON, starts clean, and keeps the backup through later writes', async () => {
    window.localStorage.setItem(KEY, '{"state": {"reviews": [');
    const store = await loadStore();
    expect(store.useProgress.persist.hasHydrated()).toBe(true);
    expect(store.useProgress.getState().reviews).toEqual([]);
    const [set] = store.getBackupSets();
    expect(set?.key).toBe(KEY);
    expect(set?.backups[0]).toMatchObject({
      raw: '{"state": {"reviews": [',
      reason: expect.stringMatching(/could not be read: it is not valid JSON/) as unknown,
    });
    store.useProgress.getState().addReview(review('a', 1));
    expect(stored()?.state.reviews).toHaveLength(1);
    // a reload still offers the backup, once
    const again = await loadStore();
    expect(again.getBackupSets()[0]?.backups).toHaveLength(1);
    again.deleteBackups(KEY);
    expect(window.localStorage.getItem(BACKUP)).toBeNull();
    expect(again.getBackupSets()).toEqual([]);
  });

  it('backs up data that fails validation and says where', async () => {
    const bad = fixture(2).replace('"rating": 3', '"rating": "good"');
    window.localStorage.setItem(KEY, bad);
    const store = await loadStore();
    expect(store.useProgress.getState().reviews).toEqual([]);
    expect(store.getBackupSets()[0]?.backups[0]).toMatchObject({
      raw: bad,
      reason: expect.stringMatching(/did not pass validation: reviews\[0\]\.rating/) as unknown,
    });
  });

  it('backs up data whose migration throws, and still finishes hydrating', async () => {
    const newer = JSON.stringify({ version: 7, state: { anything: true } });
    window.localStorage.setItem(KEY, newer);
    const store = await loadStore();
    expect(store.useProgress.persist.hasHydrated()).toBe(true);
    expect(store.getBackupSets()[0]?.backups[0]).toMatchObject({
      raw: newer,
      reason: expect.stringMatching(/could not be upgraded: .*newer version/) as unknown,
    });
  });

  it('never overwrites unreadable data whose backup could not be saved', async () => {
    window.localStorage.setItem(KEY, '{corrupt');
    stubStorage(() => throwingStorage('QuotaExceededError'));
    const store = await loadStore();
    store.useProgress.getState().addReview(review('a', 1));
    if (realStorage) Object.defineProperty(window, 'localStorage', realStorage);
    expect(window.localStorage.getItem(KEY)).toBe('{corrupt');
    expect(store.getBackupSets()[0]?.backups[0]?.raw).toBe('{corrupt');
  });
});

describe('two tabs', () => {
  it("merges another tab's reviews from a storage event, and keeps both on the next write", async () => {
    const { useProgress } = await loadStore();
    useProgress.getState().addReview(review('mine', 1000));
    const theirs = {
      version: 2,
      state: {
        reviews: [review('theirs', 1500)],
        removed: [],
        lessonsRead: ['softmax'],
        newCardsPerDay: 4,
      },
    };
    otherTabWrites(JSON.stringify(theirs));
    expect(useProgress.getState().reviews.map((e) => e.id)).toEqual(['mine@1000', 'theirs@1500']);
    expect(useProgress.getState().newCardsPerDay).toBe(4);
    expect(stored()?.state.reviews).toHaveLength(2);
    useProgress.getState().addReview(review('mine', 3000));
    expect(stored()?.state.reviews.map((e) => e.id)).toEqual([
      'mine@1000',
      'theirs@1500',
      'mine@3000',
    ]);
  });

  it('a write merges with what another tab saved even before its event arrives', async () => {
    const { useProgress } = await loadStore();
    window.localStorage.setItem(KEY, fixture(2));
    useProgress.getState().addReview(review('mine', 1));
    expect(stored()?.state.reviews).toHaveLength(5);
  });

  it("an undo is not resurrected by another tab's older copy", async () => {
    const { useProgress } = await loadStore();
    useProgress.getState().addReview(review('a', 1000));
    const before = window.localStorage.getItem(KEY)!;
    useProgress.getState().undoReview('a@1000');
    otherTabWrites(before);
    expect(useProgress.getState().reviews).toEqual([]);
    expect(stored()?.state.reviews).toEqual([]);
  });

  it('ignores unreadable writes from another tab until it can back them up', async () => {
    const { useProgress, getBackupSets } = await loadStore();
    useProgress.getState().addReview(review('a', 1000));
    otherTabWrites('{"version": 3, "state": {}}');
    expect(useProgress.getState().reviews).toHaveLength(1);
    useProgress.getState().addReview(review('b', 2000));
    expect(getBackupSets()[0]?.backups[0]?.raw).toBe('{"version": 3, "state": {}}');
    expect(stored()?.state.reviews).toHaveLength(2);
  });
});
