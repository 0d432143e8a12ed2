import { useEffect } from 'react';

export const SITE_NAME = 'Math for ML';

/** Sets `document.title` to "<page> — Math for ML" while the calling route is shown. */
export function useDocumentTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} — ${SITE_NAME}` : `${SITE_NAME} — an interactive study guide`;
  }, [page]);
}
