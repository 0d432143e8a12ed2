import { binomialTail } from '../src/math';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  expectNoHorizontalOverflow,
  expectNoNaN,
  readout,
  urlParam,
  urlParams,
  widgetParts,
} from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/probability';
const ID = 'sampling-lab';

function lab(page: Page) {
  const parts = widgetParts(page, ID);
  const { widget } = parts;
  return {
    ...parts,
    slider: (name: RegExp) => widget.getByRole('slider', { name }),
    readout: (term: RegExp) => readout(widget, term),
    chart: widget.locator('svg.sl-chart'),
  };
}

test.describe('SamplingLab', () => {
  test('opens on 100 fair flips with the exact P(heads ≥ 60) = 0.0284', async ({ page }) => {
    await page.goto(LESSON);
    const s = lab(page);
    await expect(s.status).toContainText('1,000 batches of 100 flips with p = 0.5 (seed 42)');
    await expect(s.readout(/^Exact binomial$/)).toHaveText('0.0284');
    await expect(s.readout(/^Normal approximation$/)).toHaveText('0.0287');
    await expect(s.chart.locator('path.sl-curve')).toHaveAttribute('d', /^M/);
  });

  test('the sliders work by keyboard and write the URL', async ({ page }) => {
    // seventy-one real key presses, each redrawing up to 100,000 flips: 10–27 s on a loaded
    // 2-core machine, too close to the 30 s default
    test.slow();
    await page.goto(LESSON);
    const s = lab(page);
    // Each slider's aria-valuetext follows its state at once; the status and readouts follow
    // one animation frame later (useFrameValue), and the URL ~150 ms after the last change.
    // Wait on each of them; a lost key press would leave a slider short and fail here.
    const n = s.slider(/^Flips per batch/);
    await n.focus();
    for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowLeft');
    await expect(n).toHaveAttribute('aria-valuetext', 'n = 50');
    await expect(s.status).toContainText('batches of 50 flips');
    // k stays at 60 → cut to n = 50 as n passed below it
    await expect(s.status).toContainText('had 50 or more heads');
    const k = s.slider(/^Threshold k/);
    await expect(k).toHaveAttribute('aria-valuetext', 'heads ≥ 50');
    await k.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await expect(k).toHaveAttribute('aria-valuetext', 'heads ≥ 30');
    await expect(s.readout(/^Exact binomial$/)).toHaveText(binomialTail(50, 0.5, 30).toFixed(4));
    const p = s.slider(/^Chance of heads/);
    await p.focus();
    await page.keyboard.press('ArrowRight');
    await expect(p).toHaveAttribute('aria-valuetext', 'p = 0.51');
    await expect(s.status).toContainText('with p = 0.51');
    await expect(s.readout(/^Exact binomial$/)).toHaveText(binomialTail(50, 0.51, 30).toFixed(4));
    // the URL is written in one go after the last change, but earlier writes (n = 50 with
    // k = 50, then k = 30 with p still 0.5) can land between the bursts on a slow machine:
    // wait for all three together
    await expect
      .poll(() => urlParams(page, ID, ['n', 'k', 'p']))
      .toEqual({ n: '50', k: '30', p: '0.51' });
  });

  test('New seed draws other batches; the same seed reproduces them after a reload', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const s = lab(page);
    await s.widget.getByRole('button', { name: 'New seed' }).click();
    await expect(s.status).not.toContainText('(seed 42)');
    await expect.poll(() => urlParam(page, `${ID}.seed`)).not.toBeNull();
    const status = await s.status.textContent();
    await page.reload();
    await expect(s.status).toHaveText(status ?? '');
  });

  test('a link sets every parameter', async ({ page }) => {
    await page.goto(`${LESSON}?${ID}.n=40&${ID}.p=0.3&${ID}.k=20&${ID}.batches=200&${ID}.seed=7`);
    const s = lab(page);
    await expect(s.status).toContainText('200 batches of 40 flips with p = 0.3 (seed 7)');
    await expect(s.readout(/^Exact binomial$/)).toHaveText(binomialTail(40, 0.3, 20).toFixed(4));
    await expect(s.notice).toHaveCount(0);
  });

  test('hostile link values get notices; a billion batches run as the maximum', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?${ID}.n=-5&${ID}.seed=abc&${ID}.batches=1e9&${ID}.p=2&${ID}.k=1.5`);
    const s = lab(page);
    await expect(s.notice.getByRole('listitem')).toHaveCount(5);
    await expect(s.notice).toContainText(`Ignored ${ID}.n=-5`);
    await expect(s.notice).toContainText(`Ignored ${ID}.seed=abc`);
    await expect(s.notice).toContainText(`Ignored ${ID}.p=2`);
    await expect(s.notice).toContainText(
      `Ignored ${ID}.k=1.5: the threshold k must be a whole number`,
    );
    await expect(s.notice).toContainText('using the maximum, 10000');
    await expect(s.status).toContainText('10,000 batches of 100 flips with p = 0.5 (seed 42)');
    await expectNoNaN(page, ID);
  });

  test('Watch it build grows the histogram, and reduced motion offers no animation', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const s = lab(page);
    await s.widget.getByRole('button', { name: 'Watch it build' }).click();
    await expect(s.widget.getByRole('button', { name: 'Stop' })).toBeVisible();
    await expect(s.status).not.toContainText('1,000 batches');
    // about 2.4 s later it shows them all again
    await expect(s.status).toContainText('1,000 batches', { timeout: 10_000 });
    await expect(s.widget.getByRole('button', { name: 'Watch it build' })).toBeVisible();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await expect(s.status).toContainText('1,000 batches');
    await expect(s.widget.getByRole('button', { name: 'Watch it build' })).toHaveCount(0);
    await expect(s.widget).toContainText('Animation is off');
  });

  test('axe finds nothing in the default state and at p = 1 with notices', async ({ page }) => {
    // two page loads and two axe runs on a shared 2-core machine
    test.slow();
    await page.goto(LESSON);
    await expect(lab(page).readout(/^Exact binomial$/)).toHaveText('0.0284');
    await expectNoAxeViolations(page, 'SamplingLab, default', `section#${ID}`);
    await page.goto(`${LESSON}?${ID}.p=1&${ID}.seed=abc`);
    await expect(lab(page).readout(/^Normal approximation$/)).toHaveText('none (σ = 0)');
    await expectNoNaN(page, ID);
    await expectNoAxeViolations(page, 'SamplingLab, p = 1 with a notice', `section#${ID}`);
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('the page does not scroll sideways', async ({ page }) => {
      await page.goto(`${LESSON}?${ID}.n=200&${ID}.batches=1e9`);
      const s = lab(page);
      await s.widget.scrollIntoViewIfNeeded();
      await expect(s.status).toContainText('10,000 batches of 200 flips');
      await expectNoHorizontalOverflow(page, s.widget);
      const box = await s.chart.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    });
  });
});
