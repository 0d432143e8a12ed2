import { expect, expectNoAxeViolations, fontsReady, test } from './fixtures';
import { expectNoNaN, stickingOut, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/end-to-end';
const K = 'tiny-classifier';

function tcWidget(page: Page) {
  const parts = widgetParts(page, K);
  const { widget } = parts;
  return {
    ...parts,
    lr: widget.getByRole('slider', { name: /Learning rate/ }),
    button: (name: string) => widget.getByRole('button', { name, exact: true }),
    plot: widget.locator('svg.tc-plot'),
    points: widget.locator('.tc-point'),
  };
}

/** The step number the status sentence reports. */
async function stepOf(page: Page): Promise<number> {
  const text = (await tcWidget(page).status.textContent()) ?? '';
  return Number(/^Step (\d+)/.exec(text)?.[1] ?? NaN);
}

test.describe('TinyClassifier', () => {
  test('Step and 50 steps train it from the keyboard; the boundary appears', async ({ page }) => {
    await page.goto(LESSON);
    const tc = tcWidget(page);
    await expect(tc.status).toContainText('Step 0, η = 0.5: loss 0.6931');
    await expect(tc.widget.locator('.tc-boundary')).toHaveCount(0);
    await tc.button('Step').focus();
    await page.keyboard.press('Enter');
    await expect(tc.status).toContainText('Step 1, η = 0.5');
    await expect(tc.widget.locator('.tc-boundary')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(tc.status).toContainText('Step 51, η = 0.5');
    await expect(tc.status).toContainText('Learning: the loss has fallen from 0.6931');
    await expect.poll(() => urlParam(page, `${K}.steps`)).toBe('51');
  });

  test('Play runs the training until Pause', async ({ page }) => {
    await page.goto(LESSON);
    const tc = tcWidget(page);
    await tc.button('Play').click();
    await expect.poll(() => stepOf(page)).toBeGreaterThan(20);
    await tc.button('Pause').click();
    const paused = await stepOf(page);
    await page.waitForTimeout(300);
    expect(await stepOf(page)).toBe(paused);
    await tc.button('Reset training').click();
    await expect(tc.status).toContainText('Step 0,');
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('Play is off and says why; Step still works', async ({ page }) => {
      await page.goto(LESSON);
      const tc = tcWidget(page);
      await expect(tc.button('Play')).toBeDisabled();
      await expect(tc.widget).toContainText(
        'Play is off because your system asks for reduced motion',
      );
      await tc.button('50 steps').click();
      await expect(tc.status).toContainText('Step 50,');
    });
  });

  test('the learning-rate slider steps in log space; too large diverges, in words', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?${K}.steps=30`);
    const tc = tcWidget(page);
    await tc.lr.focus();
    await page.keyboard.press('ArrowRight');
    await expect(tc.lr).toHaveAttribute('aria-valuetext', 'η = 0.631');
    await page.keyboard.press('End');
    await expect(tc.lr).toHaveAttribute('aria-valuetext', 'η = 100');
    await expect(tc.status).toContainText('Diverged: the loss is above the 0.6931 it started at');
    await expectNoNaN(page, K);
    await expect.poll(() => urlParam(page, `${K}.lr`)).toBe('100');
  });

  test('clicking the plot adds a point; the form adds one by keyboard', async ({ page }) => {
    await page.goto(LESSON);
    const tc = tcWidget(page);
    await expect(tc.points).toHaveCount(50);
    await tc.plot.scrollIntoViewIfNeeded();
    const box = await tc.plot.boundingBox();
    expect(box).toBeTruthy();
    await page.mouse.click(box!.x + box!.width * 0.8, box!.y + box!.height * 0.2);
    await expect(tc.points).toHaveCount(51);
    await expect.poll(() => urlParam(page, `${K}.added`)).toMatch(/^\d\.\d+,\d\.\d+,1$/);
    await tc.widget.getByLabel('x₁').fill('-3');
    await tc.widget.getByLabel('class 0 (circle)').check();
    await tc.button('Add point').focus();
    await page.keyboard.press('Enter');
    await expect(tc.points).toHaveCount(52);
    await expect(tc.status).toContainText('of 52 points');
  });

  test('a shared link restores a trained run, XOR included', async ({ page }) => {
    await page.goto(`${LESSON}?${K}.preset=xor&${K}.steps=200&${K}.seed=9`);
    const tc = tcWidget(page);
    await expect(tc.status).toContainText('Step 200, η = 0.5');
    await expect(tc.status).toContainText('No straight line separates XOR-like data');
    await expect(tc.widget.getByLabel('XOR-like')).toBeChecked();
    await expect(tc.notice).toHaveCount(0);
  });

  test('hostile URL values give notices and never NaN or Infinity', async ({ page }) => {
    await page.goto(
      `${LESSON}?${K}.steps=1e9&${K}.lr=0&${K}.n=-3&${K}.added=1,2,3;x&${K}.preset=circles`,
    );
    const tc = tcWidget(page);
    await expect(tc.notice.getByRole('listitem')).toHaveCount(5);
    await expect(tc.notice).toContainText(`${K}.steps=1000000000 is more than this widget allows`);
    await expect(tc.notice).toContainText(
      `Ignored ${K}.lr=0: the learning rate must be from 0.001 to 100`,
    );
    await expect(tc.notice).toContainText(`Ignored ${K}.added=1,2,3;x`);
    await expect(tc.status).toContainText('Step 1000, η = 0.5');
    await expectNoNaN(page, K);
  });

  test('axe finds nothing untrained or trained to divergence', async ({ page }) => {
    test.slow();
    await page.goto(LESSON);
    await expect(tcWidget(page).status).toBeVisible();
    await expectNoAxeViolations(page, 'TinyClassifier untrained', `section#${K}`);
    await page.goto(`${LESSON}?${K}.steps=40&${K}.lr=100&${K}.added=1,1,0`);
    await expect(tcWidget(page).status).toContainText('Diverged');
    await expectNoAxeViolations(page, 'TinyClassifier diverged', `section#${K}`);
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('nothing sticks out and Step still works', async ({ page }) => {
      await page.goto(LESSON);
      const tc = tcWidget(page);
      await tc.widget.scrollIntoViewIfNeeded();
      await fontsReady(page);
      expect(await stickingOut(page)).toEqual([]);
      await tc.button('Step').click();
      await expect(tc.status).toContainText('Step 1,');
    });
  });
});
