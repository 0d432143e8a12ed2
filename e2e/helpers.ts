// What the widget specs share: a widget's common parts and readouts, its URL parameters, and the
// NaN and sideways-overflow checks.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The widget's section: every widget renders as `<section id="<widget-id>">`. */
export function widgetSection(page: Page, id: string): Locator {
  return page.locator(`section#${id}`);
}

/** The parts every widget has: the section, its status sentence and its notices. */
export function widgetParts(page: Page, id: string) {
  const widget = widgetSection(page, id);
  return {
    widget,
    status: widget.locator('.widget__status[role="status"]'),
    notice: widget.getByRole('alert'),
  };
}

/**
 * The value (`dd`) of the readout whose term (`dt`) is `term`: the whole text for a string, a
 * match for a RegExp. `list` picks the widget's readout list (default `.readouts`).
 */
export function readout(widget: Locator, term: string | RegExp, list = '.readouts'): Locator {
  return widget
    .locator(`${list} > div`)
    .filter({ has: widget.page().locator('dt').getByText(term, { exact: true }) })
    .locator('dd');
}

/** One URL parameter as the page holds it now (null when absent). Not retried: poll it. */
export function urlParam(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}

/**
 * A widget's URL parameters `<id>.<name>` by name, e.g. `{ n: '50', k: null }`. Widgets write
 * their whole state to the URL ~150 ms after the last change, so after several changes poll the
 * names together: `await expect.poll(() => urlParams(page, ID, ['n', 'k'])).toEqual({...})`.
 * Polling one name and then reading the others once can see an earlier, partial write.
 */
export function urlParams(
  page: Page,
  id: string,
  names: readonly string[],
): Record<string, string | null> {
  const params = new URL(page.url()).searchParams;
  return Object.fromEntries(names.map((name) => [name, params.get(`${id}.${name}`)]));
}

/** No NaN/Infinity in what the widget computes (notices quote the reader's text, so skip them). */
export async function expectNoNaN(page: Page, id: string) {
  const html = await widgetSection(page, id).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[role="alert"]').forEach((notice) => notice.remove());
    return copy.outerHTML;
  });
  expect(html).not.toMatch(/\bNaN\b|Infinity/);
}

/** Sideways overflow of the page and of the widget at the current width, naming what sticks out. */
export async function expectNoHorizontalOverflow(page: Page, widget: Locator) {
  const inWidget = await widget.evaluate((root) => {
    const width = document.documentElement.clientWidth;
    return [root, ...root.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
  });
  const whole = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticking = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
    return { overflow: document.documentElement.scrollWidth - width, sticking };
  });
  expect(inWidget, 'parts of the widget stick out past the right edge').toEqual([]);
  expect(
    whole.overflow,
    `the page scrolls sideways; sticking out: ${[...new Set(whole.sticking)].slice(0, 8).join(', ')}`,
  ).toBe(0);
}

/**
 * Visible elements that reach past the right edge of the window outside any scroll box: what
 * makes a page scroll sideways. Hidden elements are left out: the glossary's invisible term
 * tooltips (not a widget's) widen the page too, and are reported separately.
 */
export async function stickingOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
  });
}
