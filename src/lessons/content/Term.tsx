import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../../ui/router';
import { placeTip } from './placeTip';

export interface TermProps {
  /** Anchor on /glossary. */
  id: string;
  /** One sentence, shown on hover, on keyboard focus and on a first tap. */
  definition: string;
  children: ReactNode;
}

/** How long the tip stays after the pointer leaves the term, so it can cross the gap to the tip. */
const LEAVE_DELAY_MS = 150;

/** False in browsers (and test DOMs) without the Popover API: there CSS shows the tip in place. */
function canPopover(tip: HTMLElement): boolean {
  return typeof tip.showPopover === 'function';
}

/**
 * The first use of a glossary term in a lesson (inserted at build time by build/glossary.ts):
 * a link to its glossary entry whose definition appears on hover and on focus, and hides with
 * Escape (WCAG 1.4.13: content on hover or focus must be dismissible, hoverable and persistent).
 * On a touch screen the first tap shows the definition (a tap elsewhere hides it) and a second
 * tap follows the link.
 *
 * The definition is a manual popover: in the top layer no scrolling table, lesson block or
 * sticky column can clip or cover it, and `placeTip` keeps it on screen. Where the Popover API
 * is missing, CSS shows it in place on `:hover` and `:focus-within` as before.
 */
export function Term({ id, definition, children }: TermProps) {
  const tipId = useId();
  const termRef = useRef<HTMLSpanElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const [dismissed, setDismissed] = useState(false);
  const tip = useRef({
    hovered: false,
    focused: false,
    /** Shown by a tap: a touch has no hover to end, so a tap elsewhere hides it. */
    tapped: false,
    /** The pointer that pressed the link last ('touch', 'pen' or 'mouse'). */
    pressedWith: '',
    leaveTimer: 0,
    cleanup: null as (() => void) | null,
  });

  const position = () => {
    const link = termRef.current?.querySelector('a');
    const el = tipRef.current;
    if (!link || !el) return;
    const line = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const column = termRef.current?.closest('.lesson')?.getBoundingClientRect();
    const place = placeTip(
      line,
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
      column,
    );
    el.style.left = `${place.left}px`;
    el.style.top = `${place.top}px`;
  };

  const hide = () => {
    const state = tip.current;
    state.tapped = false;
    window.clearTimeout(state.leaveTimer);
    state.cleanup?.();
    state.cleanup = null;
    const el = tipRef.current;
    if (el && canPopover(el) && el.matches(':popover-open')) el.hidePopover();
  };

  const dismiss = () => {
    setDismissed(true);
    hide();
  };

  const show = () => {
    const state = tip.current;
    window.clearTimeout(state.leaveTimer);
    const el = tipRef.current;
    // after Escape the tip stays hidden until the term is neither hovered nor focused
    if (!el || !canPopover(el) || dismissed) return;
    if (!el.matches(':popover-open')) el.showPopover();
    position();
    if (state.cleanup) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dismiss();
    };
    const onPressElsewhere = (event: PointerEvent) => {
      if (!state.tapped || termRef.current?.contains(event.target as Node)) return;
      state.tapped = false;
      settle();
    };
    // the tip is fixed to the viewport: it follows its term through page and table scrolling
    const follow = () => position();
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPressElsewhere);
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow, { passive: true });
    state.cleanup = () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPressElsewhere);
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
    };
  };

  const settle = () => {
    const state = tip.current;
    if (state.hovered || state.focused || state.tapped) return;
    // neither hovered nor focused: the next hover or focus shows the tip again
    setDismissed(false);
    hide();
  };

  // leaving the page mid-hover (a click on the link) must not leave listeners behind
  useEffect(() => {
    const state = tip.current;
    return () => {
      window.clearTimeout(state.leaveTimer);
      state.cleanup?.();
    };
  }, []);

  return (
    <span
      ref={termRef}
      className={`term${dismissed ? ' term--dismissed' : ''}`}
      onPointerEnter={(event) => {
        // a finger that lands on a term to scroll the page should not flash its tip; a tap
        // focuses the link, which shows it
        if (event.pointerType === 'touch') return;
        tip.current.hovered = true;
        show();
      }}
      onPointerLeave={() => {
        const state = tip.current;
        state.hovered = false;
        window.clearTimeout(state.leaveTimer);
        state.leaveTimer = window.setTimeout(settle, LEAVE_DELAY_MS);
      }}
    >
      <Link
        to={`/glossary#${id}`}
        className="term__link"
        aria-describedby={tipId}
        onPointerDown={(event) => {
          tip.current.pressedWith = event.pointerType;
        }}
        onClick={(event) => {
          // a touch screen has no hover: the first tap shows the definition in place, and a
          // tap on the term while it shows follows the link to the glossary
          const state = tip.current;
          const el = tipRef.current;
          const byTouch = state.pressedWith === 'touch';
          // Enter on a focused link is a click without a press: it always follows the link
          state.pressedWith = '';
          if (!byTouch || state.tapped || dismissed || !el || !canPopover(el)) return;
          event.preventDefault();
          state.tapped = true;
          show();
        }}
        onFocus={() => {
          tip.current.focused = true;
          show();
        }}
        onBlur={() => {
          tip.current.focused = false;
          settle();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') dismiss();
        }}
      >
        {children}
      </Link>
      <span ref={tipRef} role="tooltip" id={tipId} className="term__tip" popover="manual">
        {definition}
      </span>
    </span>
  );
}
