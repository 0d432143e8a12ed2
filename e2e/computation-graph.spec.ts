import { expect, expectNoAxeViolations, fontsReady, openLive, test } from './fixtures';
import { expectNoNaN, urlParam, widgetParts } from './helpers';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/backprop';
const K = 'computation-graph';

function graphWidget(page: Page) {
  const parts = widgetParts(page, K);
  const { widget } = parts;
  return {
    ...parts,
    button: (name: string) => widget.getByRole('button', { name, exact: true }),
    slider: (name: RegExp) => widget.getByRole('slider', { name }),
    gradient: (node: string) =>
      widget
        .getByRole('table', { name: /Forward values and gradients/ })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: node, exact: true }) })
        .locator('td')
        .last(),
    check: widget.getByRole('region', { name: /Gradient check/ }),
    currentEdge: widget.locator('.cg-edge--current'),
  };
}

test.describe('ComputationGraph', () => {
  test('Next steps through the backward pass one local derivative at a time', async ({ page }) => {
    await page.goto(LESSON);
    const cg = graphWidget(page);
    await expect(cg.status).toContainText(
      'Forward pass: x = 1 gives u = 3x + 1 = 4 and z = u² = 16.',
    );
    await expect(cg.gradient('x')).toHaveText('not yet');
    await expect(cg.currentEdge).toHaveCount(0);

    await cg.button('Next').click();
    await expect(cg.status).toHaveText('Backward step 1 of 3: start at the output with ∂z/∂z = 1.');
    await cg.button('Next').click();
    await expect(cg.status).toContainText('∂z/∂u = 1 × 8 = 8.');
    await expect(cg.currentEdge).toHaveCount(1);
    await expect(cg.currentEdge.locator('.cg-edge__grad')).toHaveText('← 8');
    await cg.button('Next').click();
    await expect(cg.status).toContainText('Backward pass done: ∂z/∂x = 24 at x = 1.');
    await expect(cg.status).toContainText('relative error 2.9 × 10⁻¹², below 1e-7');
    await expect(cg.gradient('x')).toHaveText('24');
    await expect.poll(() => urlParam(page, `${K}.step`)).toBe('3');
  });

  test('the keyboard drives the steps and the input slider', async ({ page }) => {
    await page.goto(LESSON);
    const cg = graphWidget(page);
    await cg.button('Next').focus();
    await page.keyboard.press('End');
    await expect(cg.status).toContainText('Backward pass done: ∂z/∂x = 24');
    await page.keyboard.press('ArrowLeft');
    await expect(cg.status).toContainText('Backward step 2 of 3');
    await page.keyboard.press('Home');
    await expect(cg.status).toContainText('Forward pass');

    const x = cg.slider(/Input x/);
    await x.focus();
    await page.keyboard.press('ArrowRight');
    await expect(x).toHaveAttribute('aria-valuetext', 'x = 1.1');
    // u = 4.3, z = 18.49
    await expect(cg.status).toContainText('x = 1.1 gives u = 3x + 1 = 4.3 and z = u² = 18.49.');
    await expect.poll(() => urlParam(page, `${K}.x`)).toBe('1.1');
  });

  test('the neuron shows the lesson’s gradients and the check beside them', async ({ page }) => {
    await page.goto(LESSON);
    const cg = graphWidget(page);
    await cg.widget.getByRole('radio', { name: /One neuron/ }).check();
    await expect(cg.status).toContainText('a = σ(s) = 0.6225, and the loss L = (a − y)² = 0.1425');
    await cg.button('Whole pass').click();
    await expect(cg.status).toContainText('∂L/∂w = −0.3549 and ∂L/∂b = −0.1774');
    await expect(cg.gradient('w')).toHaveText('−0.3549');
    await expect(cg.gradient('y (target)')).toHaveText('not needed (data)');
    await expect(cg.check.getByText('agrees (below 1e-7)')).toHaveCount(2);
  });

  test('a saturated sigmoid is named, and no NaN appears', async ({ page }) => {
    await page.goto(`${LESSON}?${K}.graph=neuron&${K}.x=3&${K}.w=5&${K}.b=5&${K}.y=0&${K}.step=7`);
    const cg = graphWidget(page);
    await expect(cg.status).toContainText(
      'the sigmoid is saturated, so almost no gradient gets through',
    );
    await expect(cg.check.getByText('vanishing gradient: rounding noise')).not.toHaveCount(0);
    await expectNoNaN(page, K);
  });
});

test.describe('ComputationGraph URL state', () => {
  test('hostile values give notices, absurd ones are clamped, never NaN', async ({ page }) => {
    await page.goto(`${LESSON}?${K}.graph=tree&${K}.x=NaN&${K}.w=1e999&${K}.step=1e9`);
    const cg = graphWidget(page);
    await expect(cg.notice).toContainText(`Ignored ${K}.graph=tree: expected one of chain, neuron`);
    await expect(cg.notice).toContainText(`Ignored ${K}.x=NaN: expected a number`);
    await expect(cg.notice).toContainText(`Ignored ${K}.w=1e999: expected a number`);
    await expect(cg.notice).toContainText(`${K}.step=1000000000 is outside 0 … 7`);
    await expect(cg.notice).toContainText('The chain graph has 3 backward steps; showing step 3.');
    await expect(cg.status).toContainText('Backward pass done: ∂z/∂x = 24 at x = 1.');
    await expectNoNaN(page, K);
  });
});

test.describe('ComputationGraph layout and accessibility', () => {
  test('fits a 360 px screen: the drawing scrolls inside its box, the page does not', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${LESSON}?${K}.graph=neuron&${K}.step=7`);
    const cg = graphWidget(page);
    await cg.widget.scrollIntoViewIfNeeded();
    await fontsReady(page);
    const box = await cg.widget.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await cg.button('Previous').click();
    await expect(cg.status).toContainText('Backward step 6 of 7');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the forward pass and mid-way back (${scheme})`, async ({
      browser,
    }) => {
      test.slow();
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await openLive(page, LESSON);
      const cg = graphWidget(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(cg.status).toContainText('Forward pass');
      await fontsReady(page);
      await expectNoAxeViolations(page, `computation graph, forward (${scheme})`, `section#${K}`);
      await cg.widget.getByRole('radio', { name: /One neuron/ }).check();
      await cg.button('Next').click();
      await cg.button('Next').click();
      await cg.button('Next').click();
      await expect(cg.status).toContainText('Backward step 3 of 7');
      await expectNoAxeViolations(
        page,
        `computation graph, neuron step 3 (${scheme})`,
        `section#${K}`,
      );
      await context.close();
    });
  }
});
