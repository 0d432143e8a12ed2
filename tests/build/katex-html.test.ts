import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { lessonsDir } from '../../build/lesson-source';
import { referenceFile } from '../../build/site-plugin';
import { katexStylesCss } from '../../build/katex-html';
import { mdxCompileOptions } from '../../build/mdx-options';

const source =
  'Inline $\\frac{a}{b}$ and\n\n$$\n\\sqrt{x^2}\n$$\n\n<Callout>in a callout $y_i$</Callout>\n';

async function compiled(importStyles: boolean): Promise<string> {
  return String(
    await compile({ path: 'lesson.mdx', value: source }, mdxCompileOptions({ importStyles })),
  );
}

describe('formulas compiled as HTML strings', () => {
  it('turns every formula, inside components too, into one KatexHtml element', async () => {
    const code = await compiled(false);
    expect(code.match(/_jsx\(KatexHtml, \{/g)).toHaveLength(3);
    // no MathML or KaTeX span left for React to build element by element
    expect(code).not.toMatch(/_components\.(math|mrow|mi)\b/);
    expect(code).not.toContain('virtual:katex-styles');
  });

  it('keeps the MathML screen readers read, without the TeX source repeated in it', async () => {
    const code = await compiled(false);
    expect(code.match(/<math xmlns=/g)).toHaveLength(3);
    expect(code).toMatch(/<mfrac>/);
    expect(code).not.toMatch(/<annotation/);
    expect(code).not.toContain('\\\\frac');
  });

  it('moves every inline style into a class whose CSS the lesson imports', async () => {
    const code = await compiled(true);
    expect(code).not.toMatch(/style=\\?"/);
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
    const strings: string[] = [];
    const collect = () => (tree: { children?: unknown[] }) => {
      const visit = (node: unknown) => {
        const n = node as {
          name?: string;
          attributes?: { name: string; value: unknown }[];
          children?: unknown[];
        };
        if (n.name === 'KatexHtml') {
          const html = n.attributes?.find((a) => a.name === 'html')?.value;
          if (typeof html === 'string') strings.push(html);
        }
        n.children?.forEach(visit);
      };
      visit(tree);
    };
    for (const file of files) {
      const options = mdxCompileOptions();
      await compile(
        { path: file, value: readFileSync(file, 'utf8') },
        { ...options, rehypePlugins: [...(options.rehypePlugins ?? []), collect] },
      );
    }
    expect(strings.length).toBeGreaterThan(800);
    for (const html of strings) {
      expect(html).not.toMatch(/<(script|iframe|object|embed|img|a|link|style)\b/i);
      expect(html).not.toMatch(/\s(on[a-z]+|style|href|src|srcdoc)\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
    }
  });
});
