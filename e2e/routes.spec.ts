import { expect, test } from './fixtures';

const LESSON_TITLE = 'Vectors, norms and the dot product';

test.describe('routes render without console errors', () => {
  test('home page shows the map and links every lesson', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: /The math behind machine learning/ }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Math for ML — an interactive study guide');
    const grid = page.getByRole('region', { name: 'Lessons' });
    await expect(grid.getByRole('link', { name: LESSON_TITLE })).toHaveAttribute(
      'href',
      '/lessons/vectors',
    );
  });

  test('the vectors lesson renders its formulas with KaTeX and no KaTeX error', async ({
    page,
  }) => {
    await page.goto('/lessons/vectors');
    await expect(page.getByRole('heading', { level: 1, name: LESSON_TITLE })).toBeVisible();
    await expect(page).toHaveTitle(`${LESSON_TITLE} — Math for ML`);
    await expect(page.getByRole('heading', { level: 2, name: 'The dot product' })).toBeVisible();
    // inline and display math, rendered at build time (the body arrives in steps: poll)
    await expect.poll(() => page.locator('.lesson__body .katex').count()).toBeGreaterThan(20);
    await expect(page.locator('.lesson__body .katex-display').first()).toBeVisible();
    await expect(page.locator('.katex-error')).toHaveCount(0);
    // KaTeX's MathML copy is there for screen readers
    await expect(page.locator('.katex math').first()).toBeAttached();
    // the lesson's widget loaded and states its result
    await expect(page.locator('#vector-playground .widget__status')).toContainText('a·b = 7.000');
  });

  test('a lesson formula is laid out by KaTeX CSS and its fonts', async ({ page }) => {
    await page.goto('/lessons/vectors#the-dot-product');
    const display = page.locator('.lesson__body .katex-display').first();
    await expect(display).toBeVisible();
    const fontFamily = await display
      .locator('.mord.mathnormal')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(fontFamily).toContain('KaTeX_Math');
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('italic 16px KaTeX_Math')))
      .toBe(true);
  });

  test('titles follow client-side navigation', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Lessons' })
      .getByRole('link', { name: LESSON_TITLE })
      .click();
    await expect(page).toHaveURL(/\/lessons\/vectors$/);
    await expect(page).toHaveTitle(`${LESSON_TITLE} — Math for ML`);
    await expect(page.getByRole('heading', { level: 1, name: LESSON_TITLE })).toBeVisible();
    await page.getByRole('link', { name: 'Math for ML', exact: true }).click();
    await expect(page).toHaveTitle('Math for ML — an interactive study guide');
    await page.goBack();
    await expect(page).toHaveTitle(`${LESSON_TITLE} — Math for ML`);
  });
});

test.describe('404', () => {
  // a static host answers an unknown path with 404.html and status 404, which the browser logs
  test.use({ allowedConsoleErrors: [/status of 404/] });
  for (const path of ['/nope', '/lessons/nope']) {
    test(`${path} says the page does not exist and links back`, async ({ page }) => {
      await page.goto(path);
      await expect(
        page.getByRole('heading', { level: 1, name: 'This page does not exist' }),
      ).toBeVisible();
      await expect(page).toHaveTitle('Page not found — Math for ML');
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: 'map of the guide' })).toHaveAttribute(
        'href',
        '/',
      );
      await main.getByRole('link', { name: LESSON_TITLE }).click();
      await expect(page).toHaveURL(/\/lessons\/vectors$/);
      await expect(page.getByRole('heading', { level: 1, name: LESSON_TITLE })).toBeVisible();
    });
  }
});
