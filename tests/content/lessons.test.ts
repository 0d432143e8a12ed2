import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllLessons, readLesson } from '../../build/lesson-source';
import { referenceFile } from '../../build/site-plugin';
import { registeredTags } from '../../src/lessons/registry';
import { checkLesson } from './checkLesson';

const lessons = readAllLessons();
const slugs = new Set(lessons.map((l) => l.meta.slug));
const appRoutes = new Set(['/']);

describe('every lesson in content/lessons', () => {
  it('has at least the first lesson', () => {
    expect(slugs.has('vectors')).toBe(true);
  });

  for (const lesson of lessons) {
    describe(lesson.file, () => {
      it('compiles with no KaTeX error, no unregistered tag and no raw HTML', async () => {
        const report = await checkLesson(lesson.file, lesson.source, registeredTags);
        expect(report.problems).toEqual([]);
      });

      it('has the heading ids its table of contents links to', async () => {
        const report = await checkLesson(lesson.file, lesson.source, registeredTags);
        const missing = lesson.meta.headings.filter((h) => !report.ids.has(h.id)).map((h) => h.id);
        expect(missing).toEqual([]);
      });

      it('links only to lessons, headings and routes that exist', async () => {
        const report = await checkLesson(lesson.file, lesson.source, registeredTags);
        const broken: string[] = [];
        for (const { url, line } of report.links) {
          if (/^(https?:|mailto:)/.test(url)) continue;
          const [pathPart = '', hash] = url.split('#');
          const target =
            pathPart === '' ? lesson : lessons.find((l) => `/lessons/${l.meta.slug}` === pathPart);
          if (!target && !appRoutes.has(pathPart)) {
            broken.push(`${lesson.file}:${line}: ${url} — no such page`);
            continue;
          }
          if (hash && target && !target.meta.headings.some((h) => h.id === hash)) {
            broken.push(`${lesson.file}:${line}: ${url} — no heading #${hash}`);
          }
        }
        expect(broken).toEqual([]);
      });

      it('ends with a recap and common confusions', () => {
        expect(lesson.body).toContain('<Recap>');
        expect(lesson.body).toContain('<CommonConfusions>');
        expect((lesson.body.match(/<Confusion /g) ?? []).length).toBeGreaterThanOrEqual(2);
      });
    });
  }
});

describe('content/pages/reference.mdx', () => {
  it('compiles cleanly and links only to lessons that exist', async () => {
    const source = readFileSync(referenceFile, 'utf8');
    const report = await checkLesson('reference.mdx', source, registeredTags);
    expect(report.problems).toEqual([]);
    const broken = report.links
      .filter(
        ({ url }) => url.startsWith('/lessons/') && !slugs.has(url.slice(9).split('#')[0] ?? ''),
      )
      .map(({ url, line }) => `reference.mdx:${line}: ${url}`);
    expect(broken).toEqual([]);
  });
});

describe('the lesson checker itself', () => {
  it('reports a KaTeX error with the file, the line and the formula', async () => {
    const source = 'Fine text.\n\nBroken $\\frac{1}{$ formula.\n';
    const report = await checkLesson('bad.mdx', source, registeredTags);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(
      /^bad\.mdx:3: rehype-katex: .*— in: Broken \$\\frac\{1\}\{\$ formula\.$/,
    );
  });

  it('reports a KaTeX strict-mode warning as an error', async () => {
    const report = await checkLesson('strict.mdx', 'Unicode in math: $é$\n', registeredTags);
    expect(report.problems.join('\n')).toMatch(/strict\.mdx:1/);
  });

  it('reports an unregistered tag and a raw HTML tag', async () => {
    const source = '<NoSuchWidget />\n\n<div>raw</div>\n';
    const report = await checkLesson('tags.mdx', source, registeredTags);
    expect(report.problems).toEqual([
      'tags.mdx:1: <NoSuchWidget> is not in src/lessons/registry.tsx',
      'tags.mdx:3: raw HTML tag <div>; use markdown or a registered component',
    ]);
  });
});

describe('frontmatter validation', () => {
  const write = (name: string, text: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lesson-'));
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const valid = [
    'title: A lesson',
    'slug: a-lesson',
    'order: 3',
    'summary: A summary that is long enough to pass.',
    'minutes: 10',
    'prerequisites: []',
    'pillar: calculus',
  ];

  it('accepts a valid lesson', () => {
    const file = write('03-a-lesson.mdx', `---\n${valid.join('\n')}\n---\n\nBody.\n`);
    expect(readLesson(file).meta.slug).toBe('a-lesson');
  });

  it('names the file and the field of invalid frontmatter', () => {
    const text = valid.map((l) => (l.startsWith('minutes') ? 'minutes: ten' : l)).join('\n');
    const file = write('03-a-lesson.mdx', `---\n${text}\n---\n`);
    expect(() => readLesson(file)).toThrow(/03-a-lesson\.mdx: invalid frontmatter — minutes:/);
  });

  it('rejects an unknown pillar and an unknown field', () => {
    const text = [...valid.slice(0, 6), 'pillar: geometry', 'author: me'].join('\n');
    const file = write('03-a-lesson.mdx', `---\n${text}\n---\n`);
    expect(() => readLesson(file)).toThrow(/pillar:.*author|author.*pillar|pillar/);
  });

  it('rejects a file name that disagrees with the frontmatter', () => {
    const file = write('04-other.mdx', `---\n${valid.join('\n')}\n---\n`);
    expect(() => readLesson(file)).toThrow(/file name says order 4 and slug "other"/);
  });
});
