// Compiles one lesson exactly as the build does and lists every problem a reader would see:
// KaTeX errors (rehype-katex renders them as red text instead of failing), JSX tags that are not
// in the registry, raw HTML tags, and the ids the headings really get.
import { compile } from '@mdx-js/mdx';
import type { Root as HastRoot, Element } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { mdxCompileOptions } from '../../build/mdx-options';

export interface LessonReport {
  problems: string[];
  tags: Set<string>;
  links: { url: string; line: number }[];
  ids: Set<string>;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

export async function checkLesson(
  file: string,
  source: string,
  registered: ReadonlySet<string>,
): Promise<LessonReport> {
  const report: LessonReport = { problems: [], tags: new Set(), links: [], ids: new Set() };
  const lines = source.split('\n');

  const collectMdast = () => (tree: MdastRoot) => {
    visit(tree, (node) => {
      const jsx = node as JsxNode;
      if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
        const name = jsx.name ?? '(fragment)';
        const line = jsx.position?.start.line ?? 0;
        report.tags.add(name);
        if (/^[a-z]/.test(name)) {
          report.problems.push(
            `${file}:${line}: raw HTML tag <${name}>; use markdown or a registered component`,
          );
        } else if (!registered.has(name)) {
          report.problems.push(`${file}:${line}: <${name}> is not in src/lessons/registry.tsx`);
        }
        for (const attr of jsx.attributes ?? []) {
          if (attr.name === 'href' && typeof attr.value === 'string') {
            report.links.push({ url: attr.value, line });
          }
        }
      }
      if (node.type === 'link') {
        report.links.push({ url: node.url, line: node.position?.start.line ?? 0 });
      }
    });
  };

  const collectHast = () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id === 'string') report.ids.add(id);
    });
  };

  const options = mdxCompileOptions();
  const vfile = new VFile({ path: file, value: source });
  try {
    await compile(vfile, {
      ...options,
      remarkPlugins: [...(options.remarkPlugins ?? []), collectMdast],
      rehypePlugins: [...(options.rehypePlugins ?? []), collectHast],
    });
  } catch (error) {
    report.problems.push(`${file}: does not compile as MDX — ${String(error)}`);
    return report;
  }
  for (const message of vfile.messages) {
    const line = message.line ?? 0;
    const formula = (lines[line - 1] ?? '').trim();
    const reason = message.cause instanceof Error ? message.cause.message : message.reason;
    report.problems.push(`${file}:${line}: ${message.source ?? 'mdx'}: ${reason} — in: ${formula}`);
  }
  return report;
}
