// Shared test setup: every page fails its test on a console error or an uncaught exception, and
// `expectNoAxeViolations` runs axe-core against WCAG 2.0/2.1 A and AA.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { readout, widgetParts } from './helpers';

export interface ConsoleProblem {
  kind: 'console.error' | 'pageerror';
  text: string;
  where?: string;
}

interface Fixtures {
  /** Console errors matching one of these are expected by the test (e.g. a deliberate 404). */
  allowedConsoleErrors: RegExp[];
  /** Everything the page reported so far (read it to assert on expected errors). */
  consoleProblems: ConsoleProblem[];
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  // Playwright reads the fixtures a fixture needs from its destructuring pattern: none here
  // eslint-disable-next-line no-empty-pattern
  consoleProblems: async ({}, provide) => {
    await provide([]);
  },
  page: async ({ page, allowedConsoleErrors, consoleProblems }, provide) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      consoleProblems.push({
        kind: 'console.error',
        text: message.text(),
        ...(url ? { where: `${url}:${lineNumber}` } : {}),
      });
    });
    page.on('pageerror', (error) => {
      consoleProblems.push({ kind: 'pageerror', text: error.stack ?? error.message });
    });
    // A prerendered page shows its text before the app runs (scripts/prerender.mjs); keys and
    // clicks only work once React has replaced the snapshot, so navigation waits for that.
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await whenLive(page);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await whenLive(page);
      return response;
    };
    await provide(page);
    const unexpected = consoleProblems.filter(
      (p) => !allowedConsoleErrors.some((allowed) => allowed.test(p.text)),
    );
    expect(unexpected, 'the page logged errors (console.error or an uncaught exception)').toEqual(
      [],
    );
  },
});

export { expect };

/** The build under test: E2E_DIST (as in playwright.config.ts) or dist/. */
export const distDir = process.env.E2E_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));

/** Waits until the app has replaced a prerendered snapshot (#root loses data-prerendered). */
export async function waitForLiveApp(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('#root[data-prerendered]'));
}

/**
 * Waits for the live app, then starts a lesson's later blocks. A lesson renders them once the
 * reader scrolls near them, presses a key or has had the page for a few seconds
 * (src/lessons/LessonPage.tsx). A reader reaches a deep widget by scrolling; a test jumps
 * straight to it, so it presses Shift, as a keyboard reader's first key would, to start them at
 * once. Shift moves no focus and changes nothing else on any page.
 */
async function whenLive(page: Page): Promise<void> {
  await waitForLiveApp(page);
  await page.keyboard.press('Shift');
}

/** Opens a page in a context made by the test (not the fixture's page), as the fixture does. */
export async function openLive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await whenLive(page);
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's findings as short lines a person can act on. */
export function describeViolations(
  violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
): string[] {
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map(
        (n) =>
          `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
      )
      .join('\n');
    const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
    return `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
  });
}

/** Runs axe on the page (or part of it) and fails with a readable list of every violation. */
export async function expectNoAxeViolations(page: Page, label: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const found = describeViolations(results.violations);
  expect(found, `axe violations on ${label}:\n\n${found.join('\n\n')}`).toEqual([]);
}

/** The VectorPlayground widget and the parts tests read. */
export function vectorPlayground(page: Page) {
  const parts = widgetParts(page, 'vector-playground');
  const { widget } = parts;
  return {
    ...parts,
    handle: (name: 'a' | 'b') =>
      widget.getByRole('button', { name: new RegExp(`^Vector ${name} at `) }),
    field: (vector: 'a' | 'b', axis: 'x' | 'y') =>
      widget.getByRole('group', { name: `Vector ${vector}`, exact: true }).getByLabel(axis, {
        exact: true,
      }),
    readout: (term: string) => readout(widget, term),
    plane: widget.locator('svg.plane'),
    searchRows: widget.locator('.search-table tbody tr'),
  };
}

/** Waits until fonts are loaded, so layout (and screenshots, scroll positions) are final. */
export async function fontsReady(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}
