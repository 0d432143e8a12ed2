import { expect, expectNoAxeViolations, fontsReady, test } from './fixtures';
import { expectNoNaN, readout, stickingOut, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/cross-entropy';
const K = 'kl-divergence';

function klWidget(page: Page) {
  const parts = widgetParts(page, K);
  const { widget } = parts;
  return {
    ...parts,
    field: (name: string) => widget.getByLabel(`${name} weight`, { exact: true }),
    slider: (name: string) =>
      widget.getByRole('slider', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }),
    readout: (term: string) => readout(widget, term, '.kl-readouts'),
  };
}

test.describe('KLDivergence', () => {
  test('editing a weight by keyboard updates both divergences and the identity', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const kl = klWidget(page);
    await expect(kl.readout('KL(P‖Q)')).toHaveText('0.5507');
    await expect(kl.readout('KL(Q‖P)')).toHaveText('0.7507');
    await expect(kl.status).toContainText('H(P, Q) = 0.9451 = H(P) 0.3944 + KL(P‖Q) 0.5507');

    // the Q(A) slider: four steps right takes its weight from 0.4 to 0.44
    await kl.slider('Q(A)').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(kl.field('Q(A)')).toHaveValue('0.44');
    await expect(kl.widget).toContainText(
      'Q’s weights add up to 1.04, not 1, so each is divided by 1.04',
    );
    await expect(kl.readout('KL(P‖Q)')).not.toHaveText('0.5507');
    await kl.widget.getByRole('button', { name: 'Normalise Q' }).click();
    await expect(kl.widget.getByRole('button', { name: 'Normalise Q' })).toHaveCount(0);
    await expect.poll(() => urlParam(page, `${K}.q`)).toMatch(/^0\.423/);
  });

  test('a one-hot P from the link gives KL = CE = 0.4644, and the reverse is infinite in words', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?${K}.p=0,1,0&${K}.q=0.2312239,0.62853172,0.14024438`);
    const kl = klWidget(page);
    await expect(kl.readout('KL(P‖Q)')).toHaveText('0.4644');
    await expect(kl.readout('H(P, Q)')).toHaveText('0.4644');
    await expect(kl.readout('H(P)')).toHaveText('0.0000');
    await expect(kl.readout('KL(Q‖P)')).toHaveText('infinite');
    await expect(kl.status).toContainText(
      'KL(Q‖P) is infinite: P says impossible for something Q does',
    );
    await expect(kl.notice).toHaveCount(0);
    await expectNoNaN(page, K);
  });

  test('Q = 0 where P > 0: infinite, said in words', async ({ page }) => {
    await page.goto(LESSON);
    const kl = klWidget(page);
    await kl.field('Q(C)').fill('0');
    await expect(kl.status).toContainText(
      'KL(P‖Q) is infinite: Q says impossible for something P does (outcome C',
    );
    await expect(kl.readout('H(P, Q)')).toHaveText('infinite');
    await expectNoNaN(page, K);
  });

  test('hostile URL values give notices and never NaN or Infinity', async ({ page }) => {
    await page.goto(`${LESSON}?${K}.p=0,0,0&${K}.q=1,Infinity,1`);
    const kl = klWidget(page);
    await expect(kl.notice.getByRole('listitem')).toHaveCount(2);
    await expect(kl.notice).toContainText(`Ignored ${K}.p=0,0,0: every weight is 0`);
    await expect(kl.notice).toContainText(`Ignored ${K}.q=1,Infinity,1`);
    await expect(kl.readout('KL(P‖Q)')).toHaveText('0.5507');
    await expectNoNaN(page, K);

    await page.goto(`${LESSON}?${K}.p=1,1,1,1&${K}.q=1e400,2`);
    await expect(kl.notice).toContainText(`Ignored ${K}.q=1e400,2`);
    await expect(kl.notice).toContainText('P has 4 outcomes but Q has 3');
    await expect(kl.readout('KL(P‖Q)')).toHaveText('0.5507');
    await expectNoNaN(page, K);
  });

  test('axe finds nothing by default or with an infinite divergence', async ({ page }) => {
    test.slow();
    await page.goto(LESSON);
    await expect(klWidget(page).status).toBeVisible();
    await expectNoAxeViolations(page, 'KLDivergence default', `section#${K}`);
    await page.goto(`${LESSON}?${K}.p=0.5,0.3,0.2,1&${K}.q=0.6,0.4,0,1`);
    await expect(klWidget(page).status).toContainText('infinite');
    await expectNoAxeViolations(page, 'KLDivergence infinite, renormalised', `section#${K}`);
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('nothing sticks out and the fields still work', async ({ page }) => {
      await page.goto(`${LESSON}?${K}.p=1,2,3,4,5,6&${K}.q=6,5,4,3,2,1`);
      const kl = klWidget(page);
      await kl.widget.scrollIntoViewIfNeeded();
      await fontsReady(page);
      expect(await stickingOut(page)).toEqual([]);
      await kl.field('P(F)').fill('0');
      await expect(kl.status).toContainText('KL(P‖Q) is');
    });
  });
});
