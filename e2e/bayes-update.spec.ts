import { bayesRule } from '../src/math';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { expectNoHorizontalOverflow, expectNoNaN, readout, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/probability';
const ID = 'bayes-update';

function bayes(page: Page) {
  const parts = widgetParts(page, ID);
  const { widget } = parts;
  return {
    ...parts,
    slider: (name: RegExp) => widget.getByRole('slider', { name }),
    field: (label: string) => widget.getByLabel(label, { exact: true }),
    readout: (term: string) => readout(widget, term),
    icons: widget.getByRole('img'),
  };
}

const posterior = (prior: number, pos: number, neg: number) =>
  bayesRule(prior, pos, neg).posterior.toFixed(3);

test.describe('BayesUpdate', () => {
  test('opens on the lesson’s numbers and the prior slider moves by keyboard', async ({ page }) => {
    await page.goto(LESSON);
    const b = bayes(page);
    await expect(b.readout('P(“winner”)')).toHaveText('0.200');
    await expect(b.readout('P(spam | “winner”)')).toHaveText('0.800');
    const prior = b.slider(/^Prior P\(spam\)/);
    await prior.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(b.readout('P(spam | “winner”)')).toHaveText(posterior(0.19, 0.8, 0.05));
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
    // prior 0.1: the posterior falls to 0.64
    await expect(b.readout('P(spam | “winner”)')).toHaveText(posterior(0.1, 0.8, 0.05));
    await expect(b.status).toContainText('raises the chance of spam from 0.100 to 0.640');
    await expect(b.field('Exact P(spam)')).toHaveValue('0.1');
    await expect.poll(() => urlParam(page, `${ID}.prior`)).toBe('0.1');
    await expect(b.icons).toHaveAttribute(
      'aria-label',
      /20 spam without “winner”, 80 spam with “winner”/,
    );
  });

  test('the likelihood sliders and a typed value update the posterior live', async ({ page }) => {
    await page.goto(LESSON);
    const b = bayes(page);
    const ham = b.slider(/^P\(“winner” \| ham\)/);
    await ham.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // P("winner" | ham) = 0.1: 0.16 / (0.16 + 0.08)
    await expect(b.readout('P(spam | “winner”)')).toHaveText(posterior(0.2, 0.8, 0.1));
    const field = b.field('Exact P(“winner” | spam)');
    await field.fill('nope');
    await expect(b.widget.locator('.field-error')).toHaveText(
      '“nope” is not a number. Still using 0.8.',
    );
    await expect(b.readout('P(spam | “winner”)')).toHaveText(posterior(0.2, 0.8, 0.1));
    await field.fill('0.4');
    await expect(b.readout('P(spam | “winner”)')).toHaveText(posterior(0.2, 0.4, 0.1));
    await expect.poll(() => urlParam(page, `${ID}.pos`)).toBe('0.4');
  });

  test('a link sets the state, and a reload keeps it', async ({ page }) => {
    await page.goto(`${LESSON}?${ID}.prior=0.01`);
    const b = bayes(page);
    // the lesson's rare-spam case: 0.1391
    await expect(b.readout('P(spam | “winner”)')).toHaveText(posterior(0.01, 0.8, 0.05));
    await expect(b.readout('P(“winner”)')).toHaveText('0.058');
    await expect(b.notice).toHaveCount(0);
    await page.reload();
    await expect(b.readout('P(spam | “winner”)')).toHaveText('0.139');
  });

  test('hostile link values are ignored with a notice, and nothing shows NaN', async ({ page }) => {
    await page.goto(`${LESSON}?${ID}.prior=2&${ID}.pos=abc&${ID}.neg=-1`);
    const b = bayes(page);
    await expect(b.notice.getByRole('listitem')).toHaveCount(3);
    await expect(b.notice).toContainText(
      `Ignored ${ID}.prior=2: the prior P(spam) must be from 0 to 1`,
    );
    await expect(b.notice).toContainText(`Ignored ${ID}.pos=abc`);
    await expect(b.readout('P(spam | “winner”)')).toHaveText('0.800');
    await expectNoNaN(page, ID);
  });

  test('an impossible word gives “undefined” in words, not NaN', async ({ page }) => {
    await page.goto(`${LESSON}?${ID}.pos=0&${ID}.neg=0`);
    const b = bayes(page);
    await expect(b.readout('P(spam | “winner”)')).toHaveText('undefined');
    await expect(b.status).toContainText('No email contains “winner”');
    await expectNoNaN(page, ID);
  });

  test('axe finds nothing in the default and the undefined state', async ({ page }) => {
    // two page loads and two axe runs on a shared 2-core machine
    test.slow();
    await page.goto(LESSON);
    await expect(bayes(page).readout('P(spam | “winner”)')).toHaveText('0.800');
    await expectNoAxeViolations(page, 'BayesUpdate, default', `section#${ID}`);
    await page.goto(`${LESSON}?${ID}.pos=0&${ID}.neg=0&${ID}.prior=7`);
    await expect(bayes(page).notice).toBeVisible();
    await page.getByRole('tab', { name: 'NumPy' }).first().click();
    await expectNoAxeViolations(page, 'BayesUpdate, undefined with a notice', `section#${ID}`);
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('the page does not scroll sideways and the slider still works', async ({ page }) => {
      await page.goto(`${LESSON}?${ID}.prior=abc`);
      const b = bayes(page);
      await b.widget.scrollIntoViewIfNeeded();
      await expect(b.notice).toBeVisible();
      await expectNoHorizontalOverflow(page, b.widget);
      const box = await b.icons.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      await b.slider(/^P\(“winner” \| spam\)/).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(b.readout('P(spam | “winner”)')).toHaveText(posterior(0.2, 0.79, 0.05));
    });
  });
});
