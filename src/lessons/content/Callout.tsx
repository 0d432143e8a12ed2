import type { ReactNode } from 'react';

export interface CalloutProps {
  /** note (default) for an aside, tip for practice advice, warning for a trap. */
  kind?: 'note' | 'tip' | 'warning';
  title?: string;
  children: ReactNode;
}

const defaultTitles = { note: 'Note', tip: 'In practice', warning: 'Watch out' } as const;

/** A boxed aside in the lesson flow. */
export function Callout({ kind = 'note', title, children }: CalloutProps) {
  return (
    <aside className={`callout callout--${kind}`} aria-label={title ?? defaultTitles[kind]}>
      <p className="callout__title">{title ?? defaultTitles[kind]}</p>
      <div className="callout__body">{children}</div>
    </aside>
  );
}
