import { expect, expectNoAxeViolations, fontsReady, test } from './fixtures';
import { urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/attention';
const ID = 'attention-heatmap';
const KEY = (name: string) => `${ID}.${name}`;

/** The AttentionHeatmap widget and the parts tests read. */
function attention(page: Page) {
  const parts = widgetParts(page, ID);
  const { widget } = parts;
  return {
    ...parts,
    plot: widget.getByRole('application', { name: /^Attention weights/ }),
    canvas: widget.locator('canvas.heatmap__canvas'),
    announcement: widget.locator('.heatmap__announce'),
    cellValues: widget.locator('.heatmap__value'),
    cellReadout: widget.locator('.attention-cell'),
  };
}

/** How many distinct colours the canvas shows, and whether any pixel is still transparent. */
function canvasPixels(page: Page) {
  return page
    .locator('section#attention-heatmap canvas.heatmap__canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return { width: 0, colours: 0, blank: true };
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      let blank = false;
      // one pixel per cell: every pixel is a cell
      for (let p = 0; p < data.length; p += 4) {
        if (data[p + 3] === 0) blank = true;
        colours.add(((data[p] ?? 0) << 16) | ((data[p + 1] ?? 0) << 8) | (data[p + 2] ?? 0));
      }
      return { width: canvas.width, colours: colours.size, blank };
    });
}

test.describe('AttentionHeatmap', () => {
  test('opens on the sentence and draws it on the canvas', async ({ page }) => {
    await page.goto(LESSON);
    const at = attention(page);
    await expect(at.status).toContainText('Query ‘cat’ attends most to ‘sat’ (weight 0.378)');
    await expect(at.status).toContainText('Every row sums to 1.');
    await expect(at.plot).toHaveAccessibleName(/6 queries by 6 keys/);
    await at.plot.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await canvasPixels(page)).colours).toBeGreaterThan(5);
    expect((await canvasPixels(page)).blank).toBe(false);
  });

  test('arrow keys over the heatmap announce "query → key: weight"', async ({ page }) => {
    await page.goto(LESSON);
    const at = attention(page);
    await at.plot.focus();
    await expect(at.announcement).toHaveText(/^‘cat’ \(2\) → ‘the’ \(1\): 0\.024$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(at.announcement).toHaveText('‘cat’ (2) → ‘sat’ (3): 0.378');
    await expect(at.cellReadout).toContainText('Weight0.378');
    await page.keyboard.press('ArrowDown');
    await expect(at.announcement).toHaveText(/^‘sat’ \(3\) → ‘sat’ \(3\): 0\.\d{3}$/);
    await page.keyboard.press('End');
    await expect(at.announcement).toHaveText(/^‘sat’ \(3\) → ‘mat’ \(6\): 0\.\d{3}$/);
    await page.keyboard.press('Enter');
    await expect(at.status).toContainText('Query ‘sat’ attends most to');
    await expect(at.plot).toBeFocused();
  });

  test('the scale and causal toggles change the weights', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY('dk')}=64`);
    const at = attention(page);
    await expect(at.status).toContainText(/On average a row's largest weight is 0\.348\./);
    await at.widget.getByRole('checkbox', { name: /Scale by/ }).uncheck();
    // unscaled dot products of 64-wide vectors push the softmax towards one winner per row
    await expect(at.status).toContainText(/On average a row's largest weight is 0\.639\./);
    await at.widget.getByRole('checkbox', { name: /Scale by/ }).check();
    await at.widget.getByRole('checkbox', { name: 'Causal mask' }).check();
    // ‘cat’ now sees only ‘the’ and itself
    await expect(at.status).toContainText('Query ‘cat’ attends most to ‘cat’');
    await expect(at.widget.locator('.heatmap-legend')).toContainText('masked');
    await at.plot.focus();
    await page.keyboard.press('End');
    await expect(at.announcement).toHaveText('‘cat’ (2) → ‘mat’ (6): masked (−∞), weight 0');
    await expect(at.cellReadout).toContainText('Scaled scoremasked (−∞)');
    await expect.poll(() => urlParam(page, KEY('causal'))).toBe('true');
    await expect(at.widget).not.toContainText(/NaN|Infinity/);
  });

  test('clicking a cell selects its row; hovering shows the cell', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY('mode')}=matrices`);
    const at = attention(page);
    await at.plot.scrollIntoViewIfNeeded();
    const box = await at.plot.boundingBox();
    expect(box).toBeTruthy();
    // 2×2 grid: the lower-left cell is query 2, key 1
    await page.mouse.move(box!.x + box!.width * 0.25, box!.y + box!.height * 0.75);
    await expect(at.cellReadout).toContainText('Cell q2 → k1');
    await page.mouse.click(box!.x + box!.width * 0.25, box!.y + box!.height * 0.75);
    await expect(at.status).toContainText(
      'Query 2 gives key 1 weight 0.330 and key 2 weight 0.670',
    );
  });

  test('the 128-token preset renders and stays responsive', async ({ page }) => {
    await page.goto(LESSON);
    const at = attention(page);
    await expect(at.status).toContainText('‘cat’');
    await at.widget.getByRole('button', { name: '128-token stress test' }).click();
    await expect(at.plot).toHaveAccessibleName(/128 queries by 128 keys/, { timeout: 5_000 });
    await expect.poll(async () => (await canvasPixels(page)).colours).toBeGreaterThan(20);
    await at.plot.focus();
    for (let i = 1; i <= 5; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(at.announcement).toHaveText(new RegExp(`^‘it’ \\(2\\) → ‘.+’ \\(${i + 1}\\): `));
    }
    await page.keyboard.press('Control+End');
    await expect(at.announcement).toHaveText(/\(128\) → ‘.+’ \(128\): 0\.\d{3}$/);
    const slider = at.widget.getByRole('slider', { name: /Temperature/ });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 0.891');
    await expect(at.status).toContainText('Every row sums to 1.');
  });

  test('the matrices link shows the worked example: 0.670 / 0.330', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY('mode')}=matrices`);
    const at = attention(page);
    await expect(at.cellValues).toHaveText(['0.670', '0.330', '0.330', '0.670']);
    await expect(at.status).toHaveText(
      'Query 1 gives key 1 weight 0.670 and key 2 weight 0.330, so its output is [1.660, 2.660]. Every row sums to 1.',
    );
    await expect(at.widget.getByRole('radio', { name: 'Your own Q, K, V' })).toBeChecked();
    await at.widget.getByRole('button', { name: 'Show as table' }).click();
    const table = at.widget.getByRole('table');
    await expect(table.getByRole('row').nth(1)).toHaveText(/q10\.6700\.3301\.000/);
  });

  test('hostile URL values are ignored with notices', async ({ page }) => {
    const hostile = [
      `${KEY('mode')}=%3Cscript%3E`,
      `${KEY('dk')}=1e9`,
      `${KEY('t')}=1e9`,
      `${KEY('seed')}=-1`,
      `${KEY('text')}=${'x%20'.repeat(200)}`,
      `${KEY('q')}=1,2;3`,
    ].join('&');
    await page.goto(`${LESSON}?${hostile}`);
    const at = attention(page);
    await expect(at.notice.getByRole('listitem')).toHaveCount(6);
    await expect(at.notice).toContainText('Ignored attention-heatmap.mode=<script>');
    await expect(at.notice).toContainText(
      'attention-heatmap.t=1000000000 is outside 0.05–10. Using 10.',
    );
    await expect(at.status).toContainText('Query ‘cat’ attends most to');
    await expect(at.widget.getByRole('slider', { name: /Temperature/ })).toHaveAttribute(
      'aria-valuetext',
      'T = 10',
    );
    await at.notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(at.notice).toHaveCount(0);
  });

  test('a changed state survives a reload through the URL', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY('mode')}=matrices`);
    const at = attention(page);
    await at.widget.getByLabel('V row 1, column 1').fill('5');
    await expect(at.status).toContainText('output is [4.340, 2.660]');
    await expect.poll(() => urlParam(page, KEY('v'))).toBe('5,2;3,4');
    await page.reload();
    await expect(at.status).toContainText('output is [4.340, 2.660]');
  });
});

test.describe('AttentionHeatmap at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const query of ['', `?${KEY('stress')}=true`, `?${KEY('mode')}=matrices`]) {
    test(`the heatmap scrolls inside the widget, not the page${query}`, async ({ page }) => {
      await page.goto(`${LESSON}${query}`);
      const at = attention(page);
      await expect(at.status).toBeVisible();
      await fontsReady(page);
      // nothing in the widget reaches past its own box (the page's other content is checked by
      // e2e/responsive.spec.ts); a wide heatmap scrolls inside .heatmap__scroll instead
      const sizes = await at.widget.evaluate((el) => {
        const scroller = el.querySelector('.heatmap__scroll');
        return {
          right: el.getBoundingClientRect().right,
          overflow: el.scrollWidth - el.clientWidth,
          inner: scroller ? scroller.scrollWidth - scroller.clientWidth : 0,
        };
      });
      expect(sizes.right).toBeLessThanOrEqual(361);
      expect(sizes.overflow, 'content overflowing the widget').toBeLessThanOrEqual(0);
      if (query.includes('stress')) expect(sizes.inner).toBeGreaterThan(0);
      await at.plot.focus();
      await page.keyboard.press('Control+End');
      await expect(at.announcement).toHaveText(/→/);
    });
  }
});

test.describe('AttentionHeatmap accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} theme`, () => {
      test.use({ colorScheme: scheme });

      test('axe finds no violation in sentence mode, matrices mode and with the table', async ({
        page,
      }) => {
        // a full-page axe run over a formula-heavy lesson is slow on a shared 2-core machine
        test.setTimeout(90_000);
        await page.goto(LESSON);
        const at = attention(page);
        await expect(at.status).toContainText('‘cat’');
        await fontsReady(page);
        await expectNoAxeViolations(page, `${LESSON} sentence mode (${scheme})`);

        await at.widget.getByRole('radio', { name: 'Your own Q, K, V' }).check();
        await expect(at.cellValues.first()).toHaveText('0.670');
        await at.widget.getByRole('checkbox', { name: 'Causal mask' }).check();
        await at.plot.focus();
        await expectNoAxeViolations(
          page,
          `matrices mode, causal (${scheme})`,
          '#attention-heatmap',
        );

        await at.widget.getByRole('button', { name: 'Show as table' }).click();
        await expect(at.widget.getByRole('table')).toBeVisible();
        await at.widget.getByLabel('Q row 1, column 1').fill('abc');
        await expect(at.widget.locator('.field-error')).toBeVisible();
        await expectNoAxeViolations(
          page,
          `table shown, bad entry (${scheme})`,
          '#attention-heatmap',
        );
      });
    });
  }
});
