import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, expectNoAxeViolations, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerAndRate, startByKeyboard, storedProgress } from './review-helpers';

const fixtureV1 = fileURLToPath(new URL('../tests/fixtures/progress-v1.json', import.meta.url));

async function reviewSome(page: Page, count: number) {
  await page.goto('/review');
  await page.getByLabel('New cards per day').fill(String(count));
  await startByKeyboard(page);
  for (let i = 0; i < count; i += 1) await answerAndRate(page, '4');
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
}

const importField = (page: Page) => page.getByLabel('Import progress from a file');

test.describe('/progress', () => {
  test('with no history: zero counts, sentences for every chart, axe clean', async ({ page }) => {
    await page.goto('/progress');
    await expect(page).toHaveTitle('Progress — Math for ML');
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expect(page.getByText(/^0 of \d+ lessons read\./)).toBeVisible();
    await expect(page.getByText('No reviews in the last 30 days.')).toBeVisible();
    await expect(page.getByText('No cards fall due in the next 7 days.')).toBeVisible();
    await expect(page.getByText(/none has come back for review yet/)).toBeVisible();
    await expect(page.getByText('Nothing is due right now.')).toBeVisible();
    await expectNoAxeViolations(page, '/progress empty');
  });

  test('shows lessons read, card counts, charts with tables; reload keeps it', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/lessons/vectors');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // End only reaches the end once the lesson body (a lazy chunk) and its widgets are in
    await expect(page.getByRole('heading', { level: 2, name: 'Recap' })).toBeAttached();
    await page.waitForLoadState('networkidle');
    await expect
      .poll(
        async () => {
          await page.keyboard.press('End');
          return (await storedProgress(page))?.state.lessonsRead;
        },
        { timeout: 20_000 },
      )
      .toEqual(['vectors']);
    await reviewSome(page, 3);

    await page.goto('/progress');
    await page.reload();
    await expect(page.getByText(/^1 of \d+ lessons read\./)).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Lessons read' })
        .getByRole('listitem')
        .filter({ hasText: 'Vectors, norms and the dot product' }),
    ).toContainText('— read');
    const counts = page.locator('.card-counts');
    await expect(counts.locator('div').filter({ hasText: /^Learned/ })).toContainText('3');
    await expect(page.getByText(/^3 reviews in the last 30 days, on 1 day;/)).toBeVisible();
    await expect(page.getByText(/^0 cards fall due|No cards fall due/)).toBeVisible();

    const history = page.getByRole('figure').filter({ hasText: 'Reviews per day, last 30 days' });
    await expect(history.getByRole('img')).toHaveAccessibleName(/^3 reviews in the last 30/);
    await history.getByText('Show as a table').click();
    const table = history.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(31);
    await expect(table.getByRole('row').last()).toContainText('3');
    await expectNoAxeViolations(page, '/progress with data and a table open');
  });

  test('export downloads every review as JSON', async ({ page }) => {
    await reviewSome(page, 2);
    await page.goto('/progress');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress (JSON)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^math-for-ml-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      format: string;
      version: number;
      state: { reviews: unknown[] };
    };
    expect(file).toMatchObject({ format: 'math-for-ml-progress', version: 2 });
    expect(file.state.reviews).toHaveLength(2);
  });

  test('an invalid import changes nothing and says exactly what is wrong', async ({ page }) => {
    await reviewSome(page, 1);
    await page.goto('/progress');
    const before = await storedProgress(page);
    const bad = {
      version: 2,
      state: {
        reviews: [{ id: 'x@1', cardId: 'x', rating: 7, reviewedAt: 1, seed: 0 }],
        removed: [],
        lessonsRead: [],
        newCardsPerDay: 10,
      },
    };
    await importField(page).setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(
      '“bad.json” was not imported and nothing changed: reviews[0].rating must be 1, 2, 3 or 4 (Again, Hard, Good, Easy).',
    );
    await expectNoAxeViolations(page, '/progress after an invalid import');

    await importField(page).setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    });
    await expect(alert).toContainText(
      '“notes.txt” was not imported and nothing changed: it is not valid JSON',
    );
    expect(await storedProgress(page)).toEqual(before);
  });

  test('a valid import shows what it will merge, and merges reviews by id on confirmation', async ({
    page,
  }) => {
    await reviewSome(page, 1);
    await page.goto('/progress');
    await importField(page).setInputFiles(fixtureV1);
    const preview = page.getByRole('status').filter({ hasText: 'is a valid progress file' });
    await expect(preview).toContainText(
      'The file holds 5 reviews of 2 cards and 1 lesson read. Merging adds 5 reviews and 1 lesson read',
    );
    await expectNoAxeViolations(page, '/progress import preview');
    // nothing is merged before the confirmation
    expect((await storedProgress(page))?.state.reviews).toHaveLength(1);
    await preview.getByRole('button', { name: 'Merge into my progress' }).click();
    await expect(
      page.getByText('Merged “progress-v1.json”: 5 reviews and 1 lesson read added.'),
    ).toBeVisible();
    expect((await storedProgress(page))?.state.reviews).toHaveLength(6);
    await expect(page.getByText(/^1 of \d+ lessons read\./)).toBeVisible();

    // the same file again adds nothing; Cancel leaves everything as it was
    await importField(page).setInputFiles(fixtureV1);
    await expect(preview).toContainText('Merging adds 0 reviews and 0 lessons read');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toBeHidden();
    expect((await storedProgress(page))?.state.reviews).toHaveLength(6);
  });
});

test.describe('narrow and dark', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  test('/review in session and /progress with data fit 360 px and pass axe in the dark theme', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const pageWidth = () =>
      page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    await page.goto('/review');
    await startByKeyboard(page);
    await answerAndRate(page, '4');
    await page.keyboard.press('Space');
    expect(await pageWidth()).toBeLessThanOrEqual(361);
    await expectNoAxeViolations(page, '/review in session, 360 px, dark');

    // the study links live in the menu on narrow screens
    await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Study' })
      .getByRole('link', { name: 'Progress' })
      .click();
    await expect(page.getByText(/^1 review in the last 30 days/)).toBeVisible();
    expect(await pageWidth()).toBeLessThanOrEqual(361);
    await expectNoAxeViolations(page, '/progress with data, 360 px, dark');
  });
});
