import { expect, test, vectorPlayground } from './fixtures';
import { urlParam } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/vectors';
const KEY_A = 'vector-playground.a';

const notANumber = /\bNaN\b|Infinity/;

/**
 * No "NaN" or "Infinity" anywhere the app computes: not in the widget's text or attributes (SVG
 * coordinates included), and nowhere else on the page except the lesson's own prose, which talks
 * about NaN on purpose ("Libraries differ (NaN, 0, or an error)").
 */
async function expectNoNaN(page: Page) {
  const widget = page.locator('section#vector-playground');
  await expect(widget).not.toContainText(notANumber);
  expect(await widget.evaluate((el) => el.outerHTML)).not.toMatch(notANumber);
  const elsewhere = await page.evaluate((source) => {
    const pattern = new RegExp(source);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!pattern.test(text)) continue;
      const parent = node.parentElement;
      // lesson prose is written by hand; widgets (and everything outside the lesson) are computed
      const isProse = Boolean(parent?.closest('.lesson__body')) && !parent?.closest('.widget');
      if (!isProse) found.push(text);
    }
    return found;
  }, notANumber.source);
  expect(elsewhere, 'NaN/Infinity shown outside the lesson prose').toEqual([]);
}

test.describe('VectorPlayground', () => {
  test('keyboard moves the a handle and the readouts follow', async ({ page }) => {
    await page.goto(LESSON);
    const vp = vectorPlayground(page);
    await expect(vp.readout('a·b')).toHaveText('7.000');
    await expect(vp.status).toContainText('a = (4, 1) and b = (1, 3): a·b = 7.000');

    const a = vp.handle('a');
    await a.focus();
    await expect(a).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(vp.readout('a·b')).toHaveText('7.100');
    await expect(vp.status).toContainText('a = (4.1, 1) and b = (1, 3): a·b = 7.100');
    await expect(vp.handle('a')).toHaveAccessibleName(/^Vector a at \(4\.1, 1\)/);

    await page.keyboard.press('Shift+ArrowUp');
    await expect(vp.readout('a·b')).toHaveText('10.100');
    await expect(vp.status).toContainText('a = (4.1, 2) and b = (1, 3): a·b = 10.100');
    await expect(vp.field('a', 'y')).toHaveValue('2');
    // the handle keeps focus, so the reader can keep pressing keys
    await expect(vp.handle('a')).toBeFocused();
  });

  test('keyboard stops at the edge of the plane', async ({ page }) => {
    await page.goto(`${LESSON}?vector-playground.b=4.5,3`);
    const vp = vectorPlayground(page);
    await vp.handle('b').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(vp.status).toContainText('b = (5, 3)');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(vp.status).toContainText('b = (5, 3)');
  });

  test('dragging the b handle with the mouse moves it to the pointer', async ({ page }) => {
    await page.goto(LESSON);
    const vp = vectorPlayground(page);
    await vp.plane.scrollIntoViewIfNeeded();
    const from = await vp.handle('b').boundingBox();
    const plane = await vp.plane.boundingBox();
    expect(from && plane).toBeTruthy();
    // the viewBox spans −5.6 … 5.6 on both axes; aim at the plane point (−2, 2)
    const at = (x: number, y: number) => ({
      x: plane!.x + ((x + 5.6) / 11.2) * plane!.width,
      y: plane!.y + ((5.6 - y) / 11.2) * plane!.height,
    });
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    const mid = at(-0.5, 2.5);
    await page.mouse.move(mid.x, mid.y, { steps: 5 });
    const target = at(-2, 2);
    await page.mouse.move(target.x, target.y, { steps: 5 });
    await page.mouse.up();
    // a = (4, 1), b = (−2, 2): a·b = −8 + 2 = −6
    await expect(vp.status).toContainText('a = (4, 1) and b = (-2, 2): a·b = -6.000');
    await expect(vp.readout('a·b')).toHaveText('−6.000');
    await expect(vp.handle('b')).toBeFocused();
    // releasing ends the drag: moving the mouse afterwards changes nothing
    const away = at(3, -3);
    await page.mouse.move(away.x, away.y, { steps: 3 });
    await expect(vp.status).toContainText('b = (-2, 2)');
  });

  test.describe('touch', () => {
    test.use({ hasTouch: true, isMobile: false });

    test('dragging the a handle with a finger moves it', async ({ page }) => {
      await page.goto(LESSON);
      const vp = vectorPlayground(page);
      await vp.plane.scrollIntoViewIfNeeded();
      const from = await vp.handle('a').boundingBox();
      const plane = await vp.plane.boundingBox();
      expect(from && plane).toBeTruthy();
      const at = (x: number, y: number) => ({
        x: plane!.x + ((x + 5.6) / 11.2) * plane!.width,
        y: plane!.y + ((5.6 - y) / 11.2) * plane!.height,
      });
      const start = { x: from!.x + from!.width / 2, y: from!.y + from!.height / 2 };
      const end = at(0, -3);
      // real touch input through Chromium's input pipeline (touch-action, pointer events)
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: start.x, y: start.y }],
      });
      const steps = 8;
      for (let i = 1; i <= steps; i++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [
            {
              x: start.x + ((end.x - start.x) * i) / steps,
              y: start.y + ((end.y - start.y) * i) / steps,
            },
          ],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      // a = (0, −3), b = (1, 3): a·b = −9
      await expect(vp.status).toContainText('a = (0, -3) and b = (1, 3): a·b = -9.000');
      // the page did not scroll away under the finger
      await expect(vp.plane).toBeInViewport();
    });
  });

  test('a bad number is rejected where it is typed; a good one updates the readouts', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const vp = vectorPlayground(page);
    const ax = vp.field('a', 'x');
    await expect(ax).toHaveValue('4');

    await ax.fill('abc');
    await expect(ax).toHaveAttribute('aria-invalid', 'true');
    const message = vp.widget.locator('.field-error');
    await expect(message).toHaveText('“abc” is not a number. Still using 4.');
    await expect(ax).toHaveAccessibleDescription(/is not a number/);
    // the last valid state stays in force everywhere
    await expect(vp.readout('a·b')).toHaveText('7.000');
    await expect(vp.status).toContainText('a = (4, 1) and b = (1, 3)');
    await expect(vp.handle('a')).toHaveAccessibleName(/^Vector a at \(4, 1\)/);

    await ax.fill('9');
    await expect(message).toHaveText('Use a value from −5 to 5. Still using 4.');
    await expect(vp.readout('a·b')).toHaveText('7.000');

    await ax.fill('-2');
    await expect(message).toHaveCount(0);
    await expect(ax).not.toHaveAttribute('aria-invalid', 'true');
    // a = (−2, 1), b = (1, 3): a·b = −2 + 3 = 1
    await expect(vp.readout('a·b')).toHaveText('1.000');
    await expect(vp.status).toContainText('a = (-2, 1) and b = (1, 3): a·b = 1.000');
    await expect(vp.handle('a')).toHaveAccessibleName(/^Vector a at \(-2, 1\)/);
  });

  test('the search table re-ranks when the query moves', async ({ page }) => {
    await page.goto(LESSON);
    const vp = vectorPlayground(page);
    const firstDocument = vp.searchRows.first().getByRole('rowheader');
    await expect(firstDocument).toHaveText('postgres');
    await expect(vp.status).toContainText('Top search result by cosine: postgres.');

    await vp.field('a', 'x').fill('0');
    await vp.field('a', 'y').fill('1');
    await expect(firstDocument).toHaveText('kubernetes');
    await expect(vp.searchRows.getByRole('rowheader')).toHaveText([
      'kubernetes',
      'gpu',
      'postgres',
    ]);
    await expect(vp.status).toContainText('Top search result by cosine: kubernetes.');

    // a = (1, 1.1): cosine prefers kubernetes, the raw dot product prefers postgres
    await vp.field('a', 'x').fill('1');
    await vp.field('a', 'y').fill('1.1');
    await expect(firstDocument).toHaveText('kubernetes');
    await vp.widget.getByRole('radio', { name: 'Dot product' }).check();
    await expect(firstDocument).toHaveText('postgres');
    await expect(vp.status).toContainText('Top search result by dot product: postgres.');
    await expect.poll(() => urlParam(page, 'vector-playground.rank')).toBe('dot');
  });

  test('Reset brings back the defaults', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY_A}=-3,2&vector-playground.rank=dot`);
    const vp = vectorPlayground(page);
    await expect(vp.status).toContainText('a = (-3, 2)');
    await vp.widget.getByRole('button', { name: 'Reset' }).click();
    await expect(vp.status).toContainText('a = (4, 1) and b = (1, 3): a·b = 7.000');
    await expect(vp.widget.getByRole('radio', { name: 'Cosine similarity' })).toBeChecked();
    await expect.poll(() => urlParam(page, KEY_A)).toBeNull();
  });
});

test.describe('VectorPlayground URL state', () => {
  test('moving a handle writes the state to the URL, and a reload restores it', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const vp = vectorPlayground(page);
    await vp.handle('a').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowUp');
    await expect(vp.status).toContainText('a = (4.1, 2)');
    // the write is debounced (~150 ms)
    await expect.poll(() => urlParam(page, KEY_A)).toBe('4.1,2');
    // b is still at its default, so the URL leaves it out
    expect(urlParam(page, 'vector-playground.b')).toBeNull();

    await page.reload();
    await expect(vp.status).toContainText('a = (4.1, 2) and b = (1, 3): a·b = 10.100');
    await expect(vp.notice).toHaveCount(0);
  });

  test('Copy link puts the current state in a link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${LESSON}?vector-playground.b=-1,2`);
    const vp = vectorPlayground(page);
    await vp.handle('a').focus();
    await page.keyboard.press('ArrowDown');
    await vp.widget.getByRole('button', { name: 'Copy link to this state' }).click();
    await expect(vp.widget.locator('.widget__copied')).toHaveText(
      /Link copied\.|the address bar now holds the link/,
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
    const link = new URL(copied || page.url());
    expect(link.pathname).toBe(LESSON);
    expect(link.searchParams.get(KEY_A)).toBe('4,0.9');
    expect(link.searchParams.get('vector-playground.b')).toBe('-1,2');
  });

  test('a shared link with perpendicular vectors says so', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY_A}=1,0&vector-playground.b=0,1`);
    const vp = vectorPlayground(page);
    await expect(vp.readout('cos θ')).toHaveText('0.0000');
    await expect(vp.readout('θ')).toHaveText('90.0°');
    await expect(vp.readout('a·b')).toHaveText('0.000');
    await expect(vp.status).toContainText('cos θ = 0.000');
    await expect(vp.status).toContainText('perpendicular');
    await expect(vp.notice).toHaveCount(0);
  });

  test('an invalid value is ignored with a notice and the default is used', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY_A}=abc`);
    const vp = vectorPlayground(page);
    await expect(vp.notice).toBeVisible();
    await expect(vp.notice).toContainText(`Ignored ${KEY_A}=abc`);
    await expect(vp.notice).toContainText('Using the default.');
    await expect(vp.status).toContainText('a = (4, 1) and b = (1, 3): a·b = 7.000');
    await vp.notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(vp.notice).toHaveCount(0);
  });

  test('out-of-range and malformed values each get a notice', async ({ page }) => {
    await page.goto(
      `${LESSON}?vector-playground.b=99,1&${KEY_A}=1,2,3&vector-playground.rank=best`,
    );
    const vp = vectorPlayground(page);
    await expect(vp.notice.getByRole('listitem')).toHaveCount(3);
    await expect(vp.notice).toContainText('vector-playground.b=99,1');
    await expect(vp.notice).toContainText('expected 2 numbers, got 3');
    await expect(vp.notice).toContainText('vector-playground.rank=best');
    await expect(vp.status).toContainText('a = (4, 1) and b = (1, 3)');
  });

  test('a zero vector is described in words, never as NaN', async ({ page }) => {
    await page.goto(`${LESSON}?${KEY_A}=0,0`);
    const vp = vectorPlayground(page);
    await expect(vp.status).toContainText('zero length');
    await expect(vp.status).toContainText('undefined');
    await expect(vp.readout('cos θ')).toHaveText('undefined');
    await expect(vp.readout('θ')).toHaveText('undefined');
    await expect(vp.readout('a·b')).toHaveText('0.000');
    await expect(vp.readout('|a|')).toHaveText('0.000');
    await expect(vp.widget.locator('.readouts__note')).toContainText('zero-length vector');
    await expect(vp.searchRows.first().locator('td').nth(2)).toHaveText('undefined');

    await expectNoNaN(page);

    // moving b to zero too keeps it in words
    await vp.field('b', 'x').fill('0');
    await vp.field('b', 'y').fill('0');
    await expect(vp.status).toContainText('a = (0, 0) and b = (0, 0)');
    await expect(vp.readout('|b|')).toHaveText('0.000');
    await expectNoNaN(page);
  });
});
