// @vitest-environment happy-dom
// The flagship widgets' live drags (src/ui/liveSource.ts), with a stand-in painter worker: a
// pointer drag's steps reach the painter, not the widget, which hears the value when the hand
// rests and at release.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintScene } from '../ui/picture/paint';
import type { PaintTarget } from '../ui/picture/paint';
import type { ToPainter } from '../ui/picture/protocol';
import type { Scene } from '../ui/picture/scene';
import { SETTLE_MS } from '../ui/useSettledValue';
import AttentionHeatmap from './AttentionHeatmap/AttentionHeatmap';
import GradientDescent from './GradientDescent/GradientDescent';
import { gradientDescentModel } from './GradientDescent/model';
import type { GdInput } from './GradientDescent/model';
import { defaults, toInput } from './GradientDescent/params';
import { scenes } from './GradientDescent/painter';
import { lossScene } from './GradientDescent/preview';
import SoftmaxTemperature from './SoftmaxTemperature/SoftmaxTemperature';

class FakeWorker {
  static posted: ToPainter[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(message: ToPainter) {
    FakeWorker.posted.push(...(message.type === 'batch' ? message.messages : [message]));
  }
  terminate() {}
}

const noCells = () => null;
const draws = () =>
  FakeWorker.posted.flatMap((m) => (m.type === 'draw' ? [{ id: m.id, scene: m.scene }] : []));
/** Posts of a value for the worker to build a scene from (src/ui/picture/modules.ts). */
const builds = () =>
  FakeWorker.posted.flatMap((m) =>
    m.type === 'build' ? [{ scene: m.scene, value: m.value }] : [],
  );

beforeAll(() => {
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('OffscreenCanvas', function OffscreenCanvas() {});
  Object.defineProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen', {
    configurable: true,
    value: () => ({}),
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
  delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown })
    .transferControlToOffscreen;
});
beforeEach(() => {
  FakeWorker.posted = [];
});
afterEach(() => {
  release();
  window.history.replaceState(null, '', '/');
});

/** Lets the page send what this task posted to the painter (at its end, as one message). */
const sent = () => act(() => Promise.resolve());
const release = () => void act(() => window.dispatchEvent(new Event('pointerup')));
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
const status = (name: string) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';
/** One pointer drag step: the range input moves `by` positions. */
const step = (range: HTMLElement, by: number) =>
  fireEvent.change(range, {
    target: { value: String(Number((range as HTMLInputElement).value) + by) },
  });

describe('live drags of the flagship widgets', () => {
  it('gradient descent: each step’s input goes to the painter; the SVGs and words wait', async () => {
    window.history.replaceState(null, '', '/lessons/gradient-descent');
    render(<GradientDescent />);
    fireEvent.click(screen.getByRole('button', { name: '+50 steps' }));
    const name = 'Gradient descent';
    const before = status(name);
    const lossLabel = () => document.querySelector('.gd-loss__chart')?.getAttribute('aria-label');
    const lossBefore = lossLabel();
    const range = screen.getByRole('slider', { name: /^Learning rate/ });

    fireEvent.pointerDown(range);
    await sent();
    // the press sends the current input (η = 0.01) to both overlays, before the hand moves;
    // the worker runs it and builds the path and the loss chart
    const now = toInput({ ...defaults, steps: 50 });
    expect(builds()).toEqual([
      { scene: 'path', value: now },
      { scene: 'loss', value: now },
    ]);
    for (let i = 0; i < 20; i++) step(range, 1);
    await sent();
    expect(range.getAttribute('aria-valuetext')).toBe('η = 0.1');
    // two overlays (plot and loss chart), an input each per step; no scene built on the page
    expect(builds()).toHaveLength(42);
    expect(draws()).toHaveLength(0);
    expect(status(name)).toBe(before);
    expect(lossLabel()).toBe(lossBefore);
    // the last input is η = 0.1, 50 steps, and the worker draws its run's loss chart
    const last = builds().at(-1);
    expect(last?.value).toEqual(toInput({ ...defaults, lr: 0.1, steps: 50 }));
    const run = gradientDescentModel(toInput({ ...defaults, lr: 0.1, steps: 50 }));
    expect(scenes.loss(last?.value as GdInput)).toEqual(lossScene(run));

    // the hand rests: the widget hears η = 0.1, under the painted picture
    await wait(SETTLE_MS + 50);
    expect(status(name)).toMatch(/^Diverging: η = 0\.1 is above the stability limit/);
    // and its link, once the debounced write (150 ms) is due
    await wait(200);
    expect(window.location.search).toContain('gradient-descent.lr=0.1');
    step(range, -20);
    release();
    expect(status(name)).toMatch(/^Converging: η = 0\.01 /);
    expect(lossLabel()).toBe(lossBefore);
  });

  it('softmax: the painter gets the bars; the words follow at release', async () => {
    window.history.replaceState(null, '', '/lessons/softmax');
    render(<SoftmaxTemperature />);
    const name = 'Softmax and temperature';
    const before = status(name);
    const range = screen.getByRole('slider', { name: /^Temperature/ });
    fireEvent.pointerDown(range);
    step(range, 3);
    step(range, 3);
    await sent();
    expect(range.getAttribute('aria-valuetext')).toBe('T = 2');
    // the press (T = 1) and two steps
    expect(draws()).toHaveLength(3);
    const texts = (s: Scene | undefined) =>
      (s?.ops ?? []).flatMap((op) => (op.op === 'text' ? [op.text] : []));
    // logits 2, 1, 0.1 at T = 2 (SYLLABUS §6)
    expect(texts(draws()[2]?.scene)).toEqual(expect.arrayContaining(['0.502', '0.304', '0.194']));
    expect(status(name)).toBe(before);
    release();
    expect(status(name)).not.toBe(before);
    expect(screen.getByRole('region', { name }).textContent).toContain('0.502');
  });

  it('attention: the painter gets the live weights; the table and words follow at release', async () => {
    window.history.replaceState(null, '', '/lessons/attention');
    render(<AttentionHeatmap />);
    const name = 'Attention heatmap';
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = () => screen.getByRole('region', { name }).querySelector('table')?.textContent;
    const tableBefore = table();
    const before = status(name);
    const range = screen.getByRole('slider', { name: /^Temperature/ });
    fireEvent.pointerDown(range);
    step(range, -20);
    await sent();
    expect(range.getAttribute('aria-valuetext')).toBe('T = 0.1');
    // the press (T = 1) and the step
    expect(draws()).toHaveLength(2);
    expect(table()).toBe(tableBefore);
    expect(status(name)).toBe(before);
    // the numbers the painter prints: its paintScene on a context that keeps only fillText's
    const numbers = (d: ReturnType<typeof draws>[number] | undefined) => {
      const texts: string[] = [];
      const ctx = new Proxy(
        {},
        {
          get: (_, key) => (key === 'fillText' ? (t: string) => texts.push(t) : () => undefined),
          set: () => true,
        },
      );
      if (d) paintScene(ctx as PaintTarget, d.scene, { width: 400, height: 400, dpr: 1 }, noCells);
      return texts;
    };
    // what the press painted is what the table showed before the drag
    expect(numbers(draws()[0]).length).toBeGreaterThan(10);
    for (const text of numbers(draws()[0])) expect(tableBefore).toContain(text);
    const painted = draws()[1];
    release();
    expect(table()).not.toBe(tableBefore);
    expect(status(name)).toMatch(/^Query ‘cat’ attends most to ‘sat’ \(weight 0\.9/);
    // the numbers painted on the cells during the drag are the ones the table shows after it
    expect(numbers(painted).length).toBeGreaterThan(10);
    for (const text of numbers(painted)) expect(table()).toContain(text);
  });
});
