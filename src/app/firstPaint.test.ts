import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstContentfulPaint, FIRST_PAINT_WAIT_MS } from './firstPaint';

type Callback = (list: { getEntriesByName: (name: string) => { name: string }[] }) => void;

/** A PerformanceObserver stand-in: `paint(name)` delivers one paint entry to every observer. */
function fakeObserver(supported: string[]) {
  const observers: { callback: Callback; disconnected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = supported;
    private readonly self: { callback: Callback; disconnected: boolean };
    constructor(callback: Callback) {
      this.self = { callback, disconnected: false };
      observers.push(this.self);
    }
    observe() {}
    disconnect() {
      this.self.disconnected = true;
    }
  }
  const paint = (name: string) => {
    for (const o of observers) {
      if (!o.disconnected) o.callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) });
    }
  };
  return { FakeObserver, observers, paint };
}

/** Whether the promise has settled after the pending microtasks run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('afterFirstContentfulPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the first contentful paint entry, not the first paint', async () => {
    const fake = fakeObserver(['paint', 'mark']);
    vi.stubGlobal('PerformanceObserver', fake.FakeObserver);
    const promise = afterFirstContentfulPaint();
    fake.paint('first-paint');
    expect(await settled(promise)).toBe(false);
    fake.paint('first-contentful-paint');
    expect(await settled(promise)).toBe(true);
    // the observer is let go and the fallback timer cleared
    expect(fake.observers.every((o) => o.disconnected)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up waiting after FIRST_PAINT_WAIT_MS when no paint comes', async () => {
    const fake = fakeObserver(['paint']);
    vi.stubGlobal('PerformanceObserver', fake.FakeObserver);
    const promise = afterFirstContentfulPaint();
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(await settled(promise)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(promise)).toBe(true);
  });

  it('waits for a frame where paint timing is missing', async () => {
    const fake = fakeObserver(['mark']);
    vi.stubGlobal('PerformanceObserver', fake.FakeObserver);
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const promise = afterFirstContentfulPaint();
    expect(fake.observers).toHaveLength(0);
    expect(await settled(promise)).toBe(false);
    frames.forEach((frame) => frame());
    vi.advanceTimersByTime(0);
    expect(await settled(promise)).toBe(true);
  });
});
