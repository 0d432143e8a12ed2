// The vectors lesson at its widget. With UPDATE_SCREENSHOT=1 it rewrites
// docs/screenshot-lesson.png (shown in the README); otherwise the picture goes to the test's
// output folder, so a test run never changes a tracked file.
import { fileURLToPath } from 'node:url';
import { expect, fontsReady, test } from './fixtures';

const docsPicture = fileURLToPath(new URL('../docs/screenshot-lesson.png', import.meta.url));

test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', deviceScaleFactor: 1 });

test('screenshot of the vectors lesson at its widget', async ({ page }, testInfo) => {
  const output =
    process.env.UPDATE_SCREENSHOT === '1' ? docsPicture : testInfo.outputPath('lesson.png');
  // a state that shows every part: angle arc, projection, a clear search ranking
  await page.goto('/lessons/vectors?vector-playground.a=4,1.5&vector-playground.b=1.5,3.5');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const widget = page.locator('#vector-playground');
  await expect(widget.locator('.widget__status')).toContainText('a = (4, 1.5)');
  await fontsReady(page);
  // a little of the lesson text above the widget, for context
  await widget.evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY - 120;
    window.scrollTo(0, top);
  });
  await expect(widget.locator('svg.plane')).toBeInViewport({ ratio: 1 });
  await page.mouse.move(0, 0);
  const png = await page.screenshot({ path: output, animations: 'disabled', caret: 'hide' });
  expect(png.byteLength).toBeGreaterThan(20_000);
});
