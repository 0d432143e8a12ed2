import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, test } from './fixtures';
import type { Page } from '@playwright/test';
import { PROGRESS_KEY, answerAndRate, startByKeyboard, storedProgress } from './review-helpers';

/** Writes raw text under the progress key, as a damaged or foreign save would have left it. */
async function seedStorage(page: Page, raw: string) {
  await page.goto('/');
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    PROGRESS_KEY,
    raw,
  ] as const);
}

test.describe('storage that throws', () => {
  test('disabled storage: the notice shows and a review session still works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/review');
    const notice = page.getByRole('status').filter({ hasText: 'not letting the guide save' });
    await expect(notice).toBeVisible();
    await expectNoAxeViolations(page, '/review with storage disabled');

    await startByKeyboard(page);
    await answerAndRate(page, '4');
    await answerAndRate(page, '4');
    await page.getByRole('button', { name: 'End session' }).click();
    await expect(page.getByText('You made 2 reviews of 2 cards.')).toBeVisible();
    // in memory only, but the rest of the session sees it
    await page.getByRole('button', { name: 'Back to the review overview' }).click();
    await expect(page.locator('.review-overview__counts')).toContainText('8 new cards ready');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
  });

  test('a full quota: the notice says so and the session goes on', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    await page.goto('/review');
    await startByKeyboard(page);
    await answerAndRate(page, '4');
    await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
    await answerAndRate(page, '4');
    await expect(page.getByRole('heading', { name: /Card 3 of 10/ })).toBeVisible();
  });
});

test.describe('stored data the guide cannot read', () => {
  test('corrupt JSON: starts clean, offers the backup as a download, deletes it on request', async ({
    page,
  }) => {
    const raw = '{"state": {"reviews": [{"id": "vectors/dot@1"';
    await seedStorage(page, raw);
    await page.goto('/review');
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toContainText('it is not valid JSON');
    await expect(page.locator('.review-overview__counts')).toContainText('10 new cards ready');
    await expectNoAxeViolations(page, '/review with a backup offered');

    const downloadPromise = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download backup' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^math-for-ml-progress-backup-.*\.json$/);
    expect(await readFile(await download.path(), 'utf8')).toBe(raw);

    // new reviews are saved cleanly; the backup stays until the reader deletes it
    await startByKeyboard(page);
    await answerAndRate(page, '4');
    await expect.poll(async () => (await storedProgress(page))?.state.reviews.length).toBe(1);
    await page.reload();
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Download backup' }).click();
    await notice.getByRole('button', { name: 'Delete the backup from this browser' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.locator('.review-overview__counts')).toContainText('9 new cards ready');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('data that fails validation is backed up with the reason', async ({ page }) => {
    const raw = JSON.stringify({
      version: 2,
      state: {
        reviews: [{ id: 'a@1', cardId: 'a', rating: 9, reviewedAt: 1, seed: 0 }],
        removed: [],
        lessonsRead: [],
        newCardsPerDay: 10,
      },
    });
    await seedStorage(page, raw);
    await page.goto('/progress');
    const notice = page.getByRole('alert').filter({ hasText: 'did not pass validation' });
    await expect(notice).toContainText('reviews[0].rating must be 1, 2, 3 or 4');
    await expectNoAxeViolations(page, '/progress with a backup offered');
  });

  test('a save from a newer version is backed up, not overwritten silently', async ({ page }) => {
    const raw = JSON.stringify({ version: 9, state: { anything: 'new' } });
    await seedStorage(page, raw);
    await page.goto('/review');
    await expect(page.getByRole('alert')).toContainText('saved by a newer version of the guide');
    const backup = await page.evaluate(
      (key) => window.localStorage.getItem(`${key}:backup`),
      PROGRESS_KEY,
    );
    expect(JSON.parse(backup ?? '[]')).toMatchObject([{ raw }]);
  });
});

test('two open tabs keep each other’s reviews', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/review');
  await second.goto('/review');
  await expect(second.locator('.review-overview__counts')).toContainText('10 new cards ready');

  await startByKeyboard(first);
  await answerAndRate(first, '4');
  // the other tab hears about it through the storage event
  await expect(second.locator('.review-overview__counts')).toContainText('9 new cards ready');

  await startByKeyboard(second);
  await answerAndRate(second, '4');
  await answerAndRate(first, '4');
  // A write reaches another tab's copy of localStorage asynchronously (Chromium sends it through
  // the browser process), and the two tabs may each write before hearing the other: both must
  // settle on all three reviews, by id.
  const reviewIds = async (page: Page) =>
    ((await storedProgress(page))?.state.reviews.map((r) => r.id) ?? []).sort();
  await expect.poll(() => reviewIds(second)).toHaveLength(3);
  const ids = await reviewIds(second);
  expect(new Set(ids).size).toBe(3);
  await expect.poll(() => reviewIds(first)).toEqual(ids);
});
