import { useEffect, useState, useSyncExternalStore } from 'react';

/** How long a dragged value must rest before the text that follows it catches up (ms). */
export const SETTLE_MS = 100;

// Whether a pointer is dragging a kit slider. One pointer drags one slider at a time, so a
// module-level flag is enough; widgets subscribe to it through useSettledValue.
let dragging = false;
const listeners = new Set<() => void>();

function setDragging(next: boolean) {
  if (dragging === next) return;
  dragging = next;
  for (const listener of listeners) listener();
}

function endDrag() {
  window.removeEventListener('pointerup', endDrag);
  window.removeEventListener('pointercancel', endDrag);
  setDragging(false);
}

/**
 * A pointer went down on a slider (mouse, pen or touch): the drag lasts until that pointer is
 * released anywhere, or cancelled. Keyboard changes never start one.
 */
export function startSliderDrag(): void {
  window.addEventListener('pointerup', endDrag);
  window.addEventListener('pointercancel', endDrag);
  setDragging(true);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const isDragging = () => dragging;

/** Whether a pointer is dragging a kit slider right now (keys and typed values never are). */
export function useSliderDragging(): boolean {
  return useSyncExternalStore(subscribe, isDragging, () => false);
}

/**
 * `value`, except while a pointer drags a slider: then it is held, and catches up whenever
 * `value` rests for `quietMs` and when the pointer is released. A dragged slider changes the
 * value every frame; the parts of a widget that state the result in words (status sentence,
 * formula, readouts, code) follow this copy, so a drag redraws the picture each frame and the
 * words when the hand pauses. Keys, clicks, typed values and Play are never held.
 */
export function useSettledValue<T>(value: T, quietMs: number = SETTLE_MS): T {
  const drag = useSliderDragging();
  const [held, setHeld] = useState<{ value: T } | null>(null);
  // derived during render (React's pattern for state that follows other state): a drag that
  // starts holds the value of that moment, one that ends lets go
  if (drag && held === null) setHeld({ value });
  if (!drag && held !== null) setHeld(null);
  useEffect(() => {
    if (!drag) return;
    const id = window.setTimeout(() => setHeld({ value }), quietMs);
    return () => window.clearTimeout(id);
  }, [drag, value, quietMs]);
  return drag && held ? held.value : value;
}
