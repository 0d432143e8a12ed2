import { expect, test } from './fixtures';
import { COMPILE_HINT } from '../build/compile-hints';

// build/compile-hints.ts: every script the guide loads starts with V8's compile hint, so a
// widget's first press runs code compiled as it streamed in, not compiled there and then
test('every script a lesson loads, widgets and painter included, carries the compile hint', async ({
  page,
}) => {
  const scripts = new Map<string, Promise<string>>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) scripts.set(url.pathname, response.text());
  });
  await page.goto('/lessons/attention');
  const slider = page.getByRole('slider', { name: /^Temperature/ }).first();
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', /^T = 0\.8/);
  // the entry, the app, React, the lesson, the kit and the widget at least
  expect(scripts.size).toBeGreaterThan(8);
  expect([...scripts.keys()].filter((path) => path.includes('painter.worker'))).toHaveLength(1);
  for (const [path, text] of scripts) {
    expect(`${path} ${(await text).slice(0, COMPILE_HINT.length)}`).toBe(`${path} ${COMPILE_HINT}`);
  }
});
