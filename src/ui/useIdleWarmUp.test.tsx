// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleWarmUp } from './useIdleWarmUp';

/** An IntersectionObserver the test drives: `show()` reports the observed element visible. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  show(isIntersecting = true) {
    this.report([{ isIntersecting }]);
  }
}

/** Idle callbacks the test runs by hand, each with `budget` ms of idle time. */
let idle: ((deadline: IdleDeadline) => void)[] = [];
function runIdle(budget: number) {
  const due = idle;
  idle = [];
  let left = budget;
  for (const callback of due) {
    callback({
      didTimeout: false,
      timeRemaining: () => {
        left -= 5;
        return Math.max(0, left);
      },
    });
  }
}

function Warmed(props: { unit: (k: number) => void; units: number; enabled?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useIdleWarmUp(ref, props.units, props.unit, props.enabled);
  return <div ref={ref}>widget</div>;
}

beforeEach(() => {
  idle = [];
  FakeObserver.last = null;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => {
    idle.push(callback);
    return idle.length;
  });
  vi.stubGlobal('cancelIdleCallback', () => {
    idle = [];
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('useIdleWarmUp', () => {
  it('waits for the widget to come near the screen, then runs its units in idle slices', () => {
    const unit = vi.fn<(k: number) => void>();
    render(<Warmed unit={unit} units={5} />);
    expect(FakeObserver.last?.observed).toHaveLength(1);
    runIdle(50);
    expect(unit).not.toHaveBeenCalled();
    FakeObserver.last?.show(false);
    runIdle(50);
    expect(unit).not.toHaveBeenCalled();
    FakeObserver.last?.show();
    expect(FakeObserver.last?.disconnected).toBe(true);
    // a slice runs units while more than 4 ms of the idle period is left (the fake's clock
    // loses 5 ms per question): 12 ms of idle time is room for two
    runIdle(12);
    expect(unit.mock.calls).toEqual([[0], [1]]);
    runIdle(50);
    expect(unit.mock.calls.map(([k]) => k)).toEqual([0, 1, 2, 3, 4]);
    // once per mount: nothing more is asked for
    expect(idle).toHaveLength(0);
  });

  it('stops at a unit that throws, and does nothing when not enabled or when unmounted', () => {
    const failing = vi.fn<(k: number) => void>((k) => {
      if (k === 1) throw new Error('bad unit');
    });
    render(<Warmed unit={failing} units={5} />);
    FakeObserver.last?.show();
    runIdle(100);
    expect(failing.mock.calls.map(([k]) => k)).toEqual([0, 1]);
    expect(idle).toHaveLength(0);

    const off = vi.fn<(k: number) => void>();
    render(<Warmed unit={off} units={5} enabled={false} />);
    runIdle(100);
    expect(off).not.toHaveBeenCalled();

    const late = vi.fn<(k: number) => void>();
    const { unmount } = render(<Warmed unit={late} units={5} />);
    FakeObserver.last?.show();
    unmount();
    runIdle(100);
    expect(late).not.toHaveBeenCalled();
  });
});
