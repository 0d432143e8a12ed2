import { expect, expectNoAxeViolations, fontsReady, openLive, test } from './fixtures';
import { expectNoNaN, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/softmax';
const K = 'softmax-temperature';

function softmaxWidget(page: Page) {
  const parts = widgetParts(page, K);
  const { widget } = parts;
  return {
    ...parts,
    slider: widget.getByRole('slider', { name: /Temperature/ }),
    probs: widget.locator('.st-rows .st-prob'),
    counts: widget.locator('.st-rows .st-col-count'),
    rows: widget.locator('.st-rows > li'),
    logit: (label: string) => widget.getByLabel(`Logit of ${label}`, { exact: true }),
    formula: widget.locator('.st-formula'),
  };
}

/** The page does not scroll sideways; the message names what sticks out (unclipped). */
async function expectNoHorizontalScroll(page: Page) {
  const report = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // an element inside a scroll box or a clipped box does not widen the page
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const sticking = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
    return { overflow: document.documentElement.scrollWidth - width, sticking };
  });
  expect(report.overflow, `the page scrolls sideways: ${report.sticking.join(', ')}`).toBe(0);
}

/** The widget itself fits the window: none of its visible parts reach past the right edge. */
async function expectWidgetFits(page: Page) {
  const sticking = await softmaxWidget(page).widget.evaluate((widget) => {
    const width = document.documentElement.clientWidth;
    return [widget, ...widget.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => !el.closest('.visually-hidden'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
  });
  expect(sticking, 'widget parts past the right edge').toEqual([]);
}

test.describe('SoftmaxTemperature', () => {
  test('arrow keys move the temperature in log space and the bars follow', async ({ page }) => {
    await page.goto(LESSON);
    const sm = softmaxWidget(page);
    await expect(sm.probs).toHaveText(['0.659', '0.242', '0.099']);
    await sm.slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(sm.slider).toHaveAttribute('aria-valuetext', 'T = 1.12');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(sm.slider).toHaveAttribute('aria-valuetext', 'T = 2');
    await expect(sm.probs).toHaveText(['0.502', '0.304', '0.194']);
    await expect(sm.status).toContainText(
      'At T = 2 the distribution is flatter than at T = 1: mat 0.502, floor 0.304, sofa 0.194; entropy 1.03 nats (1.48 bits).',
    );
    await expect.poll(() => urlParam(page, `${K}.t`)).toBe('2');
    await page.keyboard.press('End');
    await expect(sm.slider).toHaveAttribute('aria-valuetext', 'T = 10');
    await expect(sm.probs).toHaveText(['0.366', '0.331', '0.303']);
    await page.keyboard.press('Home');
    await expect(sm.slider).toHaveAttribute('aria-valuetext', 'T = 0.0501');
    await expect(sm.probs).toHaveText(['1.000', '0.000', '0.000']);
    await expect(sm.status).toContainText('as T → 0 softmax becomes argmax');
    await expectNoNaN(page, K);
  });

  test('a shared link with T = 2 shows 0.502, 0.304, 0.194', async ({ page }) => {
    await page.goto(`${LESSON}?${K}.logits=2,1,0.1&${K}.t=2`);
    const sm = softmaxWidget(page);
    await expect(sm.probs).toHaveText(['0.502', '0.304', '0.194']);
    await expect(sm.notice).toHaveCount(0);
    await expect(sm.formula).toContainText('= 2.718 / (2.718 + 1.649 + 1.051)');
    await expect(sm.formula).toContainText('0.502');
  });

  test('editing a logit updates the bars; bad text is refused where it is typed', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const sm = softmaxWidget(page);
    const sofa = sm.logit('sofa');
    await sofa.fill('2');
    await expect(sm.probs).toHaveText(['0.422', '0.155', '0.422']);
    const message = sm.widget.locator('.st-rows .field-error');
    for (const [text, error] of [
      ['abc', '“abc” is not a number. Still using 2.'],
      ['1e400', '“1e400” is not a number. Still using 2.'],
      ['', 'Enter a number. Still using 2.'],
      ['5e6', 'Use a value from −1000000 to 1000000. Still using 2.'],
    ] as const) {
      await sofa.fill(text);
      await expect(sofa).toHaveAttribute('aria-invalid', 'true');
      await expect(message).toHaveText(error);
      await expect(sofa).toHaveAccessibleDescription(error);
      await expect(sm.probs).toHaveText(['0.422', '0.155', '0.422']);
    }
    await expectNoNaN(page, K);
    await sofa.fill('-1000000');
    await expect(message).toHaveCount(0);
    await expect(sm.probs).toHaveText(['0.731', '0.269', '0.000']);
    await expect.poll(() => urlParam(page, `${K}.logits`)).toBe('2,1,-1000000');
  });

  test('rows are added and removed from the keyboard, between 2 and 20', async ({ page }) => {
    await page.goto(LESSON);
    const sm = softmaxWidget(page);
    const add = sm.widget.getByRole('button', { name: /^Add token/ });
    await expect(add).toHaveAccessibleName('Add token bed');
    await add.focus();
    for (let i = 0; i < 17; i++) await page.keyboard.press('Enter');
    await expect(sm.rows).toHaveCount(20);
    await expect(add).toBeDisabled();
    await expect(sm.widget).toContainText('20 tokens is the most this widget holds.');
    await expectWidgetFits(page);

    await sm.widget.getByRole('button', { name: 'Remove mat' }).focus();
    await page.keyboard.press('Enter');
    await expect(sm.rows).toHaveCount(19);
    await expect(sm.widget.getByRole('button', { name: 'Remove floor' })).toBeFocused();
    for (let i = 0; i < 17; i++) await page.keyboard.press('Space');
    await expect(sm.rows).toHaveCount(2);
    await expect(sm.widget.getByRole('button', { name: /^Remove / }).first()).toBeDisabled();
    await expect(add).toBeFocused();
    await expect.poll(() => urlParam(page, `${K}.labels`)).toBe('porch,sill');
  });

  test('top-k and top-p grey out dropped tokens and renormalise the rest', async ({ page }) => {
    await page.goto(LESSON);
    const sm = softmaxWidget(page);
    await sm.widget.getByLabel('top-k').selectOption('2');
    await expect(sm.rows.nth(2)).toHaveClass(/st-row--dropped/);
    await expect(sm.rows.nth(2)).toContainText('dropped');
    await expect(sm.rows.nth(0).locator('.st-note')).toContainText('0.731');
    await expect(sm.status).toContainText(
      'Top-k = 2 keeps mat and floor (0.901 of the probability), renormalised to 0.731 and 0.269.',
    );
    await expectNoAxeViolations(page, 'softmax widget with top-k on', `section#${K}`);

    await sm.widget.getByLabel('top-k').selectOption('off');
    await sm.widget.getByLabel('top-p').check();
    await expect(sm.status).toContainText('Top-p = 0.9 keeps mat and floor');
    await expect.poll(() => urlParam(page, `${K}.p`)).toBe('0.9');
    // at T = 2 mat and floor hold only 0.806, so top-p = 0.9 needs sofa too
    await sm.widget.getByLabel('Exact T').fill('2');
    await expect(sm.status).toContainText('Top-p = 0.9 keeps all 3 tokens.');
  });

  test('Sample 100 shows counts that the seed reproduces', async ({ page }) => {
    await page.goto(`${LESSON}?${K}.t=2`);
    const sm = softmaxWidget(page);
    await expect(sm.widget.getByLabel('Seed')).toHaveValue('42');
    await sm.widget.getByRole('button', { name: 'Sample 100' }).click();
    await expect(sm.counts).toHaveCount(3);
    const counts = (await sm.counts.allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100);
    await expect(sm.status).toContainText('100 draws with seed 42:');
    await expectNoAxeViolations(page, 'softmax widget after sampling', `section#${K}`);

    await sm.widget.getByRole('button', { name: 'New seed' }).click();
    await expect(sm.widget.getByLabel('Seed')).not.toHaveValue('42');
    const seed = await sm.widget.getByLabel('Seed').inputValue();
    await expect.poll(() => urlParam(page, `${K}.seed`)).toBe(seed);

    await page.goto(`${LESSON}?${K}.t=2`);
    await sm.widget.getByRole('button', { name: 'Sample 100' }).click();
    const again = (await sm.counts.allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
    expect(again).toEqual(counts);
  });

  test('Reset brings back the defaults and clears the draws', async ({ page }) => {
    await page.goto(`${LESSON}?${K}.t=3&${K}.k=1`);
    const sm = softmaxWidget(page);
    await sm.widget.getByRole('button', { name: 'Sample 100' }).click();
    await sm.widget.getByRole('button', { name: 'Reset' }).click();
    await expect(sm.status).toHaveText(
      'At T = 1 (plain softmax): mat 0.659, floor 0.242, sofa 0.099; entropy 0.85 nats (1.22 bits).',
    );
    await expect(sm.counts).toHaveCount(0);
    await expect.poll(() => urlParam(page, `${K}.t`)).toBeNull();
  });

  test('the NumPy tab holds the Python for the current state', async ({ page }) => {
    await page.goto(`${LESSON}?${K}.t=0.5&${K}.k=2`);
    const sm = softmaxWidget(page);
    await sm.widget.getByRole('tab', { name: 'NumPy' }).click();
    const code = sm.widget.locator('.code-block code');
    await expect(code).toContainText('z = np.array([2.0, 1.0, 0.1])');
    await expect(code).toContainText('T = 0.5');
    await expect(code).toContainText('[:2]  # top-k');
  });
});

test.describe('SoftmaxTemperature hostile input', () => {
  for (const [name, query, reason] of [
    ['logits=abc', `${K}.logits=abc`, '“abc” is not a number'],
    ['logits=1e400', `${K}.logits=1e400,1`, 'beyond the largest double'],
    ['empty logits', `${K}.logits=`, 'it is empty'],
    ['21 tokens', `${K}.logits=${Array(21).fill('1').join(',')}`, '21 tokens is too many'],
    ['t=0', `${K}.t=0`, 'the temperature must be above 0'],
    ['t=-1', `${K}.t=-1`, 'the temperature must be above 0'],
    ['t=NaN', `${K}.t=NaN`, 'the temperature must be a number'],
  ] as const) {
    test(`${name} is ignored with a notice and the page keeps working`, async ({ page }) => {
      await page.goto(`${LESSON}?${query}`);
      const sm = softmaxWidget(page);
      await expect(sm.notice).toContainText(reason);
      await expect(sm.notice).toContainText('Using the default.');
      await expect(sm.probs).toHaveText(['0.659', '0.242', '0.099']);
      await expectNoNaN(page, K);
      // still alive: a control still works
      await sm.logit('mat').fill('3');
      await expect(sm.probs.first()).toHaveText('0.840');
    });
  }

  test('labels with markup are shown as text and never run', async ({ page }) => {
    const labels = ['<script>x()</script>', '<img src=x onerror=x()>', '<b>bold</b>'];
    await page.addInitScript(() => {
      (window as unknown as { x: () => void }).x = () => {
        throw new Error('a label ran as code');
      };
    });
    await page.goto(`${LESSON}?${K}.labels=${labels.map(encodeURIComponent).join(',')}`);
    const sm = softmaxWidget(page);
    await expect(sm.notice).toHaveCount(0);
    await expect(sm.widget.getByLabel('Token 1')).toHaveValue('<script>x()</script>');
    await expect(sm.status).toContainText(
      '<script>x()</script> 0.659, <img src=x onerror=x()> 0.242',
    );
    await expect(sm.widget.getByRole('button', { name: 'Remove <b>bold</b>' })).toBeVisible();
    await expect(sm.widget.locator('script, img, b')).toHaveCount(0);
  });

  test('labels that do not match the logits are ignored with a notice', async ({ page }) => {
    await page.goto(`${LESSON}?${K}.labels=a,b`);
    const sm = softmaxWidget(page);
    await expect(sm.notice).toContainText('2 names for 3 logits. Using default names.');
    await expect(sm.status).toContainText('mat 0.659, floor 0.242, sofa 0.099');
  });

  test('logits of ±1e6 stay finite at T = 0.05 and T = 10, shown in the stable form', async ({
    page,
  }) => {
    for (const t of ['0.05', '10']) {
      await page.goto(`${LESSON}?${K}.logits=1000000,-1000000,0&${K}.t=${t}`);
      const sm = softmaxWidget(page);
      await expect(sm.probs).toHaveText(['1.000', '0.000', '0.000']);
      await expect(sm.formula).toContainText('beyond the largest double');
      await expect(sm.formula.locator('p').nth(2)).toContainText('p(mat) = e0 / (e0 + e−');
      await expect(sm.formula).toContainText('= 1 / (1 + 0 + 0) = 1 / 1 = 1.000');
      await expect(sm.notice).toHaveCount(0);
      await expectNoNaN(page, K);
    }
  });
});

test.describe('SoftmaxTemperature layout and accessibility', () => {
  test('is usable at 360 px without sideways page scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${LESSON}?${K}.k=2`);
    const sm = softmaxWidget(page);
    await sm.widget.getByRole('button', { name: 'Sample 100' }).click();
    await sm.widget.getByRole('button', { name: 'Add token bed' }).click();
    await sm.widget.getByLabel('Token 4').fill('wwwwwwwwwwwwwwwwwwwwwwww');
    await expect(sm.rows).toHaveCount(4);
    await expectWidgetFits(page);
    await expectNoHorizontalScroll(page);
    const box = await sm.widget.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await sm.logit('mat').fill('5');
    await expect(sm.probs.first()).toHaveText('0.969');
  });

  test('a tap on the slider track moves the temperature', async ({ browser }) => {
    const context = await browser.newContext({
      hasTouch: true,
      viewport: { width: 390, height: 800 },
    });
    const page = await context.newPage();
    await openLive(page, LESSON);
    const sm = softmaxWidget(page);
    await sm.slider.scrollIntoViewIfNeeded();
    const box = await sm.slider.boundingBox();
    expect(box).toBeTruthy();
    await page.touchscreen.tap(box!.x + box!.width - 3, box!.y + box!.height / 2);
    await expect(sm.slider).toHaveAttribute('aria-valuetext', /T = (9|10)/);
    await expect(sm.status).toContainText('flatter than at T = 1');
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} theme`, () => {
      test.use({ colorScheme: scheme });

      test(`axe finds nothing in the default state (${scheme})`, async ({ page }) => {
        // axe over a whole lesson full of KaTeX takes a while on a shared 2-core machine
        test.slow();
        await page.goto(LESSON);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await expect(softmaxWidget(page).status).toContainText('plain softmax');
        await fontsReady(page);
        // the whole lesson once; the widget alone in the other theme
        if (scheme === 'light') await expectNoAxeViolations(page, 'softmax lesson (light)');
        else await expectNoAxeViolations(page, 'softmax widget (dark)', `section#${K}`);
      });
    });
  }
});
