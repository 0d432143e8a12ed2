// One MDX configuration for the build and the content tests, so what is tested is what ships.
import rehypeKatex from 'rehype-katex';
import type { Options as KatexOptions } from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { CompileOptions } from '@mdx-js/mdx';
import { remarkGlossary } from './glossary.ts';
import { rehypeKatexTrees } from './katex-html.ts';

/** KaTeX at build time: formulas arrive as HTML + MathML; `trust: false` keeps \href etc. out. */
export const katexOptions: KatexOptions = {
  trust: false,
  strict: 'error',
  output: 'htmlAndMathml',
};

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * A display formula or a code block wider than a phone scrolls sideways (`overflow-x: auto`); a
 * scrollable region must be reachable by keyboard (WCAG 2.1.1, axe `scrollable-region-focusable`),
 * so every `.katex-display` and `pre` gets `tabindex="0"`, like the lesson tables' scroll boxes.
 */
export function rehypeFocusableDisplayMath() {
  const visit = (node: HastNode) => {
    const className = node.properties?.className;
    const isDisplayMath = Array.isArray(className) && className.includes('katex-display');
    if ((isDisplayMath || node.tagName === 'pre') && node.properties) {
      node.properties.tabIndex = 0;
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}

/**
 * `importStyles`: whether compiled lessons import their formulas' CSS module (the Vite build and
 * dev server serve it; the content tests compile without Vite).
 */
export function mdxCompileOptions({ importStyles = false } = {}): CompileOptions {
  return {
    // the glossary linker runs after remark-math, so formulas are never linked
    remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath, remarkGlossary()],
    rehypePlugins: [
      rehypeSlug,
      [rehypeKatex, katexOptions],
      rehypeFocusableDisplayMath,
      [rehypeKatexTrees, { importStyles }],
    ],
  };
}
