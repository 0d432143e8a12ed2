import { twoProportionZTest } from '../src/math';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { expectNoHorizontalOverflow, expectNoNaN, readout, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/statistics';
const ID = 'significance-lab';

function sig(page: Page) {
  const parts = widgetParts(page, ID);
  const { widget } = parts;
  return {
    ...parts,
    slider: (name: RegExp) => widget.getByRole('slider', { name }),
    readout: (term: string) => readout(widget, term),
    rerun: widget.locator('.sig-rerun'),
  };
}

test.describe('SignificanceLab', () => {
  test('opens on the lesson’s 85.0% vs 87.0%: z ≈ 1.29, p ≈ 0.197, not significant', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const s = sig(page);
    const { z, pValue } = twoProportionZTest(850, 1000, 870, 1000);
    await expect(s.readout('z')).toHaveText(z.toFixed(2));
    await expect(s.readout('p-value')).toHaveText(pValue.toFixed(3));
    await expect(s.readout('Verdict at 0.05')).toHaveText('not significant');
    await expect(s.status).toContainText('Not significant at 0.05');
  });

  test('the test-set slider, by keyboard, makes the same gap significant at 20,000', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const s = sig(page);
    await s.slider(/^Test-set size/).focus();
    // ten steps per factor of ten: 13 steps from 1,000 is 10^4.3 ≈ 20,000
    for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowRight');
    await expect(s.status).toContainText('20,000 examples each): z = 5.76, p = 8.2 × 10^−9');
    await expect(s.readout('Verdict at 0.05')).toHaveText('significant');
    await expect.poll(() => urlParam(page, `${ID}.n`)).toBe('20000');
  });

  test('the accuracy slider moves by keyboard', async ({ page }) => {
    await page.goto(LESSON);
    const s = sig(page);
    await s.slider(/^Accuracy of model B/).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // 85.0% vs 88.0%
    const { pValue } = twoProportionZTest(850, 1000, 880, 1000);
    await expect(s.readout('p-value')).toHaveText(pValue.toFixed(3));
    await expect.poll(() => urlParam(page, `${ID}.b`)).toBe('0.88');
  });

  test('Rerun with a new seed changes the simulated reruns, not the measured test', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const s = sig(page);
    await expect(s.rerun).toContainText('First rerun with seed 42');
    await s.widget.getByRole('button', { name: 'Rerun with a new seed' }).click();
    await expect(s.rerun).not.toContainText('seed 42');
    await expect(s.readout('p-value')).toHaveText('0.197');
    await expect.poll(() => urlParam(page, `${ID}.seed`)).not.toBeNull();
    const text = await s.rerun.textContent();
    await page.reload();
    await expect(s.rerun).toHaveText(text ?? '');
  });

  test('a link sets the comparison', async ({ page }) => {
    await page.goto(`${LESSON}?${ID}.a=0.85&${ID}.b=0.87&${ID}.n=20000&${ID}.seed=5`);
    const s = sig(page);
    await expect(s.status).toContainText('z = 5.76');
    await expect(s.status).toContainText('(seed 5)');
    await expect(s.notice).toHaveCount(0);
  });

  test('hostile link values get notices, and nothing shows NaN', async ({ page }) => {
    await page.goto(`${LESSON}?${ID}.a=2&${ID}.b=abc&${ID}.n=1e9&${ID}.seed=-1`);
    const s = sig(page);
    await expect(s.notice.getByRole('listitem')).toHaveCount(4);
    await expect(s.notice).toContainText(`Ignored ${ID}.a=2`);
    await expect(s.notice).toContainText(`Ignored ${ID}.seed=-1`);
    await expect(s.notice).toContainText('using the maximum, 100000');
    await expect(s.status).toContainText('100,000 examples each');
    await expectNoNaN(page, ID);
  });

  test('axe finds nothing in the default and the no-test state', async ({ page }) => {
    // two page loads and two axe runs on a shared 2-core machine
    test.slow();
    await page.goto(LESSON);
    await expect(sig(page).readout('z')).toHaveText('1.29');
    await expectNoAxeViolations(page, 'SignificanceLab, default', `section#${ID}`);
    await page.goto(`${LESSON}?${ID}.a=1&${ID}.b=1&${ID}.n=abc`);
    await expect(sig(page).readout('p-value')).toHaveText('no test');
    await expectNoNaN(page, ID);
    await expectNoAxeViolations(page, 'SignificanceLab, no test with a notice', `section#${ID}`);
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('the page does not scroll sideways', async ({ page }) => {
      await page.goto(`${LESSON}?${ID}.n=20000`);
      const s = sig(page);
      await s.widget.scrollIntoViewIfNeeded();
      await expect(s.readout('Verdict at 0.05')).toHaveText('significant');
      await expectNoHorizontalOverflow(page, s.widget);
    });
  });
});
