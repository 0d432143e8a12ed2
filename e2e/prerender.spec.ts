// The build writes each lesson's first render into its HTML (scripts/prerender.mjs); the app
// then replaces that snapshot with the same page and renders the rest of the body in steps once
// the reader wants it.
import type { Page } from '@playwright/test';
import { expect, openLive, test, waitForLiveApp } from './fixtures';

const LESSON = '/lessons/gradient-descent';

test('a lesson’s HTML already holds its first screen, without style attributes', async ({
  request,
}) => {
  const html = await (await request.get(LESSON)).text();
  expect(html).toContain(`<div id="root" data-prerendered="${LESSON}">`);
  expect(html).toContain('<h1 id="lesson-title">Derivatives, gradients and gradient descent</h1>');
  expect(html).toContain('Training a model means turning knobs.');
  // formulas are in it, laid out by classes (a style attribute would break the CSP)
  expect(html).toContain('class="katex"');
  expect(html).not.toMatch(/\sstyle="/);
  // only the first blocks: the recap at the end arrives once the app runs
  expect(html).not.toContain('Common confusions');
});

test('the app takes over the snapshot without moving anything, then renders the whole lesson', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.layoutShift += (entry as PerformanceEntry & { value: number }).value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openLive(page, LESSON);
  // the last section and the widget arrive after the first render
  await expect(page.getByRole('heading', { level: 2, name: 'Common confusions' })).toBeAttached();
  await expect(page.locator('#gradient-descent .widget__status')).toContainText(/\S/);
  const shift = await page.evaluate(
    () => (window as unknown as { layoutShift: number }).layoutShift,
  );
  expect(shift).toBeLessThanOrEqual(0.02);
  await context.close();
});

test.describe('the later blocks wait until the reader wants them', () => {
  test.use({ viewport: { width: 412, height: 823 } });
  const lastSection = (page: Page) =>
    page.getByRole('heading', { level: 2, name: 'Common confusions' });

  /** The fixture's page presses a key after opening a page; these tests must not. */
  async function openQuietly(page: Page) {
    const url = new URL(LESSON, test.info().project.use.baseURL).href;
    await page.goto('about:blank');
    await page.evaluate((href) => window.location.assign(href), url);
    await page.waitForURL(`**${LESSON}`);
    await waitForLiveApp(page);
  }

  test('nothing more renders while the reader reads the first screen, a key press starts it', async ({
    page,
  }) => {
    await openQuietly(page);
    await page.waitForTimeout(1000);
    await expect(lastSection(page)).toHaveCount(0);
    await expect(page.locator('.lesson__more')).toBeAttached();
    await page.keyboard.press('PageDown');
    await expect(lastSection(page)).toBeAttached();
    await expect(page.locator('.lesson__more')).toHaveCount(0);
  });

  test('scrolling towards the end of what is rendered brings the rest', async ({ page }) => {
    await openQuietly(page);
    const blocks = page.locator('.lesson__body > *');
    const first = await blocks.count();
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, 2000);
    // well before the few seconds after which the page would go on by itself
    await expect.poll(() => blocks.count(), { timeout: 1500 }).toBeGreaterThan(first);
    await expect(lastSection(page)).toBeAttached();
  });

  test('left alone, the page renders the rest after a few seconds', async ({ page }) => {
    await openQuietly(page);
    await expect(lastSection(page)).toHaveCount(0);
    await expect(lastSection(page)).toBeAttached({ timeout: 20_000 });
  });

  test('printing renders the whole lesson first', async ({ page }) => {
    await openQuietly(page);
    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.getElementById('confusions-title') !== null;
    });
    expect(printed).toBe(true);
  });

  test('a contents link to a section not yet rendered scrolls to it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openQuietly(page);
    const link = page.locator('.lesson-layout__toc a[href^="#"]').last();
    const id = ((await link.getAttribute('href')) ?? '#').slice(1);
    expect(id).not.toBe('');
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(0);
    await link.click();
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
});

test('a link to a section deep in the lesson scrolls to it', async ({ page }) => {
  await page.goto(`${LESSON}#confusions-title`);
  const heading = page.getByRole('heading', { level: 2, name: 'Common confusions' });
  await expect(heading).toBeInViewport();
});

test('the snapshot paints in the stored theme before the app is even fetched', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.localStorage.setItem(
      'math-for-ml:settings',
      JSON.stringify({ state: { theme: 'dark' }, version: 1 }),
    );
  });
  // hold the app back: only the tiny entry (src/app/boot.ts) runs
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await page.goto(LESSON);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => requested).toBe(true);
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', LESSON);
  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('scrolling while the body still renders stays put; an in-app link starts at the top', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(LESSON);
  // the reader scrolls as soon as the page shows, long before the last block is in
  await page.mouse.wheel(0, 1500);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect(page.getByRole('heading', { level: 2, name: 'Common confusions' })).toBeAttached();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

  // a link inside the app (here the last link to another lesson) opens that page at its top
  const link = page.locator(`.lesson a[href^="/lessons/"]:not([href^="${LESSON}"])`).last();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/lessons\//);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await context.close();
});

test('the snapshot paints with the app’s and the lesson’s stylesheets before any script runs', async ({
  browser,
  request,
}) => {
  // the chunk stylesheets are links in the HTML, not only added by the app's loader later
  const html = await (await request.get(LESSON)).text();
  const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]* href="(\/assets\/[^"]+\.css)"/g)]
    .map((m) => m[1] ?? '')
    .filter((href) => !href.startsWith('/assets/index-'));
  expect(sheets).toHaveLength(2);
  expect(sheets[0]).toMatch(/^\/assets\/main-[\w-]+\.css$/);
  expect(sheets[1]).toMatch(/^\/assets\/03-gradient-descent-[\w-]+\.css$/);
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(LESSON);
  // the header's study links are the phone menu's, not a second row squeezed into the header
  await expect(page.locator('.study-nav--header')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Math for ML' })).toBeVisible();
  // formula layout classes (a style attribute each, turned into a class) apply
  const styled = await page.evaluate(() => {
    const marked = [...document.querySelectorAll('.katex [class*="k-"]')];
    const rules = new Set(
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText),
      ),
    );
    const classes = marked.flatMap((el) =>
      [...el.classList].filter((c) => /^k-[0-9a-f]+$/.test(c)),
    );
    return { classes: classes.length, missing: classes.filter((c) => !rules.has(`.katex .${c}`)) };
  });
  expect(styled.classes).toBeGreaterThan(20);
  expect(styled.missing).toEqual([]);
  await context.close();
});
