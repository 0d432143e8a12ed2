// Interaction speed of the flagship widgets: drag the main slider through 60 positions, one per
// frame, in headless Chromium with 4× CPU throttling, and report per-input script + style +
// layout time and the frame interval (p50/p95). Used by scripts/bench.mjs.
//
// The drag starts once the service worker is active and has had a second to settle: on a first
// visit it precaches the whole guide (about a thousand tasks on its own thread), and on this
// 2-core machine that burst, not the widget, set the frame p95 (83–150 ms against 50–83 ms once
// it was done, 2026-11-23). A reader meets that burst once per deployment; the bench measures
// the widget the rest of the time.
//
// Each drag first runs Lighthouse's own machine benchmark in the page, unthrottled (its
// `benchmarkIndex`, higher is faster): on this shared 2-core machine the frame target held at
// the usual index and missed when the machine ran at half speed (docs/benchmarks.md), and the
// index tells the two apart. BENCH_CPU_RATE=n drags at n× instead of 4× to see how much room a
// widget has (a probe: the targets are set at 4×).
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

/** The CPU throttling of the drags: 4×, as issue 4 sets it, unless BENCH_CPU_RATE says. */
export const CPU_RATE = (() => {
  const raw = process.env.BENCH_CPU_RATE;
  const rate = raw === undefined || raw === '' ? 4 : Number(raw);
  if (!(rate >= 1 && rate <= 20)) throw new Error(`BENCH_CPU_RATE must be 1–20, not "${raw}"`);
  return rate;
})();

/** Issue 4's frame target, p95 ≤ 20 ms; a longer frame missed its vsync at 60 Hz. */
export const FRAME_TARGET_MS = 20;

/** Widget, page and the main slider's label; `floor` rows drag an input the bench puts in. */
export const interactions = [
  {
    widget: 'gradient-descent',
    path: '/lessons/gradient-descent?gradient-descent.fn=regression&gradient-descent.steps=100',
    slider: 'Learning rate',
  },
  { widget: 'softmax-temperature', path: '/lessons/softmax', slider: 'Temperature' },
  { widget: 'attention-heatmap', path: '/lessons/attention', slider: 'Temperature' },
  {
    widget: 'attention-heatmap',
    label: 'attention-heatmap (128 tokens)',
    path: '/lessons/attention?attention-heatmap.stress=1',
    slider: 'Temperature',
  },
  // The floor: a native range input with no listeners at all, put at the top of the
  // gradient-descent widget and dragged the same way. What it costs is the page's, not a widget's.
  {
    widget: 'gradient-descent',
    label: 'floor: bare range input, GD lesson',
    path: '/lessons/gradient-descent',
    slider: 'Bare range',
    floor: 'bare',
  },
  // The same input in the kit's slider markup, so it has the kit's styling and containment
  // (src/styles/widget.css): what a kit slider costs before any widget listens to it.
  {
    widget: 'gradient-descent',
    label: 'floor: kit slider, no listeners, GD lesson',
    path: '/lessons/gradient-descent',
    slider: 'Bare range',
    floor: 'kit',
  },
];

/** How many of n sorted values lie at or below the p-th percentile (nearest rank). */
const atOrBelow = (n, p) => Math.ceil((p / 100) * n);

const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, atOrBelow(sorted.length, p) - 1);
  return sorted[Math.max(0, rank)];
};

/**
 * Runs in the page: a pointer drag of the range input. A pointer goes down on it, 60 input
 * events follow, one per animation frame, and the pointer is released, as in a reader's drag
 * (the widgets hold their words, not their pictures, while a pointer drags a slider).
 */
async function dragInPage({ selector, positions }) {
  const input = document.querySelector(selector);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no range input at ${selector}`);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const min = Number(input.min);
  const max = Number(input.max);
  const step = Number(input.step) || 1;
  const perInput = [];
  const frames = [];
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const pointer = { bubbles: true, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  const DRAW_MEASURE = 'picture draw (worker)'; // src/ui/picture/PictureOverlay.tsx
  performance.clearMeasures(DRAW_MEASURE);
  input.dispatchEvent(new PointerEvent('pointerdown', pointer));
  await nextFrame();
  let last = await nextFrame();
  for (let i = 0; i < positions; i++) {
    const raw = min + ((max - min) * i) / (positions - 1);
    const value = Math.round((raw - min) / step) * step + min;
    const t0 = performance.now();
    setValue.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // React flushes a discrete update in a microtask; then force style and layout
    await Promise.resolve();
    await Promise.resolve();
    void document.body.offsetHeight;
    perInput.push(performance.now() - t0);
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
  input.dispatchEvent(new PointerEvent('pointerup', pointer));
  // the painter worker reports its draw times once the drag has ended
  await new Promise((resolve) => setTimeout(resolve, 500));
  const draws = performance.getEntriesByName(DRAW_MEASURE).map((entry) => entry.duration);
  return { perInput, frames, draws };
}

/** Drags per widget, each in a fresh page; their frames are pooled for the percentiles. */
export const DRAGS = 3;

/** One drag of one widget's slider in a fresh page: per-input and frame times in ms. */
async function dragOnce(browser, baseUrl, item) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(baseUrl + item.path, { waitUntil: 'networkidle' });
    const widget = page.locator(`section#${item.widget}`);
    await widget.scrollIntoViewIfNeeded({ timeout: 20_000 });
    // the lesson's later blocks arrive a few at a time once the reader nears them or after 3 s
    // (LessonPage.tsx); a drag that overlapped them measured their layout, not the widget's
    await page.waitForFunction(() => !document.querySelector('.lesson__more'), null, {
      timeout: 30_000,
    });
    await page.evaluate(() =>
      Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 15_000))]),
    );
    if (item.floor) {
      await widget.evaluate((section, kit) => {
        const input = Object.assign(document.createElement('input'), {
          type: 'range',
          min: '0',
          max: '100',
          id: 'bench-bare-range',
        });
        input.setAttribute('aria-label', 'Bare range');
        if (kit) {
          const slider = Object.assign(document.createElement('div'), { className: 'slider' });
          const track = Object.assign(document.createElement('div'), {
            className: 'slider__track',
          });
          track.append(input);
          slider.append(track);
          section.prepend(slider);
        } else {
          section.prepend(input);
        }
      }, item.floor === 'kit');
    }
    await page.waitForTimeout(1000);
    // the label also shows the current value ("Temperature T = 1"): match its start
    const slider = widget.getByLabel(new RegExp(`^${item.slider}`)).first();
    await slider.waitFor({ timeout: 20_000 });
    const id = await slider.getAttribute('id');
    const cpuIndex = await page.evaluate(pageFunctions.computeBenchmarkIndex);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    const result = await page.evaluate(dragInPage, { selector: `[id="${id}"]`, positions: 60 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { ...result, cpuIndex };
  } finally {
    await context.close();
  }
}

/**
 * Each widget is dragged DRAGS times. One drag's p95 is its 57th-slowest of 60 frames, and on
 * this 2-core machine it moved by 17–33 ms between drags of the same build; the pooled
 * percentiles (3 × 60 frames) are the figures, and each drag's own p95 is kept beside them.
 */
export async function measureInteractions(browser, baseUrl, drags = DRAGS) {
  const rows = [];
  for (const item of interactions) {
    const widget = item.label ?? item.widget;
    try {
      const perInput = [];
      const frames = [];
      const draws = [];
      const perDrag = [];
      for (let i = 0; i < drags; i++) {
        const one = await dragOnce(browser, baseUrl, item);
        perInput.push(...one.perInput);
        frames.push(...one.frames);
        draws.push(...one.draws);
        perDrag.push({
          inputP95: percentile(one.perInput, 95),
          frameP95: percentile(one.frames, 95),
          // which of the 60 frames were long (0 is the first step's): where the margin goes
          longFrameIndexes: one.frames.flatMap((ms, at) => (ms > FRAME_TARGET_MS ? [at] : [])),
          cpuIndex: one.cpuIndex,
        });
      }
      rows.push({
        widget,
        drags,
        inputs: perInput.length,
        inputP50: percentile(perInput, 50),
        inputP95: percentile(perInput, 95),
        frameP50: percentile(frames, 50),
        frameP95: percentile(frames, 95),
        // the pooled p95 stays ≤ 20 ms while at most 5 % of the frames are long (9 of 180):
        // how many were is the margin the quantised p95 (16.7 or 33.4 ms) does not show
        longFrames: frames.filter((ms) => ms > FRAME_TARGET_MS).length,
        longFramesAllowed: frames.length - atOrBelow(frames.length, 95),
        // the painter worker's time per scene drawn (src/ui/picture); DevTools does not throttle
        // workers, so these are real milliseconds, and scenes coalesce when steps come faster
        workerDraws: draws.length,
        workerP50: draws.length ? percentile(draws, 50) : null,
        workerP95: draws.length ? percentile(draws, 95) : null,
        perDrag,
      });
    } catch (error) {
      rows.push({ widget, error: String(error).split('\n')[0] });
    }
  }
  return rows;
}
