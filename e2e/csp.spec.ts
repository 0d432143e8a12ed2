import { readFileSync, readdirSync } from 'node:fs';
import { distDir, expect, test } from './fixtures';
import { serveDist } from '../scripts/serve-dist.mjs';
import type { ServedDist } from '../scripts/serve-dist.mjs';
import type { Page } from '@playwright/test';

// the policy shipped in public/_headers is the one tested
const policy = /Content-Security-Policy:\s*(.+)/.exec(
  readFileSync(new URL('../public/_headers', import.meta.url), 'utf8'),
)?.[1];

const lessons = readdirSync(new URL('../content/lessons/', import.meta.url))
  .map((f) => /^\d\d-([a-z0-9-]+)\.mdx$/.exec(f)?.[1])
  .filter((slug): slug is string => Boolean(slug));
const routes = [
  '/',
  ...lessons.map((s) => `/lessons/${s}`),
  '/reference',
  '/glossary',
  '/review',
  '/progress',
  '/no-such-page',
];

const cspPort = Number(process.env.E2E_CSP_PORT ?? 4319);
const plainPort = cspPort + 1;
let strict: ServedDist;
let plain: ServedDist;

test.beforeAll(async () => {
  expect(policy).toContain("style-src 'self'");
  // the strict server sends public/_headers (copied into the build), the plain one nothing
  strict = await serveDist(distDir, cspPort);
  plain = await serveDist(distDir, plainPort, { siteHeaders: false });
});

test.afterAll(async () => {
  await strict.close();
  await plain.close();
});

test.use({ allowedConsoleErrors: [/404 \(Not Found\)/] });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.describe('strict Content-Security-Policy', () => {
  for (const route of routes) {
    test(`${route} and its widgets raise no violation`, async ({ page }) => {
      await page.goto(strict.url + route);
      await expect(page.locator('main h1').first()).toBeVisible();
      // scroll through the page so every lazy widget mounts and draws
      const widgets = page.locator('section.widget');
      await page.waitForLoadState('networkidle');
      for (let i = 0; i < (await widgets.count()); i++) {
        await widgets.nth(i).scrollIntoViewIfNeeded();
      }
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('formulas keep their layout under the policy', async ({ page }) => {
    const measure = async (base: string) => {
      await page.goto(`${base}/lessons/vectors`);
      const display = page.locator('.katex-display').first();
      await expect(display).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      return display.boundingBox();
    };
    const withPolicy = await measure(strict.url);
    const without = await measure(plain.url);
    expect(withPolicy).not.toBeNull();
    expect(Math.abs((withPolicy?.height ?? 0) - (without?.height ?? 0))).toBeLessThan(1);
    expect(Math.abs((withPolicy?.width ?? 0) - (without?.width ?? 0))).toBeLessThan(1);
    expect(withPolicy?.height ?? 0).toBeGreaterThan(20);
    expect(await violations(page)).toEqual([]);
  });

  // the painter worker (src/ui/picture) is a script too: it must load under `script-src 'self'`
  for (const [route, widget, label] of [
    ['/lessons/softmax', 'softmax-temperature', /^Temperature/],
    ['/lessons/gradient-descent', 'gradient-descent', /^Learning rate/],
    ['/lessons/attention', 'attention-heatmap', /^Temperature/],
  ] as const) {
    test(`${widget}: a slider drag is painted by the worker under the policy`, async ({ page }) => {
      await page.goto(strict.url + route);
      const section = page.locator(`section#${widget}`);
      const slider = section.getByLabel(label).first();
      await slider.scrollIntoViewIfNeeded();
      const box = await slider.boundingBox();
      if (!box) throw new Error('the slider has no box');
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 4 });
      // set once the worker has drawn: it loaded and ran
      await expect(section.locator('[data-picture-preview]').first()).toBeAttached();
      await page.mouse.up();
      await expect(section.locator('[data-picture-preview]')).toHaveCount(0);
      expect(await violations(page)).toEqual([]);
    });
  }
});
