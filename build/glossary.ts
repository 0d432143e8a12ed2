// The glossary at build time: content/glossary.yaml validated, given ids, and a remark plugin that
// links the first use of each term in a lesson to /glossary#id with its definition on hover/focus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { parse as parseYaml } from 'yaml';
import { glossarySchema } from '../src/lessons/glossarySchema.ts';

export const glossaryFile = path.resolve(import.meta.dirname, '../content/glossary.yaml');

export interface GlossaryBuildTerm {
  /** Anchor id on /glossary (github-slugger of the term). */
  id: string;
  term: string;
  definition: string;
  lesson: string;
  aliases: string[];
  linkIn: 'all' | 'own';
}

export function readGlossary(file = glossaryFile): GlossaryBuildTerm[] {
  const parsed = glossarySchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `entry ${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`content/glossary.yaml: ${problems}`);
  }
  const slugger = new GithubSlugger();
  const seen = new Map<string, string>();
  return parsed.data.map((entry) => {
    for (const name of [entry.term, ...entry.aliases]) {
      const key = name.toLowerCase();
      const other = seen.get(key);
      if (other) throw new Error(`content/glossary.yaml: "${name}" is used by "${other}" too`);
      seen.set(key, entry.term);
    }
    return { ...entry, id: slugger.slug(entry.term) };
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Containers whose text is never linked: headings, links, and our own components' labels. */
const skipParents = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code']);

/** The lesson slug from a file path like content/lessons/03-gradient-descent.mdx. */
function lessonOf(file: VFile): string | null {
  return /\d\d-([a-z0-9-]+)\.mdx$/.exec(file.path)?.[1] ?? null;
}

/**
 * remark plugin: in each lesson, the first use of every glossary term (or alias) becomes
 * `<Term id="…" definition="…">text</Term>`. Matching is case-insensitive on whole words, longest
 * names first; terms marked `linkIn: own` are linked only in their own lesson.
 */
export function remarkGlossary(terms: readonly GlossaryBuildTerm[] = readGlossary()) {
  const names = terms
    .flatMap((t) => [t.term, ...t.aliases].map((name) => ({ name, term: t })))
    .sort((a, b) => b.name.length - a.name.length);
  const byName = new Map(names.map((n) => [n.name.toLowerCase(), n.term]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(${names.map((n) => escapeRegExp(n.name)).join('|')})(?![\\p{L}\\p{N}-])`,
    'giu',
  );

  return () => (tree: Root, file: VFile) => {
    const lesson = lessonOf(file);
    if (!lesson) return;
    const linked = new Set<string>();
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => skipParents.has(a.type))) return;
      const parent = ancestors[ancestors.length - 1];
      if (!parent || !('children' in parent)) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        const text = match[0];
        const term = byName.get(text.toLowerCase());
        if (!term || linked.has(term.id)) continue;
        if (term.linkIn === 'own' && term.lesson !== lesson) continue;
        linked.add(term.id);
        if (match.index > last)
          parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push({
          type: 'mdxJsxTextElement',
          name: 'Term',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'id', value: term.id },
            { type: 'mdxJsxAttribute', name: 'definition', value: term.definition },
          ],
          children: [{ type: 'text', value: text }],
        });
        last = match.index + text.length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      const siblings = parent.children as PhrasingContent[];
      const index = siblings.indexOf(node);
      siblings.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
