// Reads lesson files at build time: frontmatter (validated) and the heading outline.
// Used by the Vite plugin (virtual:lessons) and by the content tests, so both agree.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { frontmatterSchema } from '../src/lessons/frontmatterSchema.ts';
import type { Heading, LessonMeta } from '../src/lessons/frontmatter.ts';

export const lessonsDir = path.resolve(import.meta.dirname, '../content/lessons');

const fileName = /^(\d\d)-([a-z0-9-]+)\.mdx$/;

export interface LessonFile {
  file: string;
  source: string;
  body: string;
  meta: LessonMeta;
}

/** Splits `---\nyaml\n---\nbody`; a lesson without frontmatter is an error. */
export function splitFrontmatter(source: string, file: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error(`${file}: a lesson must start with a --- frontmatter block ---`);
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Plain text of a markdown heading, as rehype-slug sees it (code ticks and emphasis dropped). */
function headingText(raw: string): string {
  return raw
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*?([^*]+)\*\*?/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

/** ## and ### headings outside code fences, with the ids rehype-slug will give them. */
export function extractHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const text = headingText(match[2]);
    headings.push({ depth: match[1].length as 2 | 3, text, id: slugger.slug(text) });
  }
  return headings;
}

export function readLesson(file: string): LessonFile {
  const name = path.basename(file);
  const source = readFileSync(file, 'utf8');
  const { yaml, body } = splitFrontmatter(source, name);
  const parsed = frontmatterSchema.safeParse(parseYaml(yaml));
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`${name}: invalid frontmatter — ${problems}`);
  }
  const fm = parsed.data;
  const parts = fileName.exec(name);
  if (!parts) throw new Error(`${name}: lesson files are named NN-slug.mdx`);
  if (Number(parts[1]) !== fm.order || parts[2] !== fm.slug) {
    throw new Error(
      `${name}: the file name says order ${Number(parts[1])} and slug "${parts[2] ?? ''}", ` +
        `the frontmatter says order ${fm.order} and slug "${fm.slug}"`,
    );
  }
  return { file: name, source, body, meta: { ...fm, headings: extractHeadings(body) } };
}

/** Every lesson, sorted by order, with cross-lesson checks (unique order, known prerequisites). */
export function readAllLessons(dir = lessonsDir): LessonFile[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readLesson(path.join(dir, f)));
  const bySlug = new Map(files.map((l) => [l.meta.slug, l.meta]));
  const orders = new Set<number>();
  for (const { file, meta } of files) {
    if (orders.has(meta.order)) throw new Error(`${file}: order ${meta.order} is used twice`);
    orders.add(meta.order);
    for (const pre of meta.prerequisites) {
      const target = bySlug.get(pre);
      if (!target) throw new Error(`${file}: prerequisite "${pre}" is not a lesson`);
      if (target.order >= meta.order) {
        throw new Error(`${file}: prerequisite "${pre}" must come earlier in the course`);
      }
    }
  }
  return files;
}
