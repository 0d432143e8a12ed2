// `virtual:lessons`: the validated frontmatter and heading outline of every lesson, available to
// the app shell without loading any lesson chunk. After the build it writes one HTML entry per
// route (dist/lessons/<slug>/index.html and dist/404.html) so deep links and reloads work on any
// plain static server, not only on `vite preview`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { lessonsDir, readAllLessons } from './lesson-source.ts';

const virtualId = 'virtual:lessons';
const resolvedId = '\0' + virtualId;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** index.html with the route's own title and description, so the first paint is already right. */
export function routeHtml(template: string, title: string, description: string): string {
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"/,
      `<meta name="description" content="${escapeHtml(description)}"`,
    );
}

/** App routes besides lessons that get their own HTML entry: [path, title, description]. */
const extraRoutes: [string, string, string][] = [
  ['reference', 'Key identities', 'Every key formula of the guide, each linked to its lesson.'],
  ['glossary', 'Glossary', 'Every term the lessons use, in one sentence.'],
  ['review', 'Review', 'Your study cards that are due, on a spaced-repetition schedule.'],
  ['progress', 'Progress', 'Lessons read, cards learned and due, and your review history.'],
];

export function lessonsPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'math-for-ml:lessons',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(lessonsDir);
      const lessons = readAllLessons().map((l) => l.meta);
      for (const l of readAllLessons()) this.addWatchFile(path.join(lessonsDir, l.file));
      return `export const lessons = ${JSON.stringify(lessons)};`;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(lessonsDir)) return undefined;
      const mod = ctx.server.moduleGraph.getModuleById(resolvedId);
      if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      return undefined;
    },
    writeBundle() {
      if (!config || config.command !== 'build') return;
      const outDir = path.resolve(config.root, config.build.outDir);
      const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      for (const { meta } of readAllLessons()) {
        const dir = path.join(outDir, 'lessons', meta.slug);
        mkdirSync(dir, { recursive: true });
        writeFileSync(
          path.join(dir, 'index.html'),
          routeHtml(template, `${meta.title} — Math for ML`, meta.summary),
        );
      }
      for (const [route, title, description] of extraRoutes) {
        mkdirSync(path.join(outDir, route), { recursive: true });
        writeFileSync(
          path.join(outDir, route, 'index.html'),
          routeHtml(template, `${title} — Math for ML`, description),
        );
      }
      writeFileSync(
        path.join(outDir, '404.html'),
        routeHtml(template, 'Page not found — Math for ML', 'This page does not exist.'),
      );
    },
  };
}
