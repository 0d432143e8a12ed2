import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readGlossary, remarkGlossary } from '../../build/glossary';
import type { GlossaryBuildTerm } from '../../build/glossary';
import { syllabusSlugs } from '../../src/lessons/glossarySchema';

const terms: GlossaryBuildTerm[] = [
  {
    id: 'dot-product',
    term: 'dot product',
    definition: 'Sum of products.',
    lesson: 'vectors',
    aliases: [],
    linkIn: 'all',
  },
  {
    id: 'vector',
    term: 'vector',
    definition: 'A list of numbers.',
    lesson: 'vectors',
    aliases: ['vectors'],
    linkIn: 'all',
  },
  {
    id: 'value',
    term: 'value',
    definition: 'What attention passes on.',
    lesson: 'attention',
    aliases: [],
    linkIn: 'own',
  },
];

async function linked(file: string, markdown: string): Promise<string> {
  const out = await compile(new VFile({ path: file, value: markdown }), {
    remarkPlugins: [(await import('remark-math')).default, remarkGlossary(terms)],
    jsx: true,
  });
  return String(out);
}

describe('remarkGlossary', () => {
  it('links the first use of a term only, longest name first', async () => {
    const code = await linked(
      '01-vectors.mdx',
      'A vector has a dot product. Another vector, another dot product.',
    );
    expect(
      code.match(/<_components.Term|<Term/g)?.length ?? (code.match(/Term,/g) ?? []).length,
    ).toBeGreaterThan(0);
    expect((code.match(/id="vector"/g) ?? []).length).toBe(1);
    expect((code.match(/id="dot-product"/g) ?? []).length).toBe(1);
  });

  it('never links inside headings, code, links or math', async () => {
    const code = await linked(
      '01-vectors.mdx',
      '## The vector\n\n`vector` and [a vector](/x) and $vector$\n\n```\nvector\n```\n',
    );
    expect(code).not.toContain('id="vector"');
  });

  it('links everyday words only in their own lesson', async () => {
    expect(await linked('01-vectors.mdx', 'whatever its value')).not.toContain('id="value"');
    expect(await linked('08-attention.mdx', 'the value vector')).toContain('id="value"');
  });

  it('leaves files that are not lessons alone', async () => {
    expect(await linked('reference.mdx', 'a vector')).not.toContain('id="vector"');
  });
});

describe('content/glossary.yaml', () => {
  const glossary = readGlossary();

  it('has unique ids and names, each tied to a syllabus lesson', () => {
    const ids = glossary.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of glossary) expect(syllabusSlugs).toContain(t.lesson);
  });

  it('defines every term in one sentence', () => {
    for (const t of glossary) {
      expect(t.definition.trim().endsWith('.'), t.term).toBe(true);
      expect(t.definition.replace(/e\.g\.|i\.e\./g, '').split(/\.\s/).length, t.term).toBe(1);
    }
  });
});
