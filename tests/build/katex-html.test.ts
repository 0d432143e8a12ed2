import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { lessonsDir } from '../../build/lesson-source';
import { referenceFile } from '../../build/site-plugin';
import { katexStylesCss } from '../../build/katex-html';
import type { KatexNode } from '../../src/lessons/content/KatexFormula';
import { mdxCompileOptions } from '../../build/mdx-options';

const source =
  'Inline $\\frac{a}{b}$ and\n\n$$\n\\sqrt{x^2}\n$$\n\n<Callout>in a callout $y_i$</Callout>\n';

async function compiled(importStyles: boolean): Promise<string> {
  return String(
    await compile({ path: 'lesson.mdx', value: source }, mdxCompileOptions({ importStyles })),
  );
}

/** The trees the build hands to KatexFormula for one file, read from the compiled MDX's hast. */
async function formulaTrees(file: { path: string; value: string }): Promise<KatexNode[][]> {
  const trees: KatexNode[][] = [];
  const collect = () => (tree: { children?: unknown[] }) => {
    const visit = (node: unknown) => {
      const n = node as {
        name?: string;
        attributes?: { name: string; value: unknown }[];
        children?: unknown[];
      };
      if (n.name === 'KatexFormula') {
        const json = n.attributes?.find((a) => a.name === 'tree')?.value;
        if (typeof json === 'string') trees.push(JSON.parse(json) as KatexNode[]);
      }
      n.children?.forEach(visit);
    };
    visit(tree);
  };
  const options = mdxCompileOptions();
  await compile(file, { ...options, rehypePlugins: [...(options.rehypePlugins ?? []), collect] });
  return trees;
}

/** Every element of a tree, depth first. */
function* elements(nodes: readonly KatexNode[]): Generator<Exclude<KatexNode, string>> {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    yield node;
    const [, , ...children] = node;
    yield* elements(children);
  }
}

/** Every text of a tree. */
function texts(nodes: readonly KatexNode[]): string[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [node];
    const [, , ...children] = node;
    return texts(children);
  });
}

describe('formulas compiled as one JSON tree each', () => {
  it('turns every formula, inside components too, into one KatexFormula element', async () => {
    const code = await compiled(false);
    expect(code.match(/_jsx\(KatexFormula, \{/g)).toHaveLength(3);
    // no MathML or KaTeX span left for React to build element by element
    expect(code).not.toMatch(/_components\.(math|mrow|mi)\b/);
    expect(code).not.toContain('virtual:katex-styles');
  });

  it('keeps the MathML screen readers read, without the TeX source repeated in it', async () => {
    const trees = await formulaTrees({ path: 'lesson.mdx', value: source });
    expect(trees).toHaveLength(3);
    for (const tree of trees) {
      const tags = [...elements(tree)].map(([tag]) => tag);
      expect(tags.filter((tag) => tag === 'math')).toHaveLength(1);
      expect(tags).not.toContain('annotation');
      expect(texts(tree).join('')).not.toContain('\\frac');
    }
    expect([...elements(trees[0] ?? [])].map(([tag]) => tag)).toContain('mfrac');
  });

  it('moves every inline style into a class whose CSS the lesson imports', async () => {
    const trees = await formulaTrees({ path: 'lesson.mdx', value: source });
    for (const [, attributes] of trees.flatMap((tree) => [...elements(tree)])) {
      expect(Object.keys(attributes)).not.toContain('style');
    }
    const code = await compiled(true);
    const id = /import '(virtual:katex-styles\/([0-9a-f]+)\.css)'/.exec(code);
    expect(id).not.toBeNull();
    const css = katexStylesCss(id?.[2] ?? '');
    const classes = [...new Set(code.match(/k-[0-9a-f]{8}/g))];
    expect(classes.length).toBeGreaterThan(3);
    for (const name of classes) expect(css).toContain(`.katex .${name}{`);
    // every declaration wins like the inline style it replaces
    expect(css).toMatch(/height:[-.\d]+em !important/);
  });

  it('inserts nothing but KaTeX markup: no script, handler, link, embed or style attribute', async () => {
    const files = [
      ...readdirSync(lessonsDir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => path.join(lessonsDir, f)),
      referenceFile,
    ];
    const all: KatexNode[][] = [];
    for (const file of files)
      all.push(...(await formulaTrees({ path: file, value: readFileSync(file, 'utf8') })));
    expect(all.length).toBeGreaterThan(800);
    for (const [tag, attributes] of all.flatMap((tree) => [...elements(tree)])) {
      expect(tag).not.toMatch(/^(script|iframe|object|embed|img|a|link|style|foreignobject)$/i);
      for (const [name, value] of Object.entries(attributes)) {
        expect(name).not.toMatch(/^(on[a-z]+|style|href|xlink:href|src|srcdoc)$/i);
        expect(value).not.toMatch(/javascript:/i);
      }
    }
  });
});
