// A kit slider's range input is a relayout boundary with a paint layer of its own
// (`contain: strict` in src/styles/widget.css): a drag moves its thumb every frame, and Chromium
// then lays out that box alone instead of the lesson from its root (about 5,000–7,000 layout
// objects on a flagship lesson). Chromium's trace says which: each `Layout` event records
// whether it was partial and how many objects it walked.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The page-side helper the drag test installs: one input event at `at` (0 … 1) of the track. */
interface StepTo {
  stepTo: (at: number) => Promise<string>;
}

interface TraceEvent {
  name: string;
  ph: string;
  args?: { beginData?: { partialLayout?: boolean; totalObjects?: number } };
}

const sliders: [string, string, RegExp][] = [
  ['/lessons/softmax', 'softmax-temperature', /^Temperature/],
  ['/lessons/gradient-descent', 'gradient-descent', /^Learning rate/],
  ['/lessons/attention', 'attention-heatmap', /^Temperature/],
];

/** The lesson with all its blocks there (none arrives, and is laid out, mid-test), scrolled to
 * the widget's slider. */
async function openSlider(page: Page, route: string, widget: string, label: RegExp) {
  await page.goto(route);
  await expect(page.locator('section.confusions').last()).toBeAttached();
  const slider = page.locator(`section#${widget}`).getByLabel(label).first();
  await slider.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  return slider;
}

/**
 * Installs `stepTo` in the page: one input event at `at` (0 … 1) of the slider's track, the
 * value set through the prototype so React sees it, then a frame; it answers the value's text.
 */
async function installStepTo(slider: Locator) {
  await slider.evaluate((input: HTMLInputElement) => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    const min = Number(input.min);
    const max = Number(input.max);
    (window as unknown as StepTo).stepTo = async (at: number) => {
      descriptor?.set?.call(input, String(Math.round(min + (max - min) * at)));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return input.getAttribute('aria-valuetext') ?? '';
    };
  });
}

/**
 * Starts counting the changes of the widget's status sentence (one per time the widget hears a
 * rested value); the returned function reads the count.
 */
async function countStatusChanges(page: Page, widget: string): Promise<() => Promise<number>> {
  await page.evaluate((id) => {
    const status = document.querySelector(`section#${id} .widget__status`);
    const counter = window as unknown as { statusChanges: number };
    counter.statusChanges = 0;
    if (!status) throw new Error(`no status sentence in ${id}`);
    new MutationObserver(() => {
      counter.statusChanges++;
    }).observe(status, { subtree: true, childList: true, characterData: true });
  }, widget);
  return () => page.evaluate(() => (window as unknown as { statusChanges: number }).statusChanges);
}

/** What each `Layout` event of a trace records: partial or not, and how many objects. */
function layoutsOf(trace: Buffer) {
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  return traceEvents
    .filter((e) => e.name === 'Layout' && e.ph === 'X')
    .map((e) => e.args?.beginData ?? {});
}

for (const [route, widget, label] of sliders) {
  test(`${widget}: moving the slider's thumb lays out the slider, not the page`, async ({
    page,
    browser,
  }) => {
    const slider = await openSlider(page, route, widget, label);
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    // the thumb alone: the value is set without an input event, so the widget does not re-render
    const moved = await slider.evaluate(async (input: HTMLInputElement) => {
      const min = Number(input.min);
      const max = Number(input.max);
      const positions: number[] = [];
      for (let i = 0; i < 8; i++) {
        input.value = String(min + ((max - min) * i) / 7);
        positions.push(Number(input.value));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return new Set(positions).size;
    });
    const layouts = layoutsOf(await browser.stopTracing());
    expect(moved).toBeGreaterThan(4);
    // each move is a layout of the input's few objects on their own. The page may lay itself
    // out meanwhile for reasons of its own (a late chunk, a resize report: in one CI run two
    // such layouts, 5,464 and 5,488 objects, took in two of the moves), so a move may fall in
    // one of those, but only in a few. Without the containment every move is a full layout of
    // the lesson.
    const ownLayouts = layouts.filter(
      (l) => l.partialLayout === true && (l.totalObjects ?? 0) < 20,
    );
    const full = layouts.filter((l) => l.partialLayout !== true && (l.totalObjects ?? 0) > 1000);
    expect(full.length, JSON.stringify(layouts)).toBeLessThanOrEqual(2);
    expect(ownLayouts.length, JSON.stringify(layouts)).toBeGreaterThanOrEqual(
      moved - 1 - full.length,
    );
  });
}

for (const [route, widget, label] of sliders) {
  test(`${widget}: a drag step lays out the slider's value text on its own, not the page`, async ({
    page,
    browser,
  }) => {
    const slider = await openSlider(page, route, widget, label);
    // a pointer drag, one input event a frame: the slider's value text changes, the painter
    // draws the picture (picture-preview.spec.ts), and the widget waits for the hand to rest
    await slider.dispatchEvent('pointerdown', { pointerId: 1, isPrimary: true });
    await installStepTo(slider);
    // the drag's first step brings up the painter's overlay, a restyle of the pictures it
    // covers once a drag; the hand rests on it, and then the traced steps follow, one a frame
    await page.evaluate(() => (window as unknown as StepTo).stepTo(0.05));
    await page.waitForTimeout(300);
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    const texts = await page.evaluate(async () => {
      const seen: string[] = [];
      for (let i = 0; i < 8; i++)
        seen.push(await (window as unknown as StepTo).stepTo((i + 1) / 10));
      return new Set(seen).size;
    });
    const layouts = layoutsOf(await browser.stopTracing());
    await slider.dispatchEvent('pointerup', { pointerId: 1, isPrimary: true });
    expect(texts).toBeGreaterThan(4);
    // Without the value's box (`.slider__value`, size and layout containment) every step was a
    // layout of the whole lesson from its root (5,000–7,000 objects); the page may lay itself
    // out for its own reasons, but not on most steps.
    const full = layouts.filter((l) => l.partialLayout !== true && (l.totalObjects ?? 0) > 1000);
    expect(full.length, JSON.stringify(layouts)).toBeLessThanOrEqual(2);
    const own = layouts.filter((l) => l.partialLayout === true && (l.totalObjects ?? 0) < 40);
    expect(own.length, JSON.stringify(layouts)).toBeGreaterThanOrEqual(texts - 1);
  });
}

// A full rebuild of the page's compositing layers (Chromium's `PaintArtifactCompositor::Update`,
// every paint chunk of the lesson: 3–9 ms at 4× CPU) follows whenever a painted text's box
// changes size. A live drag's value text is padded to its box (Slider.tsx), so "T = 0.1" after
// "T = 0.089" only repaints; unpadded, about one step in six of a drag rebuilt the layers.
for (const [route, widget, label] of sliders) {
  test(`${widget}: a drag step whose value text changes length does not rebuild the page's layers`, async ({
    page,
    browser,
  }) => {
    const slider = await openSlider(page, route, widget, label);
    await slider.dispatchEvent('pointerdown', { pointerId: 1, isPrimary: true });
    const output = page.locator(`section#${widget} .slider__value`).first();
    await installStepTo(slider);
    // the drag's start (the painter's overlays appear, the slider gets its own layer) is not
    // what is measured: the steps are traced once every overlay shows
    await page.evaluate(() => (window as unknown as StepTo).stepTo(0.05));
    await expect
      .poll(() =>
        page.evaluate(
          (id) =>
            [...document.querySelectorAll(`section#${id} canvas.picture-overlay`)].every((c) =>
              c.parentElement?.hasAttribute('data-picture-preview'),
            ),
          widget,
        ),
      )
      .toBe(true);
    await page.waitForTimeout(100);
    // a rest of the hand (the widget writing its words) rebuilds the layers too: counted
    const settles = await countStatusChanges(page, widget);
    await browser.startTracing(page, { categories: ['blink'] });
    const texts = await page.evaluate(async () => {
      const seen: string[] = [];
      for (let i = 0; i < 12; i++)
        seen.push(await (window as unknown as StepTo).stepTo((i + 1) / 13));
      return seen;
    });
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    // the slider shows each step's text, right-aligned in its box
    expect((await output.textContent())?.trim()).toBe(texts.at(-1));
    await slider.dispatchEvent('pointerup', { pointerId: 1, isPrimary: true });
    await expect(output).toHaveText(texts.at(-1) ?? '', { useInnerText: false });
    expect((await output.textContent())?.startsWith('\u00a0')).toBe(false);
    // the steps' texts come in more than one length: unpadded, each change of length rebuilt
    // the layers (at least two rebuilds in these twelve steps)
    const lengths = texts.map((t) => t.length);
    expect(lengths.filter((n, i) => i > 0 && n !== lengths[i - 1]).length).toBeGreaterThan(1);
    const rebuilds = traceEvents.filter(
      (e) => e.name === 'PaintArtifactCompositor::Update' && e.ph === 'X',
    );
    // the page may rebuild them once for a reason of its own (a late chunk, a resize report),
    // and once for each time the hand rested: on a loaded machine a step's frame can pass the
    // 100 ms after which the widget hears the value and writes its words
    const rests = await settles();
    expect(rebuilds.length, `${rests} rests`).toBeLessThanOrEqual(Math.max(1, rests));
  });
}

// The drag's start changes what the page shows (the painter's canvases appear, the DOM parts
// they replace are hidden) but must not lay the page out: each overlay's canvas already has its
// size (the worker sends an empty frame when it learns the box's size), and the parts hidden
// by opacity are stacking contexts at rest. Before, gradient descent's first frames laid out
// the whole lesson three times (two canvases taking their size, the loss chart's SVG).
for (const [route, widget, label] of sliders) {
  test(`${widget}: a drag's press and first steps lay out no more than the slider`, async ({
    page,
    browser,
  }) => {
    const slider = await openSlider(page, route, widget, label);
    // at rest, each overlay's canvas has its box's size in device pixels
    const canvases = page.locator(`section#${widget} canvas.picture-overlay`);
    await expect(canvases.first()).toBeAttached();
    for (const canvas of await canvases.all()) {
      await expect
        .poll(() =>
          canvas.evaluate((c: HTMLCanvasElement) => {
            const box = c.getBoundingClientRect();
            const dpr = window.devicePixelRatio;
            return (
              [c.width, c.height].join('×') ===
              [box.width, box.height].map((v) => Math.round(v * dpr)).join('×')
            );
          }),
        )
        .toBe(true);
    }
    // each time the hand rests (100 ms without a step) the widget hears the value and writes
    // its words, which lays the page out: on a loaded machine that can happen between two steps
    const settles = await countStatusChanges(page, widget);
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    await slider.dispatchEvent('pointerdown', { pointerId: 1, isPrimary: true });
    const texts = await slider.evaluate(async (input: HTMLInputElement) => {
      const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
      const min = Number(input.min);
      const max = Number(input.max);
      const seen: string[] = [];
      for (let i = 0; i < 8; i++) {
        descriptor?.set?.call(input, String(Math.round(min + ((max - min) * (i + 1)) / 10)));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        seen.push(input.getAttribute('aria-valuetext') ?? '');
      }
      // the worker's answer to the first draw shows the overlay a few frames in
      await new Promise((resolve) => setTimeout(resolve, 300));
      return new Set(seen).size;
    });
    const layouts = layoutsOf(await browser.stopTracing());
    await expect(page.locator(`section#${widget} [data-picture-preview]`).first()).toBeAttached();
    await slider.dispatchEvent('pointerup', { pointerId: 1, isPrimary: true });
    expect(texts).toBeGreaterThan(4);
    const full = layouts.filter((l) => l.partialLayout !== true && (l.totalObjects ?? 0) > 1000);
    // once per rest of the hand (at least the one at the end), and not for the press or a step
    const rests = await settles();
    expect(full.length, `${rests} rests; ${JSON.stringify(layouts)}`).toBeLessThanOrEqual(
      Math.max(1, rests),
    );
  });
}
