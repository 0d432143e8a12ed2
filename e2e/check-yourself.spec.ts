import { expect, expectNoAxeViolations, test } from './fixtures';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/vectors';

function checkYourself(page: Page) {
  const section = page.getByRole('region', { name: 'Check yourself' });
  const card = section.locator('article.study-card');
  return {
    section,
    card,
    count: section.locator('.check-yourself__count'),
    next: section.getByRole('button', { name: 'Next' }),
    previous: section.getByRole('button', { name: 'Previous' }),
    status: card.getByRole('status'),
    title: card.locator('.study-card__title'),
  };
}

/** Clicks Next until the card with this title shows. */
async function goToCard(page: Page, title: string) {
  const cy = checkYourself(page);
  for (let i = 0; i < 12; i++) {
    if ((await cy.title.textContent()) === title) return;
    await cy.next.click();
  }
  throw new Error(`no card titled ${title}`);
}

test.describe('Check yourself on the vectors lesson', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(LESSON);
    const cy = checkYourself(page);
    await cy.section.scrollIntoViewIfNeeded();
    await expect(cy.count).toHaveText('Card 1 of 10');
  });

  test('reveals a recall card with the keyboard', async ({ page }) => {
    const cy = checkYourself(page);
    await expect(cy.title).toHaveText('What a dot product measures');
    await expect(cy.card.getByText(/Alignment:/)).toBeHidden();
    const show = cy.card.getByRole('button', { name: 'Show answer' });
    await show.focus();
    await page.keyboard.press('Space');
    await expect(cy.card.getByText(/Alignment:/)).toBeVisible();
    // the answer is rendered at build time: KaTeX markup, no KaTeX script on the page
    await expect(cy.card.locator('.study-card__answer .katex').first()).toBeVisible();
    await expect(cy.card.locator('.study-card__answer')).toBeFocused();
    await expectNoAxeViolations(page, 'a revealed recall card', '.check-yourself');
  });

  test('chooses an option with a number key and checks it with Enter', async ({ page }) => {
    const cy = checkYourself(page);
    await goToCard(page, 'Why cosine rather than dot for search');
    const options = cy.card.locator('.study-card__option');
    const texts = await options.allTextContents();
    const right = texts.findIndex((t) => t.includes('Cosine compares direction only'));
    expect(right).toBeGreaterThanOrEqual(0);
    // Tab from Next into the card: the first option takes focus
    await page.keyboard.press('Tab');
    await page.keyboard.press(String(right + 1));
    await expect(cy.card.getByRole('radio').nth(right)).toBeChecked();
    await expect(cy.card.getByRole('radio').nth(right)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cy.status).toHaveText('Right.');
    await expect(options.nth(right)).toContainText('right answer');
    await expectNoAxeViolations(page, 'an answered choice card', '.check-yourself');
  });

  test('answers a numeric card wrong, then right', async ({ page }) => {
    const cy = checkYourself(page);
    await goToCard(page, 'Cosine of [1, 2, 3] and [1, 0, 1]');
    const field = cy.card.getByLabel('Your answer');
    await field.fill('');
    await field.press('Enter');
    await expect(cy.status).toHaveText(/Type a number first/);
    await expect(cy.card.locator('.study-card__answer')).toBeHidden();
    await field.fill('0.7');
    await field.press('Enter');
    await expect(cy.status).toHaveText('Not right: the answer is 0.7559, not 0.7.');
    await expect(cy.card.locator('.study-card__answer')).toContainText('Answer: 0.7559');
    await field.fill('75.59%');
    await field.press('Enter');
    await expect(cy.status).toHaveText('Right: the answer is 0.7559.');
    await expectNoAxeViolations(page, 'an answered numeric card', '.check-yourself');
  });

  test('a generated card gets new numbers and names a known mistake', async ({ page }) => {
    const cy = checkYourself(page);
    await goToCard(page, 'Cosine of two small vectors');
    const prompt = cy.card.locator('.study-card__prompt');
    const first = await prompt.textContent();
    await cy.section.getByRole('button', { name: 'New numbers' }).click();
    await expect(prompt).not.toHaveText(first ?? '');
    // type the dot product instead of the cosine: the checker names that mistake
    const [, a = '', b = ''] =
      /a = \[([^\]]+)\] and b = \[([^\]]+)\]/.exec((await prompt.textContent()) ?? '') ?? [];
    const nums = (s: string) => s.split(', ').map((t) => Number(t.replace('−', '-')));
    const va = nums(a);
    const vb = nums(b);
    const dot = va.reduce((s, x, i) => s + x * (vb[i] ?? 0), 0);
    const field = cy.card.getByLabel('Your answer');
    await field.fill(String(dot));
    await field.press('Enter');
    await expect(cy.status).toContainText('You gave the dot product');
    await expect(cy.card.getByText('Worked solution')).toBeVisible();
  });
});
