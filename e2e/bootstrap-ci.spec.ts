import { bootstrapCI, createRng, tInterval } from '../src/math';
import { drawLosses } from '../src/widgets/BootstrapCI/model';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { expectNoHorizontalOverflow, expectNoNaN, readout, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/statistics';
const ID = 'bootstrap-ci';

function boot(page: Page) {
  const parts = widgetParts(page, ID);
  const { widget } = parts;
  return {
    ...parts,
    slider: (name: RegExp) => widget.getByRole('slider', { name }),
    readout: (term: RegExp) => readout(widget, term),
  };
}

/** "[0.408, 1.118]" as the status prints it, computed here by the math core. */
const shown = ([lo, hi]: [number, number]) => `[${lo.toFixed(3)}, ${hi.toFixed(3)}]`;
const expected = (n: number, seed = 7, boot = 1, resamples = 2000) => {
  const sample = drawLosses(seed).slice(0, n);
  return {
    boot: shown(bootstrapCI(sample, { resamples, rng: createRng(boot) })),
    t: shown(tInterval(sample, 0.95)),
  };
};

test.describe('BootstrapCI', () => {
  test('opens on 30 losses with the math core’s bootstrap and t-intervals', async ({ page }) => {
    await page.goto(LESSON);
    const b = boot(page);
    const e = expected(30);
    await expect(b.status).toContainText(`95% bootstrap interval for the mean ${e.boot}`);
    await expect(b.status).toContainText(`95% t-interval ${e.t}`);
  });

  test('the sample-size slider works by keyboard and writes the URL', async ({ page }) => {
    await page.goto(LESSON);
    const b = boot(page);
    await b.slider(/^Sample size n/).focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await expect(b.status).toContainText('10 per-example losses');
    await expect(b.status).toContainText(`bootstrap interval for the mean ${expected(10).boot}`);
    await expect(b.status).toContainText('dips below 0');
    await expect.poll(() => urlParam(page, `${ID}.n`)).toBe('10');
  });

  test('Resample changes only the resamples; a reload reproduces them', async ({ page }) => {
    await page.goto(LESSON);
    const b = boot(page);
    const before = expected(30).boot;
    await b.widget.getByRole('button', { name: 'Resample' }).click();
    await expect(b.status).not.toContainText(before);
    await expect(b.status).toContainText('mean 0.709, median 0.344');
    await expect.poll(() => urlParam(page, `${ID}.boot`)).not.toBeNull();
    const status = await b.status.textContent();
    await page.reload();
    await expect(b.status).toHaveText(status ?? '');
  });

  test('a link sets n, resamples, confidence and seeds', async ({ page }) => {
    await page.goto(
      `${LESSON}?${ID}.n=100&${ID}.resamples=500&${ID}.confidence=0.9&${ID}.seed=3&${ID}.boot=9`,
    );
    const b = boot(page);
    const sample = drawLosses(3).slice(0, 100);
    const bi = shown(bootstrapCI(sample, { resamples: 500, confidence: 0.9, rng: createRng(9) }));
    await expect(b.status).toContainText(`100 per-example losses (seed 3)`);
    await expect(b.status).toContainText(`90% bootstrap interval for the mean ${bi} from 500`);
    await expect(b.status).toContainText(`90% t-interval ${shown(tInterval(sample, 0.9))}`);
    await expect(b.notice).toHaveCount(0);
  });

  test('hostile link values get notices, and nothing shows NaN', async ({ page }) => {
    await page.goto(`${LESSON}?${ID}.n=-5&${ID}.seed=abc&${ID}.resamples=1e9&${ID}.confidence=1`);
    const b = boot(page);
    await expect(b.notice.getByRole('listitem')).toHaveCount(4);
    await expect(b.notice).toContainText(`Ignored ${ID}.n=-5`);
    await expect(b.notice).toContainText(`Ignored ${ID}.confidence=1`);
    await expect(b.notice).toContainText('using the maximum, 10000');
    await expect(b.status).toContainText('from 10,000 resamples');
    await expectNoNaN(page, ID);
  });

  test('axe finds nothing in the default and the small-sample state', async ({ page }) => {
    // two page loads and two axe runs on a shared 2-core machine
    test.slow();
    await page.goto(LESSON);
    await expect(boot(page).status).toContainText('30 per-example losses');
    await expectNoAxeViolations(page, 'BootstrapCI, default', `section#${ID}`);
    await page.goto(`${LESSON}?${ID}.n=5&${ID}.boot=abc`);
    await expect(boot(page).notice).toBeVisible();
    await expect(boot(page).status).toContainText('5 per-example losses');
    await expectNoAxeViolations(page, 'BootstrapCI, n = 5 with a notice', `section#${ID}`);
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('the page does not scroll sideways', async ({ page }) => {
      await page.goto(`${LESSON}?${ID}.n=200`);
      const b = boot(page);
      await b.widget.scrollIntoViewIfNeeded();
      await expect(b.status).toContainText('200 per-example losses');
      await expectNoHorizontalOverflow(page, b.widget);
    });
  });
});
