/** One searchable thing, built at build time by build/site-plugin.ts (`virtual:search-index`). */
export interface SearchDoc {
  id: string;
  kind: 'lesson' | 'section' | 'term' | 'identity' | 'card';
  /** What the result shows first. */
  title: string;
  /** Extra text searched and shown under the title. */
  text: string;
  /** Where Enter goes. */
  href: string;
  /** e.g. the lesson a heading belongs to. */
  context?: string;
}
