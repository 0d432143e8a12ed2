import { Link } from '../../ui/router';
import type { LessonMeta } from '../../lessons/frontmatter';

interface LessonsReadProps {
  lessons: readonly LessonMeta[];
  read: readonly string[];
}

export function LessonsRead({ lessons, read }: LessonsReadProps) {
  const done = new Set(read);
  const count = lessons.filter((l) => done.has(l.slug)).length;
  return (
    <section aria-labelledby="lessons-read">
      <h2 id="lessons-read">Lessons read</h2>
      <p>
        {count} of {lessons.length} lessons read. A lesson counts as read when you reach its end or
        spend a few minutes on it.
      </p>
      <ul className="lessons-read">
        {lessons.map((lesson) => {
          const isRead = done.has(lesson.slug);
          return (
            <li key={lesson.slug} className={isRead ? 'lessons-read__item--read' : undefined}>
              <span aria-hidden="true" className="lessons-read__mark">
                {isRead ? '✓' : '○'}
              </span>{' '}
              <Link to={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
              <span className="lessons-read__state">{isRead ? ' — read' : ' — not yet'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
