import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  answerAndRate,
  position,
  ratingGroup,
  session,
  startByKeyboard,
  storedProgress,
} from './review-helpers';

test.describe('/review', () => {
  test('a full session by keyboard, with undo, a summary, and everything kept on reload', async ({
    page,
  }) => {
    // ten cards and five axe runs on a shared 2-core machine
    test.setTimeout(120_000);
    await page.goto('/review');
    await expect(page).toHaveTitle('Review — Math for ML');
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
    const counts = page.locator('.review-overview__counts');
    await expect(counts).toContainText('0 cards due, 10 new cards ready');
    await expectNoAxeViolations(page, '/review before the first session');

    await startByKeyboard(page);
    expect(await position(page)).toEqual([1, 10]);
    await expectNoAxeViolations(page, '/review asking');

    // the first card: answer, check the four labelled buttons and their intervals, rate Easy
    const title = page.locator('.review__card-title');
    const first = await title.textContent();
    const card = page.locator('.review__card');
    if ((await card.getByRole('radio').count()) > 0) {
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
    } else if ((await card.getByRole('textbox').count()) > 0) {
      await page.keyboard.type('0');
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('Space');
    }
    for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
      await expect(
        ratingGroup(page).getByRole('button', { name: new RegExp(`^${name}`) }),
      ).toBeVisible();
    }
    await expect(ratingGroup(page).getByRole('button', { name: /^Again/ })).toContainText('1 min');
    await expect(ratingGroup(page).getByRole('button', { name: /^Easy/ })).toContainText(/days?/);
    await expectNoAxeViolations(page, '/review answered');
    await page.keyboard.press('4');
    await expect.poll(() => position(page)).toEqual([2, 10]);
    await expect.poll(async () => (await storedProgress(page))?.state.reviews.length).toBe(1);

    // Ctrl+Z: the rating is gone and the same card is back
    await page.keyboard.press('Control+z');
    await expect.poll(() => position(page)).toEqual([1, 10]);
    await expect(title).toHaveText(first ?? '');
    await expect.poll(async () => (await storedProgress(page))?.state.reviews.length).toBe(0);

    // the rest, all Easy (new cards rated Easy do not come back within the session)
    for (let i = 0; i < 10; i += 1) await answerAndRate(page, '4');
    const summary = page.getByRole('region', { name: 'Session complete' });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText('You made 10 reviews of 10 cards.');
    await expect(summary).toContainText(/The next card is due in \d+ days?/);
    await expectNoAxeViolations(page, '/review summary');

    const saved = await storedProgress(page);
    expect(saved?.version).toBe(2);
    expect(saved?.state.reviews).toHaveLength(10);
    expect(saved?.state.reviews.every((r) => r.rating === 4 && Number.isInteger(r.seed))).toBe(
      true,
    );

    await page.reload();
    await expect(counts).toContainText('0 cards due, 0 new cards ready');
    await expect(page.getByRole('heading', { name: 'Nothing to review right now' })).toBeVisible();
    await expect(page.locator('.review-empty')).toContainText(
      /Come back (later|tomorrow): the next card is due in \d+ days?/,
    );
    await expectNoAxeViolations(page, '/review empty');
    expect((await storedProgress(page))?.state.reviews).toHaveLength(10);

    // the header badge has nothing to count yet; the progress page sees the reviews
    await page
      .getByRole('navigation', { name: 'Study' })
      .getByRole('link', { name: 'Progress' })
      .click();
    await expect(page.getByText(/^10 reviews in the last 30 days/)).toBeVisible();
  });

  test('a card rated Again comes back in the same session', async ({ page }) => {
    await page.goto('/review');
    await page.getByLabel('New cards per day').fill('1');
    await expect(page.locator('.review-overview__counts')).toContainText('1 new card ready');
    await startByKeyboard(page);
    await answerAndRate(page, '1');
    await expect.poll(() => position(page)).toEqual([2, 2]);
    await answerAndRate(page, '4');
    await expect(page.getByText('You made 2 reviews of 1 card.')).toBeVisible();
  });

  test('the lesson filter narrows the queue and lives in the URL', async ({ page }) => {
    await page.goto('/review');
    const select = page.getByLabel('Lesson', { exact: true });
    await expect(select).toBeVisible();
    const options = await select.locator('option').allTextContents();
    expect(options[0]).toBe('All lessons');
    expect(options.length).toBeGreaterThan(2);
    await select.selectOption({ index: 1 });
    await expect(page).toHaveURL(/\/review\?lesson=[\w-]+$/);
    await startByKeyboard(page);
    const lesson = new URL(page.url()).searchParams.get('lesson');
    await answerAndRate(page, '4');
    const saved = await storedProgress(page);
    expect(saved?.state.reviews[0]?.cardId.startsWith(`${lesson ?? '?'}/`)).toBe(true);
    await page.getByRole('button', { name: 'End session' }).click();
    await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  });

  test('with no new cards allowed and nothing due, the empty state says when to come back', async ({
    page,
  }) => {
    await page.goto('/review');
    await page.getByLabel('New cards per day').fill('0');
    await expect(page.getByRole('heading', { name: 'Nothing to review right now' })).toBeVisible();
    await expect(page.locator('.review-empty')).toContainText(
      'Come back tomorrow for more new cards.',
    );
    await expectNoAxeViolations(page, '/review empty, limit 0');
    await page.reload();
    await expect(page.getByLabel('New cards per day')).toHaveValue('0');
  });

  test('the header links to Review with a due count once cards are due', async ({ page }) => {
    await page.goto('/review');
    await startByKeyboard(page);
    await answerAndRate(page, '4');
    // pretend four days have passed: move every review back in time
    await page.evaluate((key) => {
      const saved = JSON.parse(window.localStorage.getItem(key) ?? '{}') as {
        state: { reviews: { id: string; cardId: string; reviewedAt: number }[] };
      };
      for (const r of saved.state.reviews) {
        r.reviewedAt -= 30 * 86_400_000;
        r.id = `${r.cardId}@${r.reviewedAt}`;
      }
      window.localStorage.setItem(key, JSON.stringify(saved));
    }, 'math-for-ml:progress');
    await page.goto('/');
    const review = page
      .getByRole('navigation', { name: 'Study' })
      .getByRole('link', { name: /^Review/ });
    await expect(review).toHaveAccessibleName(/^Review\s*1 due$/);
    await expect(review.locator('.due-badge')).toHaveText('1 due');
    await review.click();
    await expect(page.locator('.review-overview__counts')).toContainText('1 card due');
    await expect(session(page)).toBeHidden();
  });
});
