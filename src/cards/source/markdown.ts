// Card markdown → compact hast at build time, through the lessons' KaTeX options (strict, no
// trust) so a card formula renders exactly like a lesson formula. Raw HTML is not rendered: it
// is reported, like any KaTeX error, and the build fails on it.
import type { Element, ElementContent } from 'hast';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { katexOptions, rehypeFocusableDisplayMath } from '../../../build/mdx-options';
import type { CompactElement, CompactNode, Rich } from '../cardData';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeKatex, katexOptions)
  .use(rehypeFocusableDisplayMath);

type Props = NonNullable<CompactElement['p']>;

function compactProps(properties: Element['properties']): Props | undefined {
  const out: Props = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function compact(node: ElementContent): CompactNode | null {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return null;
  const children = node.children.map(compact).filter((c): c is CompactNode => c !== null);
  const p = compactProps(node.properties);
  return { t: node.tagName, ...(p ? { p } : {}), ...(children.length ? { c: children } : {}) };
}

export interface Rendered {
  rich: Rich;
  /** KaTeX errors and raw HTML, each a sentence naming the problem. */
  problems: string[];
}

/**
 * Renders one markdown field. `inline` unwraps a lone paragraph, for options that sit inside a
 * label.
 */
export function renderMarkdown(text: string, inline = false): Rendered {
  const file = new VFile({ value: text });
  const problems: string[] = [];
  const mdast = processor.parse(file);
  visit(mdast, 'html', (node) => {
    problems.push(`raw HTML ${JSON.stringify(node.value)} is not allowed; use markdown`);
  });
  const hast = processor.runSync(mdast, file);
  for (const message of file.messages) {
    const cause = message.cause instanceof Error ? ` — ${message.cause.message}` : '';
    problems.push(`${message.source ?? 'markdown'}: ${message.reason}${cause}`);
  }
  let nodes = hast.children.filter(
    (n): n is ElementContent => n.type !== 'doctype' && n.type !== 'comment',
  );
  // remark-rehype puts a newline text between blocks; keep only what renders
  nodes = nodes.filter((n) => n.type !== 'text' || n.value.trim() !== '');
  const only = nodes[0];
  if (inline && nodes.length === 1 && only?.type === 'element' && only.tagName === 'p') {
    nodes = only.children;
  }
  return { rich: nodes.map(compact).filter((c): c is CompactNode => c !== null), problems };
}
