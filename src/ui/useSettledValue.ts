import { useEffect, useState, useSyncExternalStore } from 'react';

/** How long a dragged value must rest before the text that follows it catches up (ms). */
export const SETTLE_MS = 100;

// Whether a pointer is dragging a kit slider, and how. One pointer drags one slider at a time,
// so module-level state is enough; widgets subscribe to it through useSettledValue.
// 'held': the widget hears every step and holds its words (useSettledValue) until the value
// rests. 'live': the slider keeps its steps to itself and a few subscribers (LiveSource) and
// tells the widget only when the value rests and when the drag ends (Slider's onLive).
type DragMode = 'none' | 'held' | 'live';
let mode: DragMode = 'none';
const listeners = new Set<() => void>();
const endings = new Set<() => void>();

function setMode(next: DragMode) {
  if (mode === next) return;
  mode = next;
  for (const listener of listeners) listener();
}

function endDrag() {
  window.removeEventListener('pointerup', endDrag);
  window.removeEventListener('pointercancel', endDrag);
  // in the same task as the mode change, so React renders the drag's end once
  const ends = [...endings];
  endings.clear();
  for (const end of ends) end();
  setMode('none');
}

/**
 * A pointer went down on a slider (mouse, pen or touch): the drag lasts until that pointer is
 * released anywhere, or cancelled. Keyboard changes never start one. `live`: the slider sends
 * its steps to onLive (see Slider) and the widget's words need not be held.
 */
export function startSliderDrag(live = false): void {
  window.addEventListener('pointerup', endDrag);
  window.addEventListener('pointercancel', endDrag);
  setMode(live ? 'live' : 'held');
}

/** Whether a live drag is in progress (a slider with onLive, dragged by a pointer). */
export const isLiveDrag = (): boolean => mode === 'live';

/**
 * Calls `end` once when the current drag ends, before its subscribers hear of it, in the same
 * task; the returned function forgets it (for an unmount mid-drag).
 */
export function onDragEnd(end: () => void): () => void {
  endings.add(end);
  return () => {
    endings.delete(end);
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// a boolean snapshot: a live drag's start and end re-render none of the hook's users
const holding = () => mode === 'held';
const never = () => false;

/**
 * `value`, except while a pointer drags a slider: then it is held, and catches up whenever
 * `value` rests for `quietMs` and when the pointer is released. A dragged slider changes the
 * value every frame; the parts of a widget that state the result in words (status sentence,
 * formula, readouts, code) follow this copy, so a drag redraws the picture each frame and the
 * words when the hand pauses. Keys, clicks, typed values and Play are never held, nor is a live
 * drag (its steps never reach the widget).
 */
export function useSettledValue<T>(value: T, quietMs: number = SETTLE_MS): T {
  // a live drag tells the widget only rested values: nothing to hold
  const drag = useSyncExternalStore(subscribe, holding, never);
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
