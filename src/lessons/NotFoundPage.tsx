import { Link } from '../ui/router';
import { lessons } from './catalog';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** Any unknown address: say so plainly and offer every way back. */
export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="not-found">
      <p className="eyebrow">Error 404</p>
      <h1>This page does not exist</h1>
      <p>
        The address may be mistyped, or the page may have moved. Start from the{' '}
        <Link to="/">map of the guide</Link>, or go straight to a lesson:
      </p>
      <ul>
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link to={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
