import { useId, useState } from 'react';
import { Link } from '../ui/router';
import { glossary } from 'virtual:glossary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { findLesson } from './catalog';
import { ScrollToHash } from './ScrollToHash';

const sorted = [...glossary].sort((a, b) =>
  a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
);

function matches(filter: string, text: string): boolean {
  return text.toLowerCase().includes(filter.trim().toLowerCase());
}

/** `/glossary`: every term in one sentence, with the lesson that teaches it. */
export default function GlossaryPage() {
  useDocumentTitle('Glossary');
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const shown = sorted.filter(
    (t) => filter === '' || matches(filter, [t.term, ...t.aliases, t.definition].join(' ')),
  );
  return (
    <article className="lesson glossary" aria-labelledby="glossary-title">
      <header className="lesson__header">
        <p className="eyebrow">Reference</p>
        <h1 id="glossary-title">Glossary</h1>
        <p className="lesson__summary">
          Every term the lessons use, in one sentence. In a lesson, the first use of a term is
          underlined with dots: hover or focus it to see its definition.
        </p>
      </header>
      <div className="glossary__filter">
        <label htmlFor={filterId}>Filter terms</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          autoComplete="off"
        />
        <p role="status" className="glossary__count">
          {shown.length === sorted.length
            ? `${sorted.length} terms`
            : `${shown.length} of ${sorted.length} terms match`}
        </p>
      </div>
      <dl className="glossary__list">
        {shown.map((t) => {
          const lesson = findLesson(t.lesson);
          return (
            <div key={t.id} className="glossary__entry">
              <dt id={t.id} tabIndex={-1}>
                {t.term}
                {t.aliases.length > 0 ? (
                  <span className="glossary__aliases"> (also: {t.aliases.join(', ')})</span>
                ) : null}
              </dt>
              <dd>
                {t.definition}{' '}
                {lesson ? (
                  <Link to={`/lessons/${lesson.slug}`} className="glossary__lesson">
                    Lesson: {lesson.title}
                  </Link>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <ScrollToHash />
    </article>
  );
}
