import { expect, expectNoAxeViolations, fontsReady, openLive, test } from './fixtures';
import { expectNoNaN, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/matrices';
const ID = 'matrix-transform';
const KEY = `${ID}.m`;

function matrixWidget(page: Page) {
  const parts = widgetParts(page, ID);
  const { widget } = parts;
  return {
    ...parts,
    plane: widget.locator('svg.mt-plane'),
    handle: (name: 'î' | 'ĵ') =>
      widget.getByRole('button', { name: new RegExp(`^Image of ${name} at `) }),
    field: (name: 'a' | 'b' | 'c' | 'd') =>
      widget.getByRole('group', { name: /^Matrix A/ }).getByLabel(name, { exact: true }),
    det: widget.locator('.mt-readouts > div').first().locator('dd'),
    eigenLines: widget.locator('.mt-plane__eigen'),
  };
}

test.describe('MatrixTransform', () => {
  test('arrow keys move the image of î and everything follows', async ({ page }) => {
    await page.goto(LESSON);
    const mt = matrixWidget(page);
    await expect(mt.status).toContainText('A = [[2, 1], [1, 2]] sends î to (2, 1)');
    await expect(mt.det).toHaveText('3');
    await expect(mt.eigenLines).toHaveCount(2);

    const i = mt.handle('î');
    await i.focus();
    await page.keyboard.press('ArrowRight');
    await expect(mt.status).toContainText('A = [[2.1, 1], [1, 2]]');
    await page.keyboard.press('Shift+ArrowDown');
    // î lands on (2.1, 0): A = [[2.1, 1], [0, 2]], det = 4.2, upper triangular: eigenvalues 2.1, 2
    await expect(mt.status).toContainText('A = [[2.1, 1], [0, 2]] sends î to (2.1, 0)');
    await expect(mt.det).toHaveText('4.2');
    await expect(mt.status).toContainText('Eigenvalues 2.1 and 2');
    await expect(mt.field('c')).toHaveValue('0');
    await expect(mt.handle('î')).toBeFocused();
    await expect.poll(() => urlParam(page, KEY)).toBe('2.1,1,0,2');
  });

  test('dragging ĵ with the mouse onto î’s line collapses the plane', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY}=1,0,0,1`);
    const mt = matrixWidget(page);
    await mt.plane.scrollIntoViewIfNeeded();
    const plane = await mt.plane.boundingBox();
    const from = await mt.handle('ĵ').boundingBox();
    expect(plane && from).toBeTruthy();
    // the viewBox spans −5.6 … 5.6 on both axes; aim at (2, 0), on î's line
    const at = (x: number, y: number) => ({
      x: plane!.x + ((x + 5.6) / 11.2) * plane!.width,
      y: plane!.y + ((5.6 - y) / 11.2) * plane!.height,
    });
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    const mid = at(1.5, 0.5);
    await page.mouse.move(mid.x, mid.y, { steps: 5 });
    const target = at(2, 0);
    await page.mouse.move(target.x, target.y, { steps: 5 });
    await page.mouse.up();
    await expect(mt.status).toContainText('A = [[1, 2], [0, 0]]');
    await expect(mt.status).toContainText(
      'det A = 0: the plane collapses onto the line through (1, 0)',
    );
    await expect(mt.det).toHaveText('0');
    await expect(mt.handle('ĵ')).toBeFocused();
  });

  test('the number fields reject text and accept a matrix', async ({ page }) => {
    await page.goto(LESSON);
    const mt = matrixWidget(page);
    const b = mt.field('b');
    await b.fill('two');
    await expect(b).toHaveAttribute('aria-invalid', 'true');
    await expect(mt.widget.locator('.field-error')).toHaveText(
      '“two” is not a number. Still using 1.',
    );
    await expect(mt.status).toContainText('A = [[2, 1], [1, 2]]');
    await b.fill('9');
    await expect(mt.widget.locator('.field-error')).toHaveText(
      'Use a value from −5 to 5. Still using 1.',
    );
    await b.fill('-1');
    await expect(mt.widget.locator('.field-error')).toHaveCount(0);
    // [[2, −1], [1, 2]]: det 5, a rotation with scaling
    await expect(mt.det).toHaveText('5');
    await expect(mt.status).toContainText('No real eigenvectors: this matrix rotates');
    await expect(mt.eigenLines).toHaveCount(0);
  });

  test('presets show a flip, a collapse and a rotation', async ({ page }) => {
    await page.goto(LESSON);
    const mt = matrixWidget(page);
    await mt.widget.getByRole('button', { name: 'Reflection' }).click();
    await expect(mt.status).toContainText(
      'det A = −1: areas are multiplied by 1 and orientation flips',
    );
    await expect(mt.widget.locator('.mt-plane__square--flip')).toHaveCount(1);
    await mt.widget.getByRole('button', { name: 'Singular' }).press('Enter');
    await expect(mt.status).toContainText('collapses onto the line through (1, 0.5)');
    await mt.widget.getByRole('button', { name: 'Rotation 90°' }).click();
    await expect(mt.widget.getByRole('button', { name: 'Rotation 90°' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(mt.eigenLines).toHaveCount(0);
    await expect.poll(() => urlParam(page, KEY)).toBe('0,-1,1,0');
  });
});

test.describe('MatrixTransform URL state', () => {
  test('a shared link opens its matrix, and a reload keeps an edit', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY}=2.5,2,2,2.5`);
    const mt = matrixWidget(page);
    await expect(mt.status).toContainText('Eigenvalues 4.5 and 0.5');
    await expect(mt.notice).toHaveCount(0);
    await mt.handle('ĵ').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => urlParam(page, KEY)).toBe('2.5,2,2,2.6');
    await page.reload();
    await expect(mt.status).toContainText('A = [[2.5, 2], [2, 2.6]]');
  });

  test('hostile values give a notice, never NaN', async ({ page }) => {
    for (const raw of ['NaN,1,2,3', 'Infinity,0,0,1', '1,2', '%3Cb%3Ex%3C%2Fb%3E']) {
      await page.goto(`${LESSON}?${KEY}=${raw}`);
      const mt = matrixWidget(page);
      await expect(mt.notice).toContainText(`Ignored ${KEY}=`);
      await expect(mt.status).toContainText('A = [[2, 1], [1, 2]]');
      await expectNoNaN(page, ID);
    }
  });

  test('absurd entries are clamped to the plane with a notice', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY}=1e9,0,0,-1e300`);
    const mt = matrixWidget(page);
    await expect(mt.notice).toContainText('entries are kept between −5 and 5 with two decimals');
    await expect(mt.status).toContainText('A = [[5, 0], [0, −5]]');
    await expect(mt.det).toHaveText('−25');
    await expectNoNaN(page, ID);
  });
});

test.describe('MatrixTransform layout and accessibility', () => {
  test('fits a 360 px screen without sideways page scroll and still moves by keyboard', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(LESSON);
    const mt = matrixWidget(page);
    await mt.plane.scrollIntoViewIfNeeded();
    await fontsReady(page);
    const box = await mt.widget.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await mt.handle('ĵ').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(mt.status).toContainText('ĵ to (0.9, 2)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the default and the mirrored state (${scheme})`, async ({
      browser,
    }) => {
      test.slow();
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await openLive(page, LESSON);
      const mt = matrixWidget(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(mt.status).toContainText('A = [[2, 1], [1, 2]]');
      await fontsReady(page);
      await expectNoAxeViolations(
        page,
        `matrix widget, default (${scheme})`,
        'section#matrix-transform',
      );
      await mt.widget.getByRole('button', { name: 'Reflection' }).click();
      await mt.field('a').fill('x');
      await expect(mt.widget.locator('.field-error')).toBeVisible();
      await expectNoAxeViolations(
        page,
        `matrix widget, mirrored with an error (${scheme})`,
        'section#matrix-transform',
      );
      await context.close();
    });
  }
});
