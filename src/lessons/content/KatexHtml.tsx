export interface KatexHtmlProps {
  /** KaTeX's HTML + MathML for one formula, produced at build time (build/katex-html.ts). */
  html: string;
}

/**
 * One build-time formula. The markup is KaTeX's output for the guide's own lessons (trust: false),
 * fixed when the site is built; nothing a reader types reaches it. Handing it to the browser's
 * parser instead of compiling it to ~40 React elements per formula keeps lesson chunks small and
 * their first render short.
 */
export function KatexHtml({ html }: KatexHtmlProps) {
  return <span className="katex" dangerouslySetInnerHTML={{ __html: html }} />;
}
