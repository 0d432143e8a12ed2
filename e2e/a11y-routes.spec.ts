// Every route, fully rendered (lesson body complete, every widget loaded), in both themes on a
// 360 px phone and a 1280 px desktop: no axe violation (WCAG 2.1 A/AA) and no console error
// (the fixture checks that after each test).
import { readdirSync } from 'node:fs';
import { expect, expectNoAxeViolations, fontsReady, test } from './fixtures';

const lessons = readdirSync(new URL('../content/lessons/', import.meta.url))
  .map((file) => /^\d\d-([a-z0-9-]+)\.mdx$/.exec(file)?.[1])
  .filter((slug): slug is string => slug !== undefined);

const routes = [
  '/',
  ...lessons.map((slug) => `/lessons/${slug}`),
  '/reference',
  '/glossary',
  '/review',
  '/progress',
];

const viewports = [
  { name: '360 px', width: 360, height: 740 },
  { name: '1280 px', width: 1280, height: 900 },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of viewports) {
    test.describe(`${scheme} theme, ${viewport.name}`, () => {
      test.use({
        colorScheme: scheme,
        viewport: { width: viewport.width, height: viewport.height },
      });
      for (const route of routes) {
        test(`${route} has no axe violation`, async ({ page }) => {
          test.setTimeout(60_000);
          await page.goto(route);
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          if (route.startsWith('/lessons/')) {
            // the whole body and every widget, not their placeholders. The body adds one block
            // per frame after the first twelve; with axe busy in the other worker, a long lesson
            // took over 7 s to finish on the CI machine (Chromium 150, 2026-11-24)
            await expect(page.locator('#confusions-title')).toBeAttached({ timeout: 20_000 });
            await expect(page.locator('.widget--loading')).toHaveCount(0);
          }
          await fontsReady(page);
          await expectNoAxeViolations(page, `${route} (${scheme}, ${viewport.name})`);
        });
      }
    });
  }
}
