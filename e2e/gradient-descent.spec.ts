import { expect, expectNoAxeViolations, test } from './fixtures';
import { expectNoNaN, readout, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/gradient-descent';
const ID = 'gradient-descent';
const Q = (params: Record<string, string | number>) =>
  `${LESSON}?${Object.entries(params)
    .map(([k, v]) => `${ID}.${k}=${v}`)
    .join('&')}`;

function gd(page: Page) {
  const parts = widgetParts(page, ID);
  const { widget } = parts;
  return {
    ...parts,
    lr: widget.getByRole('slider', { name: /^Learning rate/ }),
    handle: widget.getByRole('slider', { name: 'Start point' }),
    button: (name: string) => widget.getByRole('button', { name, exact: true }),
    counter: widget.locator('.gd-run__counter'),
    plot: widget.locator('svg.gd-plot'),
    readout: (term: string) => readout(widget, term, '.gd-readouts'),
  };
}

test.describe('GradientDescent through its controls', () => {
  test('Step writes out the lesson’s first update; +50 steps converges', async ({ page }) => {
    await page.goto(LESSON);
    const g = gd(page);
    await expect(g.status).toContainText('No steps yet: w = 0, loss 44.182.');
    await expect(g.widget.locator('.live-formula')).toContainText(
      'w ← w − η·L′(w) = 0 − 0.01 × (−44.08) = 0.4408',
    );
    await g.button('Step').click();
    await expect(g.readout('w')).toHaveText('0.4408');
    await expect(g.counter).toHaveText('Step 1');
    await g.button('+50 steps').click();
    await expect(g.counter).toHaveText('Step 51');
    await expect(g.readout('w')).toHaveText('2.00363');
    await g.button('Reset run').click();
    await expect(g.counter).toHaveText('Step 0');
  });

  test('the learning-rate slider steps in log space with the arrow keys', async ({ page }) => {
    // sixty real key presses, each rerunning 50 steps: slow on a shared 2-core machine
    test.slow();
    await page.goto(LESSON);
    const g = gd(page);
    await g.button('+50 steps').click();
    await g.lr.focus();
    await page.keyboard.press('ArrowRight');
    await expect(g.lr).toHaveAttribute('aria-valuetext', 'η = 0.0112');
    for (let i = 0; i < 19; i++) await page.keyboard.press('ArrowRight');
    await expect(g.lr).toHaveAttribute('aria-valuetext', 'η = 0.1');
    await expect(g.status).toContainText(
      'Diverging: η = 0.1 is above the stability limit 2/L ≈ 0.0909',
    );
    await expect(g.widget.locator('.gd-loss__exit')).toHaveText('↑ diverged');
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
    await expect(g.lr).toHaveAttribute('aria-valuetext', 'η = 0.001');
    await expect(g.readout('w')).toHaveText('1.34482');
    await expect(g.status).toContainText('Converging slowly');
    await expect(g.widget.locator('.slider__mark', { hasText: '2/L' })).toBeVisible();
  });

  test('a mouse drag of the learning rate: the words catch up when the hand rests and on release', async ({
    page,
  }) => {
    await page.goto(Q({ fn: 'regression', steps: 50 }));
    const g = gd(page);
    await expect(g.readout('w')).toHaveText('2.00363');
    await g.lr.scrollIntoViewIfNeeded();
    const box = await g.lr.boundingBox();
    if (!box) throw new Error('the learning-rate slider has no box');
    const y = box.y + box.height / 2;
    const at = async (lr: number) => {
      // the slider is log-scaled from 10⁻⁴ to 2
      const fraction = (Math.log10(lr) + 4) / (Math.log10(2) + 4);
      await page.mouse.move(box.x + box.width * fraction, y, { steps: 8 });
    };
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await at(0.2);
    // still pressed: once the pointer rests, status and readouts state the new regime
    await expect(g.status).toContainText('Diverging');
    await expect(g.widget.locator('.gd-loss__exit')).toHaveText('↑ diverged');
    await at(0.0005);
    await page.mouse.up();
    await expect(g.status).toContainText('Converging slowly');
    await expectNoNaN(page, ID);
  });

  test('Play animates the steps and Pause stops them', async ({ page }) => {
    await page.goto(LESSON);
    const g = gd(page);
    await g.button('Play').click();
    await expect(g.button('Pause')).toBeVisible();
    await expect
      .poll(async () => Number((await g.counter.textContent())?.replace(/\D/g, '')))
      .toBeGreaterThanOrEqual(3);
    await g.button('Pause').click();
    const stopped = await g.counter.textContent();
    await page.waitForTimeout(400);
    await expect(g.counter).toHaveText(stopped ?? '');
  });

  test('under reduced motion Play becomes a jump to the end', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(LESSON);
    const g = gd(page);
    await expect(g.button('Play')).toHaveCount(0);
    await expect(g.widget).toContainText('asks for reduced motion, so nothing animates');
    await g.button('Run to step 1000').click();
    await expect(g.status).toContainText('Converged: after 1000 steps');
  });

  test('switching to the valley draws contours and names the zig-zag', async ({ page }) => {
    await page.goto(LESSON);
    const g = gd(page);
    await g.widget.getByRole('radio', { name: 'Valley (2-D)' }).check();
    await expect(g.status).toContainText(
      'Zig-zagging but converging: η = 0.18 is between 1/κ = 0.1 and 2/κ = 0.2',
    );
    await expect(g.widget.locator('ellipse.gd-contour')).toHaveCount(9);
    const handle = g.widget.getByRole('button', { name: /^Start point \(x, y\) = \(−4, 2\)/ });
    await handle.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(g.status).toContainText('No steps yet: (x, y) = (−3, 2)');
    await expect.poll(() => urlParam(page, `${ID}.fn`)).toBe('valley');
  });

  test('dragging the start point with the mouse moves it to the pointer', async ({ page }) => {
    await page.goto(LESSON);
    const g = gd(page);
    await g.plot.scrollIntoViewIfNeeded();
    const from = await g.handle.boundingBox();
    const plot = await g.plot.boundingBox();
    expect(from && plot).toBeTruthy();
    // viewBox 320 wide; w from −1 to 5 maps to x = 40 … 308
    const xOf = (w: number) => plot!.x + ((40 + ((w + 1) / 6) * 268) / 320) * plot!.width;
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move(xOf(1), from!.y, { steps: 4 });
    await page.mouse.move(xOf(3), from!.y + 20, { steps: 4 });
    await page.mouse.up();
    await expect(g.status).toContainText('No steps yet: w = 3,');
    await expect(g.widget.getByLabel('w₀', { exact: true })).toHaveValue('3');
    await expect(g.handle).toBeFocused();
    // the drag ended: moving the mouse changes nothing
    await page.mouse.move(xOf(0), from!.y, { steps: 3 });
    await expect(g.status).toContainText('No steps yet: w = 3,');
  });

  test.describe('touch', () => {
    test.use({ hasTouch: true, isMobile: false });

    test('dragging the start point with a finger moves it', async ({ page }) => {
      await page.goto(Q({ fn: 'valley' }));
      const g = gd(page);
      const plot = g.widget.locator('svg.gd-plot--contour');
      await plot.scrollIntoViewIfNeeded();
      const box = await plot.boundingBox();
      const handle = g.widget.getByRole('button', { name: /^Start point/ });
      const from = await handle.boundingBox();
      expect(box && from).toBeTruthy();
      // viewBox 324 × 204: x from −5 to 5 → 12 … 312, y from 3 to −3 → 12 … 192
      const at = (x: number, y: number) => ({
        x: box!.x + ((12 + (x + 5) * 30) / 324) * box!.width,
        y: box!.y + ((12 + (3 - y) * 30) / 204) * box!.height,
      });
      const start = { x: from!.x + from!.width / 2, y: from!.y + from!.height / 2 };
      const end = at(2, -1);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
      for (let i = 1; i <= 8; i++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [
            { x: start.x + ((end.x - start.x) * i) / 8, y: start.y + ((end.y - start.y) * i) / 8 },
          ],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect(g.status).toContainText('No steps yet: (x, y) = (2, −1)');
      await expect(plot).toBeInViewport();
    });

    test('a sideways finger drag moves a 1-D start point', async ({ page }) => {
      await page.goto(LESSON);
      const g = gd(page);
      await g.plot.scrollIntoViewIfNeeded();
      const box = await g.plot.boundingBox();
      const from = await g.handle.boundingBox();
      expect(box && from).toBeTruthy();
      const start = { x: from!.x + from!.width / 2, y: from!.y + from!.height / 2 };
      // w = 3.5 sits at viewBox x = 40 + 4.5/6 × 268 = 241
      const endX = box!.x + (241 / 320) * box!.width;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
      for (let i = 1; i <= 8; i++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: start.x + ((endX - start.x) * i) / 8, y: start.y }],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect(g.status).toContainText('No steps yet: w = 3.5,');
      await expect(g.plot).toBeInViewport();
    });
  });
});

test.describe('GradientDescent through its URL', () => {
  for (const [lr, expected] of [
    ['0.001', 'After 50 steps w = 1.34482'],
    ['0.01', 'After 50 steps w = 2.00363'],
    ['0.1', 'Diverging: η = 0.1 is above the stability limit 2/L ≈ 0.0909'],
  ] as const) {
    test(`regression at η = ${lr}, 50 steps: ${expected}`, async ({ page }) => {
      await page.goto(Q({ fn: 'regression', lr, steps: 50 }));
      const g = gd(page);
      await expect(g.status).toContainText(expected);
      await expect(g.counter).toHaveText('Step 50');
      await expect(g.notice).toHaveCount(0);
    });
  }

  for (const [param, message] of [
    ['lr=-1', 'Ignored gradient-descent.lr=-1'],
    ['lr=NaN', 'Ignored gradient-descent.lr=NaN'],
    ['lr=0', 'Ignored gradient-descent.lr=0'],
    ['steps=1e9', 'running the maximum, 1000 steps'],
    ['x0=abc', 'Ignored gradient-descent.x0=abc'],
  ] as const) {
    test(`a hostile ${param} gives a notice, and the page works`, async ({ page }) => {
      await page.goto(`${LESSON}?gradient-descent.${param}`);
      const g = gd(page);
      await expect(g.notice).toContainText(message);
      await expect(g.status).toContainText(param === 'steps=1e9' ? 'Converged' : 'No steps yet');
      await expectNoNaN(page, ID);
      if (param === 'steps=1e9') {
        await expect(g.counter).toHaveText('Step 1000 (the maximum)');
        await expect(g.button('Step')).toBeDisabled();
      } else {
        await g.button('Step').click();
        await expect(g.counter).toHaveText('Step 1');
      }
      await g.notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(g.notice).toHaveCount(0);
    });
  }

  test('an overflowing run says diverged and never prints NaN', async ({ page }) => {
    await page.goto(Q({ lr: 2, steps: 1000 }));
    const g = gd(page);
    await expect(g.status).toContainText('The loss overflowed after');
    await expect(g.readout('loss')).toHaveText('overflow: diverged');
    await expect(g.button('Step')).toBeDisabled();
    await g.widget.getByRole('tab', { name: 'NumPy' }).click();
    await expect(g.widget.locator('pre')).toContainText('lr = 2.0');
    await expectNoNaN(page, ID);
  });

  test('stepping writes the state to the URL, and a reload restores it', async ({ page }) => {
    await page.goto(LESSON);
    const g = gd(page);
    await g.button('Step').click();
    await g.button('Step').click();
    await expect.poll(() => urlParam(page, `${ID}.steps`)).toBe('2');
    await page.reload();
    await expect(g.counter).toHaveText('Step 2');
    await expect(g.notice).toHaveCount(0);
  });
});

test.describe('GradientDescent layout and accessibility', () => {
  test('is usable 360 px wide without horizontal page scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(Q({ fn: 'valley', steps: 20 }));
    const g = gd(page);
    await expect(g.status).toContainText('After 20 steps');
    await page.evaluate(() => document.fonts.ready);
    const overflow = await g.widget.evaluate((el) =>
      [...el.querySelectorAll('*')]
        // shapes inside an SVG are clipped to it; the SVG's own box is what takes up room
        .filter((child) => !(child instanceof SVGElement) || child instanceof SVGSVGElement)
        .filter((child) => child.getBoundingClientRect().right > window.innerWidth + 1)
        .map((child) => child.tagName + '.' + String(child.getAttribute('class'))),
    );
    expect(overflow).toEqual([]);
    const page360 = await page.evaluate(() => ({
      width: document.scrollingElement?.scrollWidth ?? Infinity,
      // name what sticks out, so a failure says whose it is
      wide: [...document.body.querySelectorAll('*')]
        .filter((el) => !(el instanceof SVGElement) || el instanceof SVGSVGElement)
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((el) => el.parentElement?.closest('[class]') !== null)
        .slice(0, 5)
        .map((el) => `${el.tagName}.${String(el.getAttribute('class'))}`),
    }));
    expect(
      page360.width,
      `the page scrolls sideways; wide: ${page360.wide.join(', ')}`,
    ).toBeLessThanOrEqual(361);
    await g.button('+50 steps').click();
    await expect(g.counter).toHaveText('Step 70');
  });

  for (const [state, url, theme] of [
    ['default', LESSON, 'light'],
    ['diverged', Q({ lr: 0.1, steps: 50 }), 'light'],
    ['valley', Q({ fn: 'valley', steps: 20, momentum: 0.5 }), 'light'],
    ['diverged, dark theme', Q({ lr: 0.1, steps: 50 }), 'dark'],
  ] as const) {
    test(`axe finds nothing in the ${state} state`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(url);
      await expect(gd(page).status).not.toBeEmpty();
      await expectNoAxeViolations(page, `gradient descent (${state})`, 'section#gradient-descent');
    });
  }
});
