import { expect, test } from './fixtures';

// the production build's service worker precaches every page, chunk, style and font
test.use({ serviceWorkers: 'allow' });

test('after one visit the guide works with the network off', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // wait until the service worker is active and its precache is complete
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
  await expect(page.getByText('it now works offline')).toBeVisible({ timeout: 30_000 });

  await context.setOffline(true);
  await page.goto('/lessons/vectors#the-dot-product');
  await expect(page.getByRole('heading', { level: 1, name: /Vectors/ })).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  // a widget chunk arrives from the cache and still reacts
  const handle = page.getByRole('button', { name: /^Vector a at/ });
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: /^Vector a at \(4\.1, 1\)/ })).toBeVisible();
  for (const route of ['/glossary', '/reference', '/review']) {
    await page.goto(route);
    await expect(page.locator('main h1').first()).toBeVisible();
  }
  await page.reload();
  await expect(page.locator('main h1').first()).toBeVisible();
  await context.setOffline(false);
});
