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
  ts: number;
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
    // out for its own reasons, but not on most steps, and a step that falls in such a layout is
    // laid out with the page (a CI run: one full layout of 5,493 objects, six steps on their own)
    const full = layouts.filter((l) => l.partialLayout !== true && (l.totalObjects ?? 0) > 1000);
    expect(full.length, JSON.stringify(layouts)).toBeLessThanOrEqual(2);
    const own = layouts.filter((l) => l.partialLayout === true && (l.totalObjects ?? 0) < 40);
    expect(own.length, JSON.stringify(layouts)).toBeGreaterThanOrEqual(texts - 1 - full.length);
  });
}

// A full rebuild of the page's compositing layers (Chromium's `PaintArtifactCompositor::Update`,
// every paint chunk of the lesson: 3–9 ms at 4× CPU) follows whenever a painted text's box
// changes size. A live drag's value text is padded to its box (Slider.tsx), so "T = 0.1" after
// "T = 0.089" only repaints; unpadded, every step whose text changed length rebuilt the layers.
//
// The test goes back and forth between two values whose texts differ in length, marking each
// step in the trace, and looks at the frames that drew a change of length. The page may rebuild
// its layers for reasons of its own (a late chunk, a resize report, a rest of the hand: on a
// loaded machine a frame can pass the 100 ms after which the widget hears the value and writes
// its words), in a frame or two of a drag; unpadded, it rebuilds them in all of those frames.
const STEP_MARK = 'slider-containment step';

/** The frames a trace drew between marks: rebuilds of the layers in each, by mark. */
function rebuildsPerStep(traceEvents: TraceEvent[]) {
  const marks = traceEvents
    .filter((e) => e.name === STEP_MARK)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const perStep = marks.map(() => 0);
  for (const e of traceEvents) {
    if (e.name !== 'PaintArtifactCompositor::Update' || e.ph !== 'X') continue;
    const step = marks.findLastIndex((ts) => ts <= e.ts);
    if (step >= 0) perStep[step] = (perStep[step] ?? 0) + 1;
  }
  return { marks: marks.length, perStep };
}

for (const [route, widget, label] of sliders) {
  test(`${widget}: a drag step whose value text changes length does not rebuild the page's layers`, async ({
    page,
    browser,
  }) => {
    const slider = await openSlider(page, route, widget, label);
    await slider.dispatchEvent('pointerdown', { pointerId: 1, isPrimary: true });
    const output = page.locator(`section#${widget} .slider__value`).first();
    await installStepTo(slider);
    // two places on the track whose texts differ in length (the drag's start, where the
    // painter's overlays appear and the slider gets its own layer, is not what is measured)
    const along: { at: number; text: string }[] = [];
    for (let i = 1; i < 10; i++) {
      const text = await page.evaluate((at) => (window as unknown as StepTo).stepTo(at), i / 10);
      along.push({ at: i / 10, text });
    }
    const first = along[0];
    const other = along.find((p) => p.text.length !== first?.text.length);
    if (!first || !other) throw new Error(`one length along the track: ${JSON.stringify(along)}`);
    // the steps are traced once every overlay shows
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
    await page.evaluate((at) => (window as unknown as StepTo).stepTo(at), first.at);
    await page.waitForTimeout(100);
    await browser.startTracing(page, { categories: ['blink', 'blink.user_timing'] });
    // Each step is marked as it is taken, in the frame callback of the step before, and that
    // frame then draws it: the rebuilds between mark k and mark k + 1 are step k's drawing. The
    // first step is never drawn on its own (the second replaces it in the same frame): it is
    // taken where the slider already is, and every step after it changes the text's length.
    const texts = await page.evaluate(
      async ({ ats, mark }) => {
        const seen: string[] = [];
        for (const at of ats) {
          performance.mark(mark);
          seen.push(await (window as unknown as StepTo).stepTo(at));
        }
        performance.mark(mark);
        return seen;
      },
      {
        ats: Array.from({ length: 16 }, (_, k) => (k % 2 === 0 ? first.at : other.at)),
        mark: STEP_MARK,
      },
    );
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    // the slider shows each step's text, right-aligned in its box
    expect((await output.textContent())?.trim()).toBe(texts.at(-1));
    await slider.dispatchEvent('pointerup', { pointerId: 1, isPrimary: true });
    await expect(output).toHaveText(texts.at(-1) ?? '', { useInnerText: false });
    expect((await output.textContent())?.startsWith('\u00a0')).toBe(false);
    expect(texts[0]).toBe(first.text);
    expect(texts.slice(1).every((t, k) => t.length !== texts[k]?.length)).toBe(true);
    const { marks, perStep } = rebuildsPerStep(traceEvents);
    expect(marks).toBe(texts.length + 1);
    // the drawn steps, 1 to 15: unpadded, each rebuilt the layers once (15 of 15); padded, none
    // did in any run here, and the page's own reasons (above) may take a frame or two
    const drawn = perStep.slice(1, texts.length);
    expect(
      drawn.filter((n) => n > 0).length,
      `rebuilds in the frames that drew steps 1–${texts.length - 1}: ${drawn.join(' ')}`,
    ).toBeLessThanOrEqual(2);
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
