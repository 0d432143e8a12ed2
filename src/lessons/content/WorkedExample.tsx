import type { ReactNode } from 'react';

export interface WorkedExampleProps {
  title: string;
  children: ReactNode;
}

/** A worked example with real numbers; every number in it is checked by a content test. */
export function WorkedExample({ title, children }: WorkedExampleProps) {
  return (
    <section className="worked" aria-label={`Worked example: ${title}`}>
      <p className="worked__title">
        <span className="worked__label">Worked example</span> {title}
      </p>
      <div className="worked__body">{children}</div>
    </section>
  );
}
