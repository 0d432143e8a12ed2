// `node scripts/prerender.mjs [dist]` (part of `npm run build`): writes each lesson's and the
// map's first screen into its HTML, so text paints before any JavaScript has run.
//
// Each route is loaded from the build in Debian's Chromium with empty storage, the app renders it
// exactly as a first visit's first render (a lesson's first FIRST_BLOCKS blocks; the rest
// arrives in steps once the app runs), and the contents of #root are saved into the route's
// index.html. Widget and card chunks are held back while it renders, so the snapshot has each
// widget's sized placeholder — what the app's own first render shows — and src/app/main.tsx can
// swap the snapshot for the live app without a visible change. Style attributes are dropped
// (the CSP forbids them in markup; the app sets styles through the CSSOM once it runs).
// Without Chromium the step is skipped with a message: the site works the same, it only paints
// later.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serveDist } from './serve-dist.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const port = Number(process.env.PRERENDER_PORT ?? 4329);

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']
  .filter(Boolean)
  .find((p) => existsSync(p));

const lessonSlugs = readdirSync(path.join(root, 'content/lessons'))
  .map((f) => /^\d\d-([a-z0-9-]+)\.mdx$/.exec(f)?.[1])
  .filter(Boolean);

/** Route, the element that proves it rendered, and the HTML file it is written to. */
const routes = [
  { route: '/', ready: '#home-title', file: 'index.html' },
  ...lessonSlugs.map((slug) => ({
    route: `/lessons/${slug}`,
    ready: '.lesson__body > :not(.lesson__loading)',
    file: `lessons/${slug}/index.html`,
  })),
];

/**
 * JS files a first render may load: the entry, the app it imports (src/app/main.tsx), the map
 * and lesson chunks, their static imports.
 */
function firstRenderFiles() {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const allowed = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || allowed.has(chunk.file)) return;
    allowed.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (
      chunk.isEntry ||
      key.endsWith('src/app/main.tsx') ||
      key.startsWith('content/lessons/') ||
      key.endsWith('src/app/HomePage.tsx')
    ) {
      visit(key);
    }
  }
  return allowed;
}

/**
 * #root's markup without style attributes, and the stylesheets the app added to the head while
 * rendering it (the app's and the lesson's chunk CSS: the study nav's rules, the classes that hold
 * the formulas' KaTeX layout). Runs in the page.
 */
function snapshot() {
  const copy = document.getElementById('root').cloneNode(true);
  for (const element of copy.querySelectorAll('[style]')) element.removeAttribute('style');
  // Vite's loader writes absolute hrefs: keep this site's paths
  const stylesheets = [...document.head.querySelectorAll('link[rel="stylesheet"]')]
    .map((link) => new URL(link.href))
    .filter((url) => url.origin === location.origin)
    .map((url) => url.pathname);
  return { html: copy.innerHTML, stylesheets };
}

/**
 * The template with the first render's chunk stylesheets linked in its head, after the entry's.
 * As render-blocking links they style the first paint exactly as the app will, so the snapshot
 * never paints with its formulas or its header unstyled. Vite's loader finds them by href and
 * does not fetch them again when the app's chunks ask for them.
 */
function withStylesheets(template, stylesheets) {
  const links = stylesheets
    .filter((href) => href.startsWith('/assets/') && !template.includes(`href="${href}"`))
    .map((href) => `\n    <link rel="stylesheet" crossorigin href="${href}">`)
    .join('');
  return template.replace('</head>', () => (links ? `${links}\n  </head>` : '</head>'));
}

/** The service worker precaches each HTML file by its hash: give the new files theirs. */
function updatePrecacheRevisions(files) {
  const sw = path.join(dist, 'sw.js');
  if (!existsSync(sw)) return;
  let source = readFileSync(sw, 'utf8');
  for (const file of files) {
    const revision = createHash('md5')
      .update(readFileSync(path.join(dist, file)))
      .digest('hex');
    source = source.replace(
      new RegExp(`(url:"${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}",revision:")[0-9a-f]+"`),
      `$1${revision}"`,
    );
  }
  writeFileSync(sw, source);
}

async function main() {
  if (!chromiumPath) {
    console.log(
      'prerender: skipped — no Chromium (sudo apt-get install -y chromium, or set CHROMIUM_PATH); ' +
        'pages render on the client only.',
    );
    return;
  }
  const allowed = firstRenderFiles();
  const server = await serveDist(dist, port);
  const browser = await chromium.launch({ executablePath: chromiumPath });
  const written = [];
  try {
    for (const { route, ready, file } of routes) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      // the lesson body stays at its first render's blocks (src/lessons/LessonPage.tsx)
      await page.addInitScript(() => {
        window.__MFML_PRERENDER__ = true;
      });
      // widget and card chunks never arrive: their placeholders stay, as on a first render
      await page.route(/\/assets\/.*\.js$/, (request) => {
        const file = new URL(request.request().url()).pathname.replace(/^\//, '');
        if (allowed.has(file)) void request.continue();
      });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}${route}`, { waitUntil: 'domcontentloaded' });
      await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForLoadState('load');
      if (errors.length > 0) throw new Error(`prerender ${route}: ${errors.join('; ')}`);
      const { html, stylesheets } = await page.evaluate(snapshot);
      await context.close();
      const target = path.join(dist, file);
      const template = readFileSync(target, 'utf8');
      if (!template.includes('<div id="root"></div>')) {
        throw new Error(`prerender: ${file} has no empty <div id="root"></div>`);
      }
      writeFileSync(
        target,
        withStylesheets(template, stylesheets).replace(
          '<div id="root"></div>',
          // data-prerendered names the route, so the app never adopts another route's snapshot
          // (the service worker answers offline navigations with /index.html)
          () => `<div id="root" data-prerendered="${route}">${html}</div>`,
        ),
      );
      written.push(file);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  updatePrecacheRevisions(written);
  console.log(`prerender: wrote the first render of ${written.length} routes into their HTML.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
