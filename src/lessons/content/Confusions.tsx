import type { ReactNode } from 'react';

/** "Common confusions": a list of wrong beliefs, each with its correction. */
export function CommonConfusions({ children }: { children: ReactNode }) {
  return (
    <section className="confusions" aria-labelledby="confusions-title">
      <h2 id="confusions-title">Common confusions</h2>
      <dl className="confusions__list">{children}</dl>
    </section>
  );
}

export interface ConfusionProps {
  /** The wrong belief, stated as people say it. */
  belief: string;
  /** The correction (markdown and math allowed). */
  children: ReactNode;
}

export function Confusion({ belief, children }: ConfusionProps) {
  return (
    <div className="confusion">
      <dt>
        <span className="confusion__label">Belief: </span>
        {belief}
      </dt>
      <dd>
        <span className="confusion__label">Actually: </span>
        {children}
      </dd>
    </div>
  );
}
