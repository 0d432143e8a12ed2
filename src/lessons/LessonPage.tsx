import { Suspense, use } from 'react';
import { Link, useParams } from '../ui/router';
import { pillarNames } from './frontmatter';
import type { LessonMeta } from './frontmatter';
import { findLesson, loadLesson, neighbours } from './catalog';
import type { LessonModule } from './catalog';
import { mdxComponents } from './registry';
import { TableOfContents } from './TableOfContents';
import { ScrollToHash } from './ScrollToHash';
import { NotFoundPage } from './NotFoundPage';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useMarkLessonRead } from '../store/useMarkLessonRead';

const lessonModules = new Map<string, Promise<LessonModule>>();

/**
 * One promise per lesson, kept, so revisiting a lesson does not suspend again. Once settled it is
 * tagged the way React's `use` reads a promise (status and value), so a render after that —
 * including the first one, after preloadLesson — never suspends.
 */
function lessonModule(slug: string): Promise<LessonModule> {
  let promise = lessonModules.get(slug);
  if (!promise) {
    const loading = loadLesson(slug);
    loading.then(
      (module) => Object.assign(loading, { status: 'fulfilled', value: module }),
      () => undefined, // `use` rethrows it to the route's error boundary
    );
    promise = loading;
    lessonModules.set(slug, promise);
  }
  return promise;
}

/**
 * Loads a lesson's chunk before the first render, so the page renders whole with no "Loading"
 * fallback (src/app/main.tsx, when it takes over a prerendered page). Never rejects.
 */
export function preloadLesson(slug: string): Promise<void> {
  return lessonModule(slug).then(
    () => undefined,
    () => undefined,
  );
}

function LessonContent({ slug }: { slug: string }) {
  const { default: Content } = use(lessonModule(slug));
  return <Content components={mdxComponents} />;
}

function LessonHeader({ lesson }: { lesson: LessonMeta }) {
  return (
    <header className="lesson__header">
      <p className="eyebrow">
        Lesson {lesson.order} · {pillarNames[lesson.pillar]}
      </p>
      <h1 id="lesson-title">{lesson.title}</h1>
      <p className="lesson__summary">{lesson.summary}</p>
      <p className="lesson__meta">
        <span>{lesson.minutes} min read</span>
        {lesson.prerequisites.length > 0 ? (
          <span>
            {' · '}Read first:{' '}
            {lesson.prerequisites.map((slug, i) => (
              <span key={slug}>
                {i > 0 ? ', ' : null}
                <Link to={`/lessons/${slug}`}>{findLesson(slug)?.title ?? slug}</Link>
              </span>
            ))}
          </span>
        ) : (
          <span> · No prerequisites</span>
        )}
      </p>
    </header>
  );
}

function PrevNext({ slug }: { slug: string }) {
  const { previous, next } = neighbours(slug);
  return (
    <nav className="prev-next" aria-label="Previous and next lesson">
      {previous ? (
        <Link className="prev-next__link prev-next__link--prev" to={`/lessons/${previous.slug}`}>
          <span className="prev-next__dir">Previous</span>
          <span>{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="prev-next__link prev-next__link--next" to={`/lessons/${next.slug}`}>
          <span className="prev-next__dir">Next</span>
          <span>{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}

export function LessonPage() {
  const { slug } = useParams();
  const lesson = findLesson(slug);
  // an unknown slug renders the 404 page: keep its title (a parent effect runs after the child's)
  useDocumentTitle(lesson ? lesson.title : 'Page not found');
  useMarkLessonRead(lesson?.slug, lesson?.minutes);
  if (!lesson) return <NotFoundPage />;
  return (
    <div className="lesson-layout">
      <article className="lesson" aria-labelledby="lesson-title">
        <LessonHeader lesson={lesson} />
        <div className="lesson__body">
          <Suspense fallback={<p className="lesson__loading">Loading the lesson…</p>}>
            <LessonContent slug={lesson.slug} />
            <ScrollToHash />
          </Suspense>
        </div>
        <PrevNext slug={lesson.slug} />
      </article>
      <aside className="lesson-layout__toc">
        <TableOfContents key={lesson.slug} headings={lesson.headings} />
      </aside>
    </div>
  );
}
