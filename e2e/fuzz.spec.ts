// Hostile-input sweep: every widget's URL parameters and number fields get values such as NaN,
// Infinity, -0, 1e308, '', 10,000-character strings, <script> and odd Unicode, chosen by a
// seeded generator. Each page must log no error, keep every widget alive, show no "NaN" or
// "Infinity" where a number belongs, and still respond to a click.
import { readFileSync, readdirSync } from 'node:fs';
import { createRng } from '../src/math/random';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const hostile = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '-1e308',
  '1e-400',
  '',
  ' ',
  'x'.repeat(10_000),
  '9'.repeat(400),
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '１２３',
  '٣.١٤',
  '\u202e1.5',
  '𝟙,𝟚',
  '0x1F',
  '1,,2',
  ',,,,',
  Array.from({ length: 200 }, (_, i) => String(i)).join(','),
  'true',
  '%00',
];

const widgetsDir = new URL('../src/widgets/', import.meta.url);
const lessonsDir = new URL('../content/lessons/', import.meta.url);

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

interface Target {
  widgetId: string;
  route: string;
  params: string[];
}

/** Each widget's id and URL parameter names (from its exported codecs) and the lesson using it. */
async function targets(): Promise<Target[]> {
  const lessons = readdirSync(lessonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({
      slug: /^\d\d-(.+)\.mdx$/.exec(f)?.[1] ?? '',
      text: readFileSync(new URL(f, lessonsDir), 'utf8'),
    }));
  const found: Target[] = [];
  for (const name of readdirSync(widgetsDir)) {
    const lesson = lessons.find((l) => l.text.includes(`<${name}`));
    if (!lesson) continue;
    let params: string[] = [];
    let widgetId = kebab(name);
    for (const file of ['params.ts', 'urlState.ts']) {
      try {
        const mod = (await import(new URL(`${name}/${file}`, widgetsDir).href)) as {
          codecs?: Record<string, unknown>;
          WIDGET_ID?: string;
        };
        if (mod.codecs) params = Object.keys(mod.codecs);
        if (mod.WIDGET_ID) widgetId = mod.WIDGET_ID;
      } catch {
        // this widget keeps its codecs elsewhere
      }
    }
    if (name === 'VectorPlayground') params = ['a', 'b', 'rank'];
    found.push({ widgetId, route: `/lessons/${lesson.slug}`, params });
  }
  return found;
}

/** The widget's text where numbers are shown: notices and field messages may quote the input. */
async function numericText(widget: Locator): Promise<string> {
  return widget.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll('[role="alert"], .field-error, .notice, code, pre')
      .forEach((n) => n.remove());
    return copy.textContent;
  });
}

async function expectHealthy(page: Page, widgetId: string) {
  const widget = page.locator(`section#${widgetId}`);
  await expect(widget).toBeVisible();
  await expect(page.locator('.widget--crashed')).toHaveCount(0);
  const text = await numericText(widget);
  expect(text, `${widgetId} shows NaN or Infinity`).not.toMatch(/\bNaN\b|\bInfinity\b/);
  // still responds: Reset brings the default state back without an error
  await widget.getByRole('button', { name: 'Reset', exact: true }).first().click();
  await expect(widget).toBeVisible();
}

const all = await targets();

test('every widget on a lesson page is in the sweep', () => {
  expect(all.length).toBeGreaterThanOrEqual(4);
  for (const t of all) expect(t.params.length, t.widgetId).toBeGreaterThan(0);
});

for (const target of all) {
  test(`${target.widgetId}: hostile URL parameters and typed numbers`, async ({ page }) => {
    test.setTimeout(120_000);
    const rng = createRng(20261122 + target.widgetId.length);
    for (let round = 0; round < 3; round++) {
      const query = new URLSearchParams();
      for (const param of target.params) {
        query.set(`${target.widgetId}.${param}`, hostile[rng.int(hostile.length)] ?? '');
      }
      await page.goto(`${target.route}?${query.toString()}`);
      const widget = page.locator(`section#${target.widgetId}`);
      await widget.scrollIntoViewIfNeeded();
      await expectHealthy(page, target.widgetId);
    }
    // typed input: every text field of the widget gets hostile values
    await page.goto(target.route);
    const widget = page.locator(`section#${target.widgetId}`);
    await widget.scrollIntoViewIfNeeded();
    const fields = widget.locator('input[inputmode="decimal"], input[inputmode="numeric"]');
    const count = Math.min(await fields.count(), 6);
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      if (!(await field.isEditable())) continue;
      await field.fill(hostile[rng.int(hostile.length)] ?? '');
      const text = await numericText(widget);
      expect(text, `${target.widgetId} field ${i}`).not.toMatch(/\bNaN\b|\bInfinity\b/);
    }
    await expectHealthy(page, target.widgetId);
  });
}
