import { expect, expectNoAxeViolations, fontsReady, openLive, test } from './fixtures';
import { expectNoNaN, readout, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/matrices';
const ID = 'shape-checker';
const A = `${ID}.a`;
const B = `${ID}.b`;

function shapeWidget(page: Page) {
  const parts = widgetParts(page, ID);
  const { widget } = parts;
  return {
    ...parts,
    left: widget.getByLabel('Left shape (A)', { exact: true }),
    right: widget.getByLabel('Right shape (B)', { exact: true }),
    coreMessage: widget.locator('.sc-error__message'),
    readout: (term: string) => readout(widget, term, '.sc-readouts'),
  };
}

test.describe('ShapeChecker', () => {
  test('opens on the classic error with the math core’s message and the fix', async ({ page }) => {
    await page.goto(LESSON);
    const sc = shapeWidget(page);
    await expect(sc.status).toHaveText(
      '(32×784) @ (128×784) cannot be multiplied: inner dimensions 784 and 128 differ. Fix: multiply by the transpose of the right matrix, (32×784) @ (784×128) → (32×128).',
    );
    await expect(sc.coreMessage).toHaveText(
      'matmul: (32×784) @ (128×784) — inner dimensions 784 and 128 differ; did you mean the transpose of the right matrix (784×128)?',
    );
  });

  test('typing a shape gives the result and the FLOP count, and writes the URL', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const sc = shapeWidget(page);
    await sc.right.fill('(784, 128)');
    await expect(sc.status).toContainText('(32×784) @ (784×128) multiplies');
    await expect(sc.readout('Result shape')).toHaveText('(32×128)');
    await expect(sc.readout('FLOPs (2·m·n·p)')).toHaveText('6,422,528');
    await expect(sc.readout('In words')).toHaveText('6.42 million');
    await expect.poll(() => urlParam(page, B)).toBe('784x128');
    await page.reload();
    await expect(sc.status).toContainText('(32×784) @ (784×128) multiplies');
  });

  test('a bad shape is rejected where it is typed; the last good one stays', async ({ page }) => {
    await page.goto(LESSON);
    const sc = shapeWidget(page);
    await sc.left.fill('32×');
    // "32×" is a single number so far: a vector
    await expect(sc.widget.locator('.field-error')).toHaveText(
      '32 alone is a vector; write it as 1×32 (a row) or 32×1 (a column). Still using (32×784).',
    );
    await expect(sc.left).toHaveAttribute('aria-invalid', 'true');
    await sc.left.fill('32×abc');
    await expect(sc.widget.locator('.field-error')).toContainText('“abc” is not a whole number');
    await expect(sc.status).toContainText('(32×784) @ (128×784)');
    await sc.left.fill('5 3');
    await expect(sc.widget.locator('.field-error')).toHaveCount(0);
    await expect(sc.status).toContainText('(5×3) @ (128×784) cannot be multiplied');
  });

  test('the examples run from the keyboard', async ({ page }) => {
    await page.goto(LESSON);
    const sc = shapeWidget(page);
    await sc.widget.getByRole('button', { name: 'Batch X (5×3) @ W (3×2)' }).focus();
    await page.keyboard.press('Enter');
    await expect(sc.status).toContainText('(5×3) @ (3×2) multiplies');
    await expect(sc.readout('Result shape')).toHaveText('(5×2)');
    await expect(sc.readout('FLOPs (2·m·n·p)')).toHaveText('60');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(sc.status).toContainText('(3×2) @ (2×1) multiplies');
    await expect(sc.left).toHaveValue('3×2');
  });
});

test.describe('ShapeChecker URL state', () => {
  test('a shared link opens its shapes', async ({ page }) => {
    await page.goto(`${LESSON}?${A}=2x3&${B}=4x2`);
    const sc = shapeWidget(page);
    await expect(sc.status).toContainText('Fix: swap the order, (4×2) @ (2×3) → (4×3).');
    await expect(sc.notice).toHaveCount(0);
  });

  test('hostile values give a notice each, never NaN', async ({ page }) => {
    await page.goto(`${LESSON}?${A}=NaNxInfinity&${B}=0x5`);
    const sc = shapeWidget(page);
    await expect(sc.notice.getByRole('listitem')).toHaveCount(2);
    await expect(sc.notice).toContainText(`Ignored ${A}=NaNxInfinity`);
    await expect(sc.notice).toContainText('Each dimension must be at least 1');
    await expect(sc.status).toContainText('(32×784) @ (128×784)');
    await expectNoNaN(page, ID);

    await page.goto(`${LESSON}?${A}=99999999x1&${B}=%3Cimg%20src%3Dx%3E`);
    await expect(sc.notice).toContainText('Each dimension must be at most 1,000,000');
    await expect(sc.notice).toContainText('<img src=x>');
    await expect(sc.widget.locator('img')).toHaveCount(0);
    await expectNoNaN(page, ID);
  });

  test('the largest shapes give a count in powers of ten, not Infinity', async ({ page }) => {
    await page.goto(`${LESSON}?${A}=1000000x1000000&${B}=1000000x1000000`);
    const sc = shapeWidget(page);
    await expect(sc.readout('FLOPs (2·m·n·p)')).toHaveText('about 2.00 × 10¹⁸');
    await expect(sc.readout('In words')).toHaveText('2 quintillion');
    await expectNoNaN(page, ID);
  });
});

test.describe('ShapeChecker layout and accessibility', () => {
  test('fits a 360 px screen without sideways page scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${LESSON}?${A}=1000000x1000000&${B}=1000000x3`);
    const sc = shapeWidget(page);
    await sc.widget.scrollIntoViewIfNeeded();
    await fontsReady(page);
    const box = await sc.widget.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing with an error and with a product (${scheme})`, async ({ browser }) => {
      test.slow();
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await openLive(page, LESSON);
      const sc = shapeWidget(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(sc.status).toContainText('cannot be multiplied');
      await fontsReady(page);
      await expectNoAxeViolations(
        page,
        `shape checker, mismatch (${scheme})`,
        'section#shape-checker',
      );
      await sc.right.fill('784x128');
      await expect(sc.status).toContainText('multiplies');
      await sc.left.fill('oops');
      await expectNoAxeViolations(
        page,
        `shape checker, product and a field error (${scheme})`,
        'section#shape-checker',
      );
      await context.close();
    });
  }
});
