import { expect, expectNoAxeViolations, fontsReady, test } from './fixtures';
import { expectNoNaN, stickingOut, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/cross-entropy';
const K = 'cross-entropy-curve';

function ceWidget(page: Page) {
  const parts = widgetParts(page, K);
  const { widget } = parts;
  return {
    ...parts,
    handle: widget.getByRole('slider', { name: 'Probability of the true class, q' }),
    curve: widget.locator('svg.ce-curve'),
    q: widget.getByLabel('q', { exact: true }),
  };
}

test.describe('CrossEntropyCurve', () => {
  test('the handle moves by keyboard along −ln q, and Home clips q = 0 to ε', async ({ page }) => {
    await page.goto(LESSON);
    const ce = ceWidget(page);
    await expect(ce.status).toContainText(
      'q = 0.7: the model gives the true class probability 0.7, so the loss is −ln 0.7 = 0.3567 nats',
    );
    await ce.handle.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect(ce.status).toContainText('q = 0.1:');
    await expect(ce.status).toContainText('−ln 0.1 = 2.3026 nats');
    await expect(ce.handle).toHaveAttribute('aria-valuetext', 'q = 0.1, loss 2.3026 nats');
    await expect(ce.q).toHaveValue('0.1');
    await page.keyboard.press('Home');
    await expect(ce.status).toContainText(
      'q = 0: −ln 0 would be infinite, so q is clipped to ε = 1e-15',
    );
    await expect(ce.status).toContainText('34.5388 nats');
    await expect(ce.curve).toContainText('off the chart');
    await expect(ce.handle).toBeFocused();
    await expectNoNaN(page, K);
    await expect.poll(() => urlParam(page, `${K}.q`)).toBe('0');
  });

  test('dragging the handle with the mouse sets q', async ({ page }) => {
    await page.goto(LESSON);
    const ce = ceWidget(page);
    await ce.curve.scrollIntoViewIfNeeded();
    const box = await ce.curve.boundingBox();
    const from = await ce.handle.boundingBox();
    expect(box && from).toBeTruthy();
    // viewBox 320 wide; q = 0 sits at x = 34 and q = 1 at x = 308
    const xOf = (q: number) => box!.x + ((34 + q * 274) / 320) * box!.width;
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move(xOf(0.3), from!.y, { steps: 4 });
    await page.mouse.move(xOf(0.1), from!.y + 20, { steps: 4 });
    await page.mouse.up();
    await expect(ce.status).toContainText(/^q = 0\.(09\d|1|10\d):/);
    await expect(ce.status).toContainText(/loss is −ln 0\.(09\d|1|10\d) = 2\.(2|3)\d{3} nats/);
  });

  test('the three-class bars take logits or probabilities; the lesson table reproduces', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const ce = ceWidget(page);
    await expect(ce.status).toContainText(
      'Logits [1, 3, 1] through softmax give [0.107, 0.787, 0.107]; with true class 1 the cross-entropy is 0.2395 nats',
    );
    await ce.widget.getByLabel('Probabilities').check();
    await ce.widget.getByRole('button', { name: '[0.4, 0.3, 0.3]' }).click();
    await expect(ce.status).toContainText('with true class 0 the cross-entropy is 0.9163 nats');
    const p0 = ce.widget.getByRole('slider', { name: /^Probability of class 0/ });
    await p0.focus();
    await page.keyboard.press('ArrowRight');
    // 0.41 on class 0; the other two share 0.59 equally
    await expect(ce.status).toContainText('The prediction [0.41, 0.295, 0.295]');
    await expect.poll(() => urlParam(page, `${K}.mode`)).toBe('probs');
  });

  test('a shared link restores the state', async ({ page }) => {
    await page.goto(
      `${LESSON}?${K}.q=0.1&${K}.mode=probs&${K}.probs=0.1,0.6,0.3&${K}.target=0&${K}.eps=1e-7`,
    );
    const ce = ceWidget(page);
    await expect(ce.status).toContainText('−ln 0.1 = 2.3026 nats');
    await expect(ce.status).toContainText(
      'with true class 0 the cross-entropy is 2.3026 nats, and the model favours class 1',
    );
    await expect(ce.widget.getByLabel(/ε = 1e-7/)).toBeChecked();
    await expect(ce.notice).toHaveCount(0);
  });

  test('hostile URL values give notices and never NaN or Infinity', async ({ page }) => {
    await page.goto(
      `${LESSON}?${K}.q=NaN&${K}.probs=-1,2,3&${K}.target=7&${K}.eps=1e-3&${K}.logits=1e999,0,0&${K}.mode=probs`,
    );
    const ce = ceWidget(page);
    await expect(ce.notice.getByRole('listitem')).toHaveCount(5);
    await expect(ce.notice).toContainText(
      `Ignored ${K}.q=NaN: a probability must be a number from 0 to 1`,
    );
    await expect(ce.notice).toContainText(`Ignored ${K}.target=7`);
    await expect(ce.status).toContainText('q = 0.7:');
    await expectNoNaN(page, K);

    await page.goto(`${LESSON}?${K}.probs=0,0,0&${K}.mode=probs&${K}.q=1e-300`);
    await expect(ce.notice).toContainText('all three are 0');
    await expect(ce.status).toContainText('34.5388 nats');
    await expectNoNaN(page, K);
  });

  test('axe finds nothing in the default state or the clipped probability state', async ({
    page,
  }) => {
    // axe over a long lesson takes a while on a busy machine
    test.slow();
    await page.goto(LESSON);
    await expect(ceWidget(page).status).toBeVisible();
    await expectNoAxeViolations(page, 'CrossEntropyCurve default', `section#${K}`);
    await page.goto(`${LESSON}?${K}.q=0&${K}.mode=probs&${K}.probs=0,0.5,0.5&${K}.target=0`);
    await expect(ceWidget(page).status).toContainText('clipped');
    await ceWidget(page).widget.getByRole('tab', { name: 'NumPy' }).click();
    await expectNoAxeViolations(page, 'CrossEntropyCurve clipped', `section#${K}`);
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('the page does not scroll sideways and the handle still works', async ({ page }) => {
      await page.goto(`${LESSON}?${K}.mode=probs`);
      const ce = ceWidget(page);
      await ce.widget.scrollIntoViewIfNeeded();
      await fontsReady(page);
      expect(await stickingOut(page)).toEqual([]);
      await ce.handle.focus();
      await page.keyboard.press('End');
      await expect(ce.status).toContainText('q = 1 is clipped to 1 − ε');
    });
  });
});
