import { expect, expectNoAxeViolations, fontsReady, test } from './fixtures';

const pages = [
  { name: 'home', path: '/', heading: /The math behind machine learning/ },
  { name: 'the vectors lesson', path: '/lessons/vectors', heading: /Vectors, norms/ },
  // a static host answers an unknown path with 404.html and status 404 (logged by the browser)
  {
    name: 'the 404 page',
    path: '/nope',
    heading: 'This page does not exist',
    allowed: [/status of 404/],
  },
  {
    name: 'the vectors lesson with a URL notice and a zero vector',
    path: '/lessons/vectors?vector-playground.a=0,0&vector-playground.b=abc',
    heading: /Vectors, norms/,
  },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const { name, path, heading, allowed = [] } of pages) {
      test.describe(name, () => {
        test.use({ allowedConsoleErrors: allowed });
        test(`${name} has no WCAG 2.1 A/AA violation`, async ({ page }) => {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
          await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
          if (path.includes('a=0,0')) {
            await expect(page.locator('#vector-playground').getByRole('alert')).toBeVisible();
            await expect(page.locator('#vector-playground .readouts__note')).toBeVisible();
          } else if (path.startsWith('/lessons/')) {
            await expect(page.locator('#vector-playground .widget__status')).toBeVisible();
          }
          await fontsReady(page);
          await expectNoAxeViolations(page, `${path} (${scheme})`);
        });
      });
    }
  });
}

test.describe('axe after interaction', () => {
  test('the lesson with an invalid number field, switched to dark with the toggle', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/lessons/vectors');
    const widget = page.locator('#vector-playground');
    await widget
      .getByRole('group', { name: 'Vector b', exact: true })
      .getByLabel('y', { exact: true })
      .fill('x');
    await expect(widget.locator('.field-error')).toBeVisible();
    await widget.getByRole('tab', { name: 'NumPy' }).click();
    await expectNoAxeViolations(page, 'lesson with a field error and the NumPy tab (light)');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page, 'lesson with a field error and the NumPy tab (dark)');
  });

  test.describe('narrow screen with the menu open', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test('has no violation', async ({ page }) => {
      await page.goto('/lessons/vectors');
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
      await expectNoAxeViolations(page, 'lesson at 360 px with the menu open');
    });
  });
});
