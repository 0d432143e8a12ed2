import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const WIDTH = 360;

async function expectNoHorizontalScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.scrollingElement?.scrollWidth ?? Infinity,
    client: document.documentElement.clientWidth,
  }));
  expect(
    widths.scroll,
    `page is ${widths.scroll}px wide in a ${WIDTH}px viewport`,
  ).toBeLessThanOrEqual(WIDTH + 1);
}

test.describe('narrow screen (360×740)', () => {
  test.use({ viewport: { width: WIDTH, height: 740 } });

  test('the Menu button opens and closes the lesson navigation', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Lessons' });
    const lessonLink = nav.getByRole('link', { name: 'Vectors, norms and the dot product' });
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(lessonLink).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(lessonLink).toBeVisible();
    await expect(lessonLink).toBeInViewport();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(lessonLink).toBeHidden();

    // following a link closes the menu
    await menu.click();
    await lessonLink.click();
    await expect(page).toHaveURL(/\/lessons\/vectors$/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(lessonLink).toBeHidden();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vectors, norms and the dot product' }),
    ).toBeVisible();
  });

  for (const path of [
    '/',
    '/lessons/vectors',
    '/lessons/vectors?vector-playground.a=0,0&vector-playground.b=abc',
    '/nope',
  ]) {
    // a static host answers an unknown path with status 404, which the browser logs
    test.describe(path, () => {
      if (path === '/nope') test.use({ allowedConsoleErrors: [/status of 404/] });
      test(`no horizontal page scroll on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (path.startsWith('/lessons/')) {
          await expect(page.locator('#vector-playground .widget__status')).toBeAttached();
          await page.evaluate(() => document.fonts.ready);
        }
        await expectNoHorizontalScroll(page);
      });
    });
  }

  test('the widget fits and still works by touch-sized keyboard steps', async ({ page }) => {
    await page.goto('/lessons/vectors');
    const plane = page.locator('#vector-playground svg.plane');
    await plane.scrollIntoViewIfNeeded();
    const box = await plane.boundingBox();
    expect(box).toBeTruthy();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);
    await page.getByRole('button', { name: /^Vector b at / }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#vector-playground .widget__status')).toContainText('b = (0.9, 3)');
  });
});
