import type { ReactNode } from 'react';

/** The "recap" list at the end of a lesson; its children are a markdown list. */
export function Recap({ children }: { children: ReactNode }) {
  return (
    <section className="recap" aria-labelledby="recap-title">
      <h2 id="recap-title">Recap</h2>
      {children}
    </section>
  );
}
