// One MDX configuration for the build and the content tests, so what is tested is what ships.
import rehypeKatex from 'rehype-katex';
import type { Options as KatexOptions } from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { CompileOptions } from '@mdx-js/mdx';

/** KaTeX at build time: formulas arrive as HTML + MathML; `trust: false` keeps \href etc. out. */
export const katexOptions: KatexOptions = {
  trust: false,
  strict: 'error',
  output: 'htmlAndMathml',
};

export function mdxCompileOptions(): CompileOptions {
  return {
    remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath],
    rehypePlugins: [rehypeSlug, [rehypeKatex, katexOptions]],
  };
}
