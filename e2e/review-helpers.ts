// Shared by the review, progress and storage-fault specs: drive /review by keyboard only.
import { expect } from './fixtures';
import type { Page } from '@playwright/test';

export const PROGRESS_KEY = 'math-for-ml:progress';

export interface StoredReview {
  id: string;
  cardId: string;
  rating: number;
  reviewedAt: number;
  seed: number;
  autoGrade?: 'right' | 'wrong';
}

/** The stored progress (null when nothing is saved or storage cannot be read). */
export async function storedProgress(page: Page) {
  return page.evaluate((key) => {
    try {
      const raw = window.localStorage.getItem(key);
      return raw
        ? (JSON.parse(raw) as {
            version: number;
            state: { reviews: StoredReview[]; lessonsRead: string[]; newCardsPerDay: number };
          })
        : null;
    } catch {
      return null;
    }
  }, PROGRESS_KEY);
}

export const session = (page: Page) => page.locator('.review__session');
export const ratingGroup = (page: Page) => page.getByRole('group', { name: /How well did you/ });

/** Starts a session from the overview with the keyboard. */
export async function startByKeyboard(page: Page) {
  const start = page.getByRole('button', { name: /^Start review \(\d+ cards?\)$/ });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(session(page)).toBeVisible();
}

/**
 * Answers the current card by keyboard: a typed answer ("0", Enter), an option (1, Enter) or a
 * revealed recall card (Space), then rates it with `rating` (1–4).
 */
export async function answerAndRate(page: Page, rating: '1' | '2' | '3' | '4') {
  const card = page.locator('.review__card');
  await expect(card.getByRole('article')).toBeVisible();
  if ((await card.getByRole('radio').count()) > 0) {
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
  } else if ((await card.getByRole('textbox').count()) > 0) {
    await expect(card.getByRole('textbox')).toBeFocused();
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('Space');
  }
  await expect(ratingGroup(page)).toBeVisible();
  await page.keyboard.press(rating);
}

/** "Card 3 of 12" → [3, 12]. */
export async function position(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.review__position').textContent()) ?? '';
  const match = /Card (\d+) of (\d+)/.exec(text);
  return [Number(match?.[1]), Number(match?.[2])];
}
