import { useEffect, useRef } from 'react';
import type { Rating } from '../types';

export interface ReviewKeyHandlers {
  /** Space: show the answer of a recall card. */
  reveal: () => void;
  /** 1–4: rate the answered card. */
  rate: (rating: Rating) => void;
  /** Ctrl+Z (⌘Z): undo the last rating. */
  undo: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // radio buttons and checkboxes take no text, so shortcuts still apply there
  return (
    target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type)
  );
}

function isEmptyField(target: EventTarget | null): boolean {
  return (
    (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
    target.value === ''
  );
}

function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

/** The session's keyboard shortcuts, ignored while the reader types into a field. */
export function useReviewKeys(handlers: ReviewKeyHandlers, active: boolean): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const { reveal, rate, undo } = latest.current;
      const undoKey =
        (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
      // in a field the reader has typed into, Ctrl+Z undoes the typing instead
      if (undoKey && (!isTyping(event.target) || isEmptyField(event.target))) {
        event.preventDefault();
        undo();
        return;
      }
      if (isTyping(event.target)) return;
      if (event.ctrlKey || event.metaKey) return;
      // Space on a button, link or radio keeps its own meaning (press, select)
      if (event.key === ' ' && !isControl(event.target)) {
        event.preventDefault();
        reveal();
      } else if (['1', '2', '3', '4'].includes(event.key)) {
        event.preventDefault();
        rate(Number(event.key) as Rating);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
