// Card shortcuts: Space reveals a recall card, 1–9 pick an option, Enter on an option submits.
// "card" scope listens on the card's own element (a lesson page keeps Space for scrolling);
// "document" scope listens everywhere (the review page), and only until the card is answered,
// so 1–4 are free for the rating buttons afterwards.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

export type KeyScope = 'card' | 'document';

export interface CardKeyActions {
  /** Whether shortcuts apply now (not yet answered, or answering again is allowed). */
  active: boolean;
  reveal?: () => void;
  /** Number of options, and what to do when one is picked by its number. */
  options?: number;
  pick?: (index: number) => void;
  submit?: () => void;
}

const isTextField = (el: Element | null): boolean =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el instanceof HTMLInputElement &&
      !['radio', 'checkbox', 'button', 'submit'].includes(el.type)));

/** Buttons and links handle Space and Enter themselves. */
const isControl = (el: Element | null): boolean =>
  el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || el?.tagName === 'SUMMARY';

/** Handles one key; returns true when it acted (so the caller prevents the default). */
export function handleCardKey(
  event: Pick<
    KeyboardEvent,
    'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'defaultPrevented'
  >,
  actions: CardKeyActions,
): boolean {
  if (!actions.active || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
    return false;
  }
  const target = event.target instanceof Element ? event.target : null;
  if (isTextField(target)) return false;
  if (event.key === ' ' && actions.reveal && !isControl(target)) {
    actions.reveal();
    return true;
  }
  const n = /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
  if (n >= 0 && actions.pick && n < (actions.options ?? 0)) {
    actions.pick(n);
    return true;
  }
  const onOption = target instanceof HTMLInputElement && target.type === 'radio';
  if (event.key === 'Enter' && onOption && actions.submit) {
    actions.submit();
    return true;
  }
  return false;
}

/** In "document" scope, installs the listener; returns the handler for "card" scope. */
export function useCardKeys(scope: KeyScope, actions: CardKeyActions) {
  // the latest actions, without re-installing the document listener on every render
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (scope !== 'document') return undefined;
    const listener = (event: KeyboardEvent) => {
      if (handleCardKey(event, latest.current)) event.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [scope]);
  return (event: ReactKeyboardEvent) => {
    if (scope === 'card' && handleCardKey(event.nativeEvent, actions)) event.preventDefault();
  };
}
