import {
  Children,
  Fragment,
  Suspense,
  isValidElement,
  startTransition,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactElement, ReactNode, RefObject } from 'react';
import { flushSync } from 'react-dom';
import { Link, useLocation, useParams } from '../ui/router';
import { pillarNames } from './frontmatter';
import type { LessonMeta } from './frontmatter';
import { findLesson, loadLesson, neighbours } from './catalog';
import type { LessonModule } from './catalog';
import { mdxComponents } from './registry';
import { TableOfContents } from './TableOfContents';
import { ScrollToHash } from './ScrollToHash';
import { NotFoundPage } from './NotFoundPage';
import { settledPromise } from '../ui/settledPromise';
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
    promise = settledPromise(loadLesson(slug));
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

/** Blocks in the first render (and so in the prerendered HTML): more than a screenful. */
export const FIRST_BLOCKS = 12;
/** Blocks added per later render, each in its own task after the previous one was painted. */
const BLOCKS_PER_STEP = 1;

/** scripts/prerender.mjs sets this so the snapshot holds exactly the first render's blocks. */
const prerendering = () => (window as { __MFML_PRERENDER__?: boolean }).__MFML_PRERENDER__ === true;

/**
 * The lesson's top-level blocks (paragraphs, formulas, headings, widgets). A compiled MDX lesson
 * is a plain function without hooks that returns one fragment, so it can be called here.
 */
function lessonBlocks(Content: LessonModule['default']): ReactNode[] {
  const tree: ReactNode = Content({ components: mdxComponents });
  if (!isValidElement(tree) || tree.type !== Fragment) return [tree];
  const { children } = (tree as ReactElement<{ children?: ReactNode }>).props;
  // the newlines between blocks are text nodes; drop them so every block is an element
  return Children.toArray(children).filter((b) => !(typeof b === 'string' && b.trim() === ''));
}

/**
 * How long a lesson waits, once it is on screen, before it renders its later blocks with no
 * reader asking for them: time to read the first screen without the page working underneath.
 */
export const REST_AFTER_MS = 3000;
/** The later blocks start once the end of the rendered ones is within this of the viewport. */
const NEAR_END_MARGIN = '0px 0px 200% 0px';

/**
 * Whether the lesson should render its later blocks now: when the end of what is rendered comes
 * within two screens of the viewport, on the reader's first key press (find in page, Tab, Page
 * Down), or REST_AFTER_MS after the page appeared, whichever comes first. Until then the page
 * does nothing while the reader starts reading; the first screen is already there.
 */
function useRestWanted(sentinel: RefObject<HTMLElement | null>, done: boolean): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted || done || prerendering()) return undefined;
    const want = () => setWanted(true);
    const timer = window.setTimeout(want, REST_AFTER_MS);
    window.addEventListener('keydown', want, { capture: true, once: true });
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), {
            rootMargin: NEAR_END_MARGIN,
          })
        : null;
    if (sentinel.current) observer?.observe(sentinel.current);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('keydown', want, { capture: true });
      observer?.disconnect();
    };
  }, [wanted, done, sentinel]);
  return wanted;
}

/**
 * The lesson body. The first render (what the prerendered HTML shows) holds FIRST_BLOCKS, more
 * than a screenful. The later blocks wait until they are wanted (useRestWanted), then arrive
 * BLOCKS_PER_STEP at a time, each step in its own task after the previous one was painted, so no
 * task builds and lays out the whole ~14,000 px page. Rendered while the page loaded, those
 * steps were nearly all of a lesson's total blocking time on a phone. A #heading (in the link
 * or followed later) and printing render everything at once.
 */
function LessonContent({ slug, onComplete }: { slug: string; onComplete: () => void }) {
  const { default: Content } = use(lessonModule(slug));
  const blocks = useMemo(() => lessonBlocks(Content), [Content]);
  const { hash } = useLocation();
  const [shown, setShown] = useState(() =>
    hash ? blocks.length : Math.min(FIRST_BLOCKS, blocks.length),
  );
  const complete = shown >= blocks.length;
  const sentinel = useRef<HTMLDivElement>(null);
  const wanted = useRestWanted(sentinel, complete);
  // a #heading followed after the page opened (the contents column's links) needs its target
  if (hash && !complete) setShown(blocks.length);
  useEffect(() => {
    if (complete) return undefined;
    const printAll = () => flushSync(() => setShown(blocks.length));
    window.addEventListener('beforeprint', printAll);
    return () => window.removeEventListener('beforeprint', printAll);
  }, [complete, blocks.length]);
  useEffect(() => {
    if (complete) {
      onComplete();
      return undefined;
    }
    // never wanted while prerendering: the snapshot holds exactly the first render
    if (!wanted) return undefined;
    // after the frame that lays out and paints the blocks so far: then each task holds one
    // block's render, layout and paint, not several steps' worth of layout at once
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        startTransition(() => setShown((n) => Math.min(blocks.length, n + BLOCKS_PER_STEP)));
      }, 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [complete, wanted, shown, blocks.length, onComplete]);
  return (
    <>
      {blocks.slice(0, shown)}
      {complete ? null : <div ref={sentinel} className="lesson__more" aria-hidden="true" />}
      <ScrollToHash ready={complete} />
    </>
  );
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
  // the body arrives in steps: "read to the end" and the contents' tracking wait for all of it
  const [completeSlug, setCompleteSlug] = useState<string | null>(null);
  const complete = lesson !== undefined && completeSlug === lesson.slug;
  const onComplete = useCallback(() => setCompleteSlug(lesson?.slug ?? null), [lesson?.slug]);
  useMarkLessonRead(lesson?.slug, lesson?.minutes, complete);
  if (!lesson) return <NotFoundPage />;
  return (
    <div className="lesson-layout">
      <article className="lesson" aria-labelledby="lesson-title">
        <LessonHeader lesson={lesson} />
        <div className="lesson__body">
          <Suspense fallback={<p className="lesson__loading">Loading the lesson…</p>}>
            <LessonContent key={lesson.slug} slug={lesson.slug} onComplete={onComplete} />
          </Suspense>
        </div>
        <PrevNext slug={lesson.slug} />
      </article>
      <aside className="lesson-layout__toc">
        <TableOfContents key={lesson.slug} headings={lesson.headings} complete={complete} />
      </aside>
    </div>
  );
}
