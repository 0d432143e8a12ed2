// @vitest-environment happy-dom
import { act, fireEvent, render } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GridLines, keyStep, planeViewBox, usePlaneDrag } from './plane';
import type { Vec2 } from './plane';

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey }) as KeyboardEvent;

describe('keyStep(event, grid)', () => {
  it('moves one grid step per arrow, ten with Shift, with math’s y axis (up)', () => {
    expect(keyStep(key('ArrowUp'), 0.1)).toEqual({ x: 0, y: 0.1 });
    expect(keyStep(key('ArrowDown'), 0.1)).toEqual({ x: 0, y: -0.1 });
    expect(keyStep(key('ArrowLeft', true), 0.1)).toEqual({ x: -1, y: 0 });
    expect(keyStep(key('ArrowRight'), 0.5)).toEqual({ x: 0.5, y: 0 });
  });

  it('ignores every other key', () => {
    expect(keyStep(key('Enter'), 0.1)).toBeNull();
    expect(keyStep(key('a'), 0.1)).toBeNull();
  });
});

describe('the plane’s frame', () => {
  it('shows −extent … extent with room for handles at the edge', () => {
    expect(planeViewBox(5)).toBe('-5.6 -5.6 11.2 11.2');
  });

  it('draws one vertical and one horizontal line per unit', () => {
    const { container } = render(
      <svg>
        <GridLines extent={2} />
      </svg>,
    );
    expect(container.querySelectorAll('line')).toHaveLength(2 * 5);
  });
});

describe('usePlaneDrag', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());
  const runFrame = () =>
    act(() => {
      const pending = frames;
      frames = [];
      for (const cb of pending) cb(0);
    });

  // extent 5: the viewBox is 11.2 units wide; drawn 112 px wide, 10 px is one unit
  function DragPlane({ onMove }: { onMove: (handle: 'a', point: Vec2) => void }) {
    const snap = (p: Vec2) => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
    const { svgRef, startDrag, svgHandlers } = usePlaneDrag<'a'>(5, snap, onMove);
    return (
      <svg ref={svgRef} data-testid="plane" {...svgHandlers}>
        <circle data-testid="handle" tabIndex={0} onPointerDown={startDrag('a')} />
      </svg>
    );
  }

  function setUp() {
    const onMove = vi.fn<(handle: 'a', point: Vec2) => void>();
    const { getByTestId } = render(<DragPlane onMove={onMove} />);
    const svg = getByTestId('plane') as unknown as SVGSVGElement;
    svg.getBoundingClientRect = () => new DOMRect(0, 0, 112, 112);
    svg.setPointerCapture = vi.fn();
    svg.hasPointerCapture = () => true;
    const release = vi.fn();
    svg.releasePointerCapture = release;
    return { onMove, svg, release, handle: getByTestId('handle') };
  }

  it('applies only the latest pointer position, once a frame, in plane units', () => {
    const { onMove, svg, handle } = setUp();
    fireEvent.pointerDown(handle, { pointerId: 1 });
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 56, clientY: 56 });
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 76, clientY: 46 });
    expect(onMove).not.toHaveBeenCalled();
    runFrame();
    expect(onMove).toHaveBeenCalledTimes(1);
    // 20 px right of centre is 2 units; 10 px up is +1 (math's y axis)
    expect(onMove).toHaveBeenLastCalledWith('a', { x: 2, y: 1 });
  });

  it('applies a pending position at once when the pointer is released, and then stops', () => {
    const { onMove, svg, release, handle } = setUp();
    fireEvent.pointerDown(handle, { pointerId: 1 });
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 36, clientY: 56 });
    fireEvent.pointerUp(svg, { pointerId: 1 });
    expect(onMove).toHaveBeenLastCalledWith('a', { x: -2, y: 0 });
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 100, clientY: 100 });
    runFrame();
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(release).toHaveBeenCalledWith(1);
  });

  it('ignores pointer moves when no handle was pressed', () => {
    const { onMove, svg } = setUp();
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 56, clientY: 56 });
    runFrame();
    expect(onMove).not.toHaveBeenCalled();
  });
});
