// A glossary term's definition must be readable wherever the term sits. Shown in place, it was
// cut off by the edge of a phone (the softmax lesson's "entropy" tip spanned 262–550 px on a
// 360 px screen, and inside the table it was clipped away entirely) and ran under the sticky
// contents column on a desktop. It is now a popover, placed on screen by Term.tsx.
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** The tip's box, and whether the tip itself is what the reader sees at its centre and corners. */
async function seen(tip: Locator) {
  return tip.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inset = 4;
    const points: [number, number][] = [
      [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    const onTop = points.every(([x, y]) => el.contains(document.elementFromPoint(x, y)));
    return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, onTop };
  });
}

async function openLesson(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  await page.goto('/lessons/softmax');
  await expect(page.locator('section.confusions')).toBeAttached();
}

/** A term's link and its tip, found by the term's words. */
const termParts = (page: Page, words: string) => {
  const term = page.locator('.term', { hasText: words }).first();
  return { term, link: term.locator('.term__link'), tip: term.getByRole('tooltip') };
};

test.describe('glossary tips', () => {
  test('on a 360 px phone a tip inside a scrolling table stays whole and on screen', async ({
    page,
  }) => {
    await openLesson(page, 360);
    const { link: term, tip } = termParts(page, 'entropy');
    // the term is a heading cell of the temperature table, which scrolls sideways on a phone
    await expect(term.locator('xpath=ancestor::table')).toHaveCount(1);
    await term.focus();
    await expect(tip).toBeVisible();
    const box = await seen(tip);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(box.onTop).toBe(true);
  });

  test('on a desktop a tip near the column edge stays in the column, above the contents', async ({
    page,
  }) => {
    await openLesson(page, 1280);
    const { link: term, tip } = termParts(page, 'dot product');
    await term.focus();
    await expect(tip).toBeVisible();
    const box = await seen(tip);
    const column = await page.locator('article.lesson').boundingBox();
    expect(column).not.toBeNull();
    expect(box.right).toBeLessThanOrEqual((column?.x ?? 0) + (column?.width ?? 0) + 0.5);
    expect(box.onTop).toBe(true);
    // above the term, and moved with it when the page scrolls
    const line = await term.boundingBox();
    expect(box.bottom).toBeLessThanOrEqual(line?.y ?? 0);
    await page.mouse.wheel(0, 120);
    await expect.poll(async () => (await seen(tip)).top).toBeLessThan(box.top - 60);
    expect((await seen(tip)).onTop).toBe(true);
  });

  test('a hovered tip can be reached with the pointer, dismissed with Escape, and comes back', async ({
    page,
  }) => {
    await openLesson(page, 1280);
    const { link: term, tip } = termParts(page, 'dot product');
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await expect(tip).toBeVisible();
    // cross the gap from the term to the tip: it stays (WCAG 1.4.13, hoverable)
    const box = await seen(tip);
    await page.mouse.move((box.left + box.right) / 2, box.bottom - 6, { steps: 8 });
    await page.waitForTimeout(300);
    await expect(tip).toBeVisible();
    // Escape hides it without moving focus or the pointer (dismissible)
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // once the pointer has left, hovering the term shows it again
    await page.mouse.move(5, 790);
    await page.waitForTimeout(300);
    await term.hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 790);
    await expect(tip).toBeHidden();
  });

  test('a finger landing on a term to scroll does not flash its tip; a mouse shows it', async ({
    page,
  }) => {
    await openLesson(page, 360);
    const { term, tip } = termParts(page, 'dot product');
    await term.scrollIntoViewIfNeeded();
    // React's pointerenter comes from pointerover on the way in
    await term.dispatchEvent('pointerover', { pointerType: 'touch', bubbles: true });
    await page.waitForTimeout(200);
    await expect(tip).toBeHidden();
    await term.dispatchEvent('pointerover', { pointerType: 'mouse', bubbles: true });
    await expect(tip).toBeVisible();
  });
});

test.describe('glossary tips on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true });

  test('a first tap shows the definition, a tap elsewhere hides it, a second tap opens the glossary', async ({
    page,
  }) => {
    await openLesson(page, 360);
    const { link, tip } = termParts(page, 'dot product');
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(tip).toBeVisible();
    await expect(page).toHaveURL(/\/lessons\/softmax$/);
    const box = await seen(tip);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(box.onTop).toBe(true);

    await page.getByRole('heading', { level: 1 }).tap();
    await expect(tip).toBeHidden();

    await link.tap();
    await expect(tip).toBeVisible();
    await link.tap();
    await expect(page).toHaveURL(/\/glossary#/);
  });
});
