import { distDir, expect, fontsReady, test } from './fixtures';
import { serveDist } from '../scripts/serve-dist.mjs';
import type { ServedDist } from '../scripts/serve-dist.mjs';
import type { Page } from '@playwright/test';

const LESSON_TITLE = 'Vectors, norms and the dot product';

/** The heading the hash names is in view once the lesson chunk has rendered. */
async function expectLandedOn(page: Page, id: string) {
  const heading = page.locator(`h2#${id}`);
  await expect(heading).toBeVisible();
  await fontsReady(page);
  await expect(heading).toBeInViewport();
  // scrolled down to it, not merely a heading that happens to be on the first screen
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
}

test.describe('deep links on the suite’s static host', () => {
  test('a #heading link lands on that heading, also after a reload', async ({ page }) => {
    await page.goto('/lessons/vectors#where-you-meet-this-in-ml');
    await expectLandedOn(page, 'where-you-meet-this-in-ml');
    await page.reload();
    await expectLandedOn(page, 'where-you-meet-this-in-ml');
    await expect(page).toHaveTitle(`${LESSON_TITLE} — Math for ML`);
  });

  test('the table of contents links move to their heading', async ({ page }) => {
    await page.goto('/lessons/vectors');
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Where you meet this in ML' })
      .click();
    await expect(page).toHaveURL(/#where-you-meet-this-in-ml$/);
    await expect(page.locator('h2#where-you-meet-this-in-ml')).toBeInViewport();
  });

  test('an in-lesson link to #the-dot-product scrolls there', async ({ page }) => {
    await page.goto('/lessons/vectors');
    await page.getByRole('link', { name: 'the dot product section' }).click();
    await expect(page).toHaveURL(/#the-dot-product$/);
    await expect(page.locator('h2#the-dot-product')).toBeInViewport();
  });
});

test.describe('deep links on a plain static server (no SPA rewrite)', () => {
  const port = Number(process.env.E2E_STATIC_PORT ?? 4318);
  let server: ServedDist;

  test.beforeAll(async () => {
    server = await serveDist(distDir, port, { siteHeaders: false });
  });
  test.afterAll(async () => {
    await server.close();
  });

  test('a lesson URL with a #heading loads and survives a reload', async ({ page }) => {
    const response = await page.goto(`${server.url}/lessons/vectors#the-dot-product`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`${LESSON_TITLE} — Math for ML`);
    await expectLandedOn(page, 'the-dot-product');
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await page.reload();
    await expectLandedOn(page, 'the-dot-product');
  });

  test('widget state in the query survives a reload', async ({ page }) => {
    await page.goto(
      `${server.url}/lessons/vectors?vector-playground.a=1,0&vector-playground.b=0,1`,
    );
    const status = page.locator('#vector-playground .widget__status');
    await expect(status).toContainText('perpendicular');
    await page.reload();
    await expect(status).toContainText('a = (1, 0) and b = (0, 1)');
  });

  test('the home page and its links work', async ({ page }) => {
    await page.goto(`${server.url}/`);
    await page
      .getByRole('region', { name: 'Lessons' })
      .getByRole('link', { name: LESSON_TITLE })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: LESSON_TITLE })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: LESSON_TITLE })).toBeVisible();
  });

  test.describe('unknown addresses', () => {
    // the server answers 404 (right for crawlers); Chromium logs that status as a console error
    test.use({ allowedConsoleErrors: [/status of 404/] });

    for (const path of ['/nope', '/lessons/nope']) {
      test(`${path} answers 404 with the app's not-found page`, async ({ page }) => {
        const response = await page.goto(`${server.url}${path}`);
        expect(response?.status()).toBe(404);
        await expect(
          page.getByRole('heading', { level: 1, name: 'This page does not exist' }),
        ).toBeVisible();
        await expect(page).toHaveTitle('Page not found — Math for ML');
        await page.getByRole('main').getByRole('link', { name: 'map of the guide' }).click();
        await expect(page).toHaveURL(`${server.url}/`);
      });
    }
  });
});
