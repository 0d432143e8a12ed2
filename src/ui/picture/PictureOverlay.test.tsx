// @vitest-environment happy-dom
import { act, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RemoteScene } from './modules';
import type { ToPainter } from './protocol';
import type { Scene } from './scene';

const scene = (x: number): Scene => ({
  viewBox: null,
  ops: [{ op: 'rect', x, y: 0, w: 1, h: 1, fill: 'var(--accent)' }],
});

/** A stand-in for the painter worker: keeps what the page posts, answers when told. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: ToPainter[] = [];
  /** What each postMessage carried: a task's messages go as one batch. */
  sent: ToPainter[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: ToPainter) {
    this.sent.push(message);
    this.posted.push(...(message.type === 'batch' ? message.messages : [message]));
  }
  terminate() {}
  answer(data: unknown) {
    act(() => this.onmessage?.({ data }));
  }
}

/** Lets the page send what this task posted (at its end, as one message). */
const sent = () => Promise.resolve();

/** The module afresh (its worker and support flag are module-wide), with or without support. */
async function load(support: boolean) {
  vi.resetModules();
  if (support) {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('OffscreenCanvas', function OffscreenCanvas() {});
    Object.defineProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen', {
      configurable: true,
      value: () => ({}),
    });
  }
  const overlay = await import('./PictureOverlay');
  const drag = await import('../useSettledValue');
  const { createLiveSource } = await import('../liveSource');
  return { ...overlay, ...drag, createLiveSource };
}

afterEach(() => {
  void act(() => window.dispatchEvent(new Event('pointerup')));
  vi.unstubAllGlobals();
  delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown })
    .transferControlToOffscreen;
  FakeWorker.last = null;
});

describe('PictureOverlay and usePainter', () => {
  it('without OffscreenCanvas: no painter, so the DOM picture follows the drag', async () => {
    const { usePainter } = await load(false);
    const { result } = renderHook(() => usePainter());
    expect(result.current).toBe(false);
  });

  it('posts each step’s scene, shows once the first is drawn, and asks for the times on release', async () => {
    const { PictureOverlay, usePainter, PREVIEW_ATTRIBUTE, createLiveSource, startSliderDrag } =
      await load(true);
    const { result } = renderHook(() => usePainter());
    expect(result.current).toBe(true);

    const source = createLiveSource<number>();
    const starts: boolean[] = [];
    const build = (x: number, start: boolean) => {
      starts.push(start);
      return scene(x);
    };
    let renders = 0;
    function Box() {
      renders++;
      return (
        <div className="box">
          <PictureOverlay source={source} build={build} />
        </div>
      );
    }
    const { container } = render(<Box />);
    const box = container.querySelector('.box');
    const worker = FakeWorker.last;
    if (!box || !worker) throw new Error('no box or no worker');
    await sent();
    expect(worker.posted.map((m) => m.type)).toEqual(['attach']);

    act(() => startSliderDrag(true));
    source.set(1);
    await sent();
    source.set(2);
    await sent();
    const draws = worker.posted.filter((m) => m.type === 'draw');
    // only the drag's first scene asks to be answered, and only its build is told it starts
    expect(draws.map((m) => m.ack)).toEqual([true, false]);
    expect(starts).toEqual([true, false]);
    expect(draws[1]?.scene.ops[0]).toMatchObject({ x: 2 });
    // the steps posted without a render
    expect(renders).toBe(1);
    expect(box.hasAttribute(PREVIEW_ATTRIBUTE)).toBe(false);
    worker.answer({ type: 'drawn', id: draws[0]?.id, seq: draws[0]?.seq });
    expect(box.hasAttribute(PREVIEW_ATTRIBUTE)).toBe(true);

    void act(() => window.dispatchEvent(new Event('pointerup')));
    await sent();
    expect(box.hasAttribute(PREVIEW_ATTRIBUTE)).toBe(false);
    expect(worker.posted.at(-1)).toEqual({ type: 'report', id: draws[0]?.id });
    // a late answer from the drag that ended does not show the overlay again
    worker.answer({ type: 'drawn', id: draws[0]?.id, seq: draws[0]?.seq });
    expect(box.hasAttribute(PREVIEW_ATTRIBUTE)).toBe(false);
    // the next drag starts afresh
    act(() => startSliderDrag(true));
    source.set(3);
    expect(starts).toEqual([true, false, true]);
  });

  it('a scene the worker builds: posts the module at attach, then only each step’s value', async () => {
    const { PictureOverlay, createLiveSource, startSliderDrag } = await load(true);
    const source = createLiveSource<number>();
    const built: number[] = [];
    const remote: RemoteScene<number> = {
      module: 'gradient-descent',
      scene: 'path',
      build: (x) => {
        built.push(x);
        return scene(x);
      },
      vars: ['--accent', '--text'],
    };
    const { container } = render(<PictureOverlay source={source} build={remote} warm={[7, 8]} />);
    container.querySelector('canvas')?.style.setProperty('--accent', '#123456');
    const worker = FakeWorker.last;
    if (!worker) throw new Error('no worker');
    await sent();
    const [attach] = worker.posted;
    expect(attach).toMatchObject({ type: 'attach', module: 'gradient-descent', warm: [7, 8] });

    act(() => startSliderDrag(true));
    source.set(1);
    source.set(2);
    await sent();
    const builds = worker.posted.filter((m) => m.type === 'build');
    expect(builds.map((m) => [m.module, m.scene, m.value, m.ack])).toEqual([
      ['gradient-descent', 'path', 1, true],
      ['gradient-descent', 'path', 2, false],
    ]);
    // the theme goes with the drag's first value only
    expect(builds[0]?.vars).toEqual({ '--accent': '#123456', '--text': '' });
    expect(builds[1]?.vars).toBeNull();
    // nothing was built on the page
    expect(built).toEqual([]);
    expect(worker.posted.some((m) => m.type === 'draw')).toBe(false);
  });

  it('sends what one task posts as one message: two overlays of a step are one postMessage', async () => {
    const { PictureOverlay, createLiveSource, startSliderDrag } = await load(true);
    const source = createLiveSource<number>();
    render(
      <>
        <PictureOverlay source={source} build={scene} />
        <PictureOverlay source={source} build={scene} />
      </>,
    );
    const worker = FakeWorker.last;
    if (!worker) throw new Error('no worker');
    await sent();
    // the two attaches, in one message carrying both canvases
    expect(worker.sent.map((m) => m.type)).toEqual(['batch']);
    worker.sent = [];
    act(() => startSliderDrag(true));
    source.set(1);
    // nothing leaves before the task ends
    expect(worker.sent).toEqual([]);
    await sent();
    source.set(2);
    await sent();
    expect(
      worker.sent.map((m) => (m.type === 'batch' ? m.messages.map((x) => x.type) : m.type)),
    ).toEqual([
      ['draw', 'draw'],
      ['draw', 'draw'],
    ]);
  });

  it('an overlay that builds its own scenes tells the worker of no module', async () => {
    const { PictureOverlay, createLiveSource } = await load(true);
    render(<PictureOverlay source={createLiveSource<number>()} build={scene} warm={[1]} />);
    await sent();
    const [attach] = FakeWorker.last?.posted ?? [];
    expect(attach?.type).toBe('attach');
    expect(attach).not.toHaveProperty('module');
  });

  it('sizes the worker’s canvas when the overlay’s box is measured, before any drag', async () => {
    type Report = (entries: { contentRect: { width: number; height: number } }[]) => void;
    const observer: { report?: Report } = {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: Report) {
          observer.report = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const { PictureOverlay, createLiveSource } = await load(true);
    render(<PictureOverlay source={createLiveSource<number>()} build={scene} />);
    const worker = FakeWorker.last;
    const report = observer.report;
    if (!worker || !report) throw new Error('no worker or no observer');
    act(() => {
      report([{ contentRect: { width: 0, height: 0 } }]);
    });
    await sent();
    // an unlaid-out box (0 × 0) sizes nothing
    expect(worker.posted.map((m) => m.type)).toEqual(['attach']);
    act(() => {
      report([{ contentRect: { width: 320, height: 200 } }]);
    });
    await sent();
    const attach = worker.posted[0];
    expect(worker.posted[1]).toEqual({
      type: 'size',
      id: attach?.type === 'attach' ? attach.id : -1,
      view: { width: 320, height: 200, dpr: window.devicePixelRatio || 1 },
    });
  });

  it('falls back for good when the worker fails', async () => {
    const { PictureOverlay, usePainter, createLiveSource } = await load(true);
    render(<PictureOverlay source={createLiveSource<number>()} build={scene} />);
    const { result } = renderHook(() => usePainter());
    expect(result.current).toBe(true);
    act(() => FakeWorker.last?.onerror?.());
    expect(result.current).toBe(false);
  });

  it('falls back for good when the worker reports a module it cannot load or build', async () => {
    const { PictureOverlay, usePainter, createLiveSource } = await load(true);
    render(<PictureOverlay source={createLiveSource<number>()} build={scene} />);
    const { result } = renderHook(() => usePainter());
    expect(result.current).toBe(true);
    FakeWorker.last?.answer({ type: 'failed', reason: 'painter module gradient-descent: 404' });
    expect(result.current).toBe(false);
  });
});
