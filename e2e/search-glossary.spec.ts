import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('search', () => {
  test('Ctrl+K finds a glossary term and Enter goes to its entry', async ({ page }) => {
    await page.goto('/lessons/vectors');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: /Search lessons/ });
    await expect(input).toBeFocused();
    await input.fill('sparsity');
    const first = page.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
    await expect(first).toContainText('sparsity');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary#sparsity$/);
    await expect(page.locator('dt#sparsity')).toBeInViewport();
  });

  test('/ finds a lesson heading and the arrow keys choose it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    const input = page.getByRole('combobox', { name: /Search lessons/ });
    await expect(input).toBeFocused();
    await input.fill('L2 L1 norms');
    const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    // move down and back up: the selection follows the keys
    const count = await options.count();
    if (count > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowUp');
    }
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(options.first()).toContainText('Length: the L2 and L1 norms');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/lessons\/vectors#length-the-l2-and-l1-norms$/);
    await expect(
      page.getByRole('heading', { name: 'Length: the L2 and L1 norms' }),
    ).toBeInViewport();
  });

  test('a phrase only a card has finds the card, and Enter opens review on its lesson', async ({
    page,
  }) => {
    await page.goto('/lessons/softmax');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: /Search lessons/ });
    await expect(input).toBeFocused();
    // from the prompt of vectors/cosine-for-search; no lesson, heading or term says it
    await input.fill('ranks documents');
    // the lesson page has <select> options of its own
    const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
    await expect(options).toHaveCount(1);
    await expect(options.first().locator('.search-result__kind')).toHaveText('Card');
    await expect(options.first()).toContainText('Why cosine rather than dot for search');
    await expect(options.first()).toContainText('Review · Vectors');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/review\?lesson=vectors$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
    await expect(page.getByLabel('Lesson', { exact: true })).toHaveValue('vectors');
    await expect(page.getByLabel('Lesson', { exact: true }).locator('option:checked')).toHaveText(
      /^Vectors/,
    );
  });

  test('cards are labelled apart from pages and reached with the arrow keys', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    const input = page.getByRole('combobox', { name: /Search lessons/ });
    await input.fill('causal mask');
    const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const kinds = await options.locator('.search-result__kind').allTextContents();
    // the glossary entry and the lesson's section rank above the (half-weighted) card
    expect(kinds).toContain('Glossary');
    expect(kinds).toContain('Section');
    expect(kinds.at(-1)).toBe('Card');
    // ArrowUp from the first result wraps round to the last
    await page.keyboard.press('ArrowUp');
    const card = options.last();
    await expect(card).toHaveAttribute('aria-selected', 'true');
    await expect(options.first()).toHaveAttribute('aria-selected', 'false');
    const cardId = await card.getAttribute('id');
    expect(cardId).toBeTruthy();
    await expect(input).toHaveAttribute('aria-activedescendant', cardId ?? '');
    await expect(card).toContainText('What the causal mask does');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/review\?lesson=attention$/);
    await expect(page.getByLabel('Lesson', { exact: true })).toHaveValue('attention');
  });

  test('says when nothing matches, closes with Escape, and is axe clean', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Search/ }).click();
    const input = page.getByRole('combobox', { name: /Search lessons/ });
    await input.fill('zzqqxx');
    await expect(page.getByText('Nothing matches “zzqqxx”.')).toBeVisible();
    await expectNoAxeViolations(page, 'the search dialog');
    await page.keyboard.press('Escape');
    await expect(input).toBeHidden();
  });
});

test.describe('glossary and reference', () => {
  test('a lesson links the first use of a term, with its definition on focus', async ({ page }) => {
    await page.goto('/lessons/vectors');
    const term = page.locator('.term__link', { hasText: 'cosine similarity' }).first();
    await term.focus();
    const tip = page.getByRole('tooltip').filter({ hasText: 'divided by both lengths' });
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // once focus moves on, hovering shows it again
    await page.keyboard.press('Tab');
    await term.hover();
    await expect(tip).toBeVisible();
    await term.click();
    await expect(page).toHaveURL(/\/glossary#cosine-similarity$/);
  });

  test('the glossary lists every term and filters them', async ({ page }) => {
    await page.goto('/glossary');
    await expect(page).toHaveTitle('Glossary — Math for ML');
    // the glossary page is a lazy chunk: wait for its entries rather than count once
    const entries = page.locator('.glossary__entry');
    await expect.poll(() => entries.count()).toBeGreaterThan(50);
    await page.getByLabel('Filter terms').fill('softmax');
    await expect(page.getByRole('status').filter({ hasText: /terms match/ })).toBeVisible();
    await expect(page.locator('dt#softmax')).toBeVisible();
    await expectNoAxeViolations(page, '/glossary filtered');
  });

  test('the reference lists the identities with build-time formulas and lesson links', async ({
    page,
  }) => {
    await page.goto('/reference');
    await expect(page).toHaveTitle('Key identities — Math for ML');
    await expect(page.getByRole('heading', { level: 1, name: 'Key identities' })).toBeVisible();
    await expect.poll(() => page.locator('.katex-display').count()).toBeGreaterThan(15);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await page.getByRole('link', { name: 'Vectors' }).first().click();
    await expect(page).toHaveURL(/\/lessons\/vectors$/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`/reference and /glossary are axe clean in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/reference');
      await expect(page.locator('.katex-display').first()).toBeVisible();
      await expectNoAxeViolations(page, `/reference (${theme})`);
      await page.goto('/glossary');
      await expectNoAxeViolations(page, `/glossary (${theme})`);
    });
  }
});
