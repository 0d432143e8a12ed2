import { Suspense, lazy } from 'react';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { mdxComponents } from './registry';
import { ScrollToHash } from './ScrollToHash';

// the identities are MDX compiled at build time, like lessons: formulas arrive as HTML
const Identities = lazy(() => import('../../content/pages/reference.mdx'));

/** `/reference`: every key identity with its formula and a link to its lesson. */
export default function ReferencePage() {
  useDocumentTitle('Key identities');
  return (
    <article className="lesson reference" aria-labelledby="reference-title">
      <header className="lesson__header">
        <p className="eyebrow">Reference</p>
        <h1 id="reference-title">Key identities</h1>
      </header>
      <div className="lesson__body">
        <Suspense fallback={<p className="lesson__loading">Loading the identities…</p>}>
          <Identities components={mdxComponents} />
          <ScrollToHash />
        </Suspense>
      </div>
    </article>
  );
}
