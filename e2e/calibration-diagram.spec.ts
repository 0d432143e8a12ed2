import { expect, expectNoAxeViolations, fontsReady, test } from './fixtures';
import { expectNoNaN, readout, stickingOut, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/cross-entropy';
const K = 'calibration-diagram';

/**
 * Opens the lesson at `path` and waits for the widget, which sits near the lesson's end: the
 * body adds one block per frame after the first twelve, and on the CI machine (Chromium 150,
 * two busy workers) reaching it took over 7 s (2026-11-24).
 */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('section#calibration-diagram')).toBeAttached({ timeout: 20_000 });
}

function cdWidget(page: Page) {
  const parts = widgetParts(page, K);
  const { widget } = parts;
  return {
    ...parts,
    slider: widget.getByRole('slider', { name: /Temperature the classifier reports with/ }),
    fix: widget.getByRole('checkbox', { name: /Temperature scaling fix/ }),
    readout: (term: string) => readout(widget, term, '.cd-readouts'),
  };
}

test.describe('CalibrationDiagram', () => {
  test('arrow keys move the temperature in log space from overconfident to calibrated', async ({
    page,
  }) => {
    await open(page, LESSON);
    const cd = cdWidget(page);
    await expect(cd.status).toContainText('At T = 0.5 the classifier is overconfident');
    const ece = Number(await cd.readout('ECE').textContent());
    expect(ece).toBeGreaterThan(0.1);
    await cd.slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(cd.slider).toHaveAttribute('aria-valuetext', 'T = 1 (calibrated)');
    await expect(cd.status).toContainText('At T = 1 the classifier is close to calibrated');
    await expect.poll(async () => Number(await cd.readout('ECE').textContent())).toBeLessThan(0.05);
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(cd.status).toContainText('underconfident');
    await expect.poll(() => urlParam(page, `${K}.t`)).toBe('3.16');
  });

  test('the temperature-scaling fix lowers ECE and keeps accuracy', async ({ page }) => {
    await open(page, LESSON);
    const cd = cdWidget(page);
    const accuracy = await cd.readout('Accuracy').textContent();
    const before = Number(await cd.readout('ECE').textContent());
    await cd.fix.check();
    await expect(cd.status).toContainText('With temperature scaling');
    await expect(cd.status).toContainText('Accuracy stays');
    await expect(cd.readout('Accuracy')).toHaveText(accuracy ?? '');
    await expect
      .poll(async () => Number(await cd.readout('ECE').textContent()))
      .toBeLessThan(before / 3);
    await expect.poll(() => urlParam(page, `${K}.fix`)).toBe('on');
  });

  test('a shared link restores the seed and settings; New seed changes the data', async ({
    page,
  }) => {
    await open(page, `${LESSON}?${K}.t=2&${K}.seed=11&${K}.bins=15&${K}.n=500`);
    const cd = cdWidget(page);
    await expect(cd.status).toContainText('At T = 2 the classifier is underconfident');
    await expect(cd.widget.locator('.cd-hist')).toHaveCount(15);
    await expect(cd.widget.getByLabel('Seed', { exact: true })).toHaveValue('11');
    const first = await cd.status.textContent();
    await cd.widget.getByRole('button', { name: 'New seed' }).click();
    await expect(cd.status).not.toHaveText(first ?? '');
    await expect.poll(() => urlParam(page, `${K}.seed`)).not.toBe('11');
  });

  test('hostile URL values give notices and never NaN or Infinity', async ({ page }) => {
    await open(page, `${LESSON}?${K}.n=1e9&${K}.t=NaN&${K}.seed=-1&${K}.bins=1.5&${K}.fix=maybe`);
    const cd = cdWidget(page);
    await expect(cd.notice.getByRole('listitem')).toHaveCount(5);
    await expect(cd.notice).toContainText(`${K}.n=1e9 is outside what this widget allows`);
    await expect(cd.notice).toContainText(`Ignored ${K}.t=NaN`);
    await expect(cd.notice).toContainText(`Ignored ${K}.seed=-1`);
    await expect(cd.status).toContainText('At T = 0.5');
    await expectNoNaN(page, K);
  });

  test('axe finds nothing by default or with the fix and the table open', async ({ page }) => {
    test.slow();
    await open(page, LESSON);
    await expect(cdWidget(page).status).toBeVisible();
    await expectNoAxeViolations(page, 'CalibrationDiagram default', `section#${K}`);
    await open(page, `${LESSON}?${K}.fix=on&${K}.t=4`);
    const cd = cdWidget(page);
    await expect(cd.status).toContainText('With temperature scaling');
    await cd.widget.getByText('The bins as a table').click();
    await expect(cd.widget.locator('.cd-table')).toBeVisible();
    await expectNoAxeViolations(page, 'CalibrationDiagram fixed', `section#${K}`);
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('nothing sticks out and the controls still work', async ({ page }) => {
      await open(page, LESSON);
      const cd = cdWidget(page);
      await cd.widget.scrollIntoViewIfNeeded();
      await cd.widget.getByText('The bins as a table').click();
      await fontsReady(page);
      expect(await stickingOut(page)).toEqual([]);
      await cd.fix.check();
      await expect(cd.status).toContainText('With temperature scaling');
    });
  });
});
