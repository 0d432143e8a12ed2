import { useRef } from 'react';
import type { PointerEvent } from 'react';
import { svgPoint } from './geometry';

/**
 * Dragging a plot's start handle with a pointer: pressing the handle (or its larger hit circle)
 * captures the pointer on the SVG and focuses the handle, so the keys take over where the
 * pointer let go; each move reports the viewBox point under the pointer.
 */
export function useHandleDrag(
  width: number,
  height: number,
  onPoint: (at: { x: number; y: number }) => void,
) {
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!dragging.current) return;
    const at = svgPoint(svgRef.current, event, width, height);
    if (at) onPoint(at);
  };
  const endDrag = (event: PointerEvent<SVGSVGElement>) => {
    dragging.current = false;
    if (svgRef.current?.hasPointerCapture(event.pointerId)) {
      svgRef.current.releasePointerCapture(event.pointerId);
    }
  };
  const startDrag = (event: PointerEvent<SVGElement>) => {
    event.preventDefault();
    dragging.current = true;
    svgRef.current?.setPointerCapture(event.pointerId);
    svgRef.current?.querySelector<SVGElement>('.gd-handle')?.focus();
  };
  return {
    /** Press handler for the handle and its hit circle. */
    startDrag,
    /** Spread onto the <svg>: its ref and the move and release handlers. */
    svgProps: {
      ref: svgRef,
      onPointerMove,
      onPointerUp: endDrag,
      onPointerCancel: endDrag,
    },
  };
}
