#!/usr/bin/env node
// npm run bench [-- --json] [-- --no-build] [-- --no-interaction] [-- --no-lighthouse]
// BENCH_CPU_RATE=6 npm run bench -- --no-lighthouse: the drags at 6× instead of 4× (a probe of the
// widgets' room; the targets are set at 4×).
// Builds and prerenders the site, serves it as a static host would (scripts/serve-dist.mjs), loads
// each route in Debian's Chromium with an empty cache and counts what a first visit really
// downloads (JS, CSS, fonts: gzip bytes), drags each flagship widget's slider at 4× CPU
// throttling, runs Lighthouse (scripts/bench-lighthouse.mjs), then times the math core against
// naive loops.
// A benchmark, never a test: it prints figures and flags budget misses, it does not fail CI.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';
import { CPU_RATE, FRAME_TARGET_MS, measureInteractions } from './bench-interaction.mjs';
import { lighthouseRoutes, lighthouseTargets, RUNS, runLighthouse } from './bench-lighthouse.mjs';
import { serveDist } from './serve-dist.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const port = Number(process.env.BENCH_PORT ?? 4319);
// a build of its own, so the bench never races a test run over dist/
const outDir = path.join(os.tmpdir(), 'math-for-ml-bench-dist');
const log = (...parts) => (asJson ? process.stderr : process.stdout).write(parts.join(' ') + '\n');

/**
 * Routes measured, with the first-load JS budget in gzip bytes: 110 kB for a lesson (DESIGN.md,
 * issue 7) and for `/`, held to a lesson's budget as the front door; reference, glossary,
 * review and progress have no target of their own, only the 130 kB cap that CI enforces on
 * every route (scripts/check-budgets.mjs).
 */
const lessonSlugs = readdirSync(path.join(root, 'content/lessons'))
  .map((f) => /^\d\d-([a-z0-9-]+)\.mdx$/.exec(f)?.[1])
  .filter(Boolean);
export const routes = [
  { path: '/', budgetJs: 110_000, painted: '#home-title' },
  ...lessonSlugs.map((slug) => ({
    path: `/lessons/${slug}`,
    budgetJs: 110_000,
    painted: '.lesson__body h2',
  })),
  { path: '/reference', budgetJs: 130_000, painted: '.lesson__body h2' },
  { path: '/glossary', budgetJs: 130_000, painted: '.glossary__entry' },
  { path: '/review', budgetJs: 130_000, painted: 'main h1' },
  { path: '/progress', budgetJs: 130_000, painted: 'main h1' },
];

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  return candidates.find((p) => p && existsSync(p));
}

const kindOf = (url, type) => {
  if (type === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (type === 'stylesheet' || /\.css(\?|$)/.test(url)) return 'css';
  if (type === 'font' || /\.(woff2?|ttf)(\?|$)/.test(url)) return 'font';
  return 'other';
};

/**
 * JS needed before a route's text paints: the entry chunk, the route's own chunk and their static
 * imports, from the build manifest (scripts/check-budgets.mjs computes it; one source of truth).
 * Timing it in the browser cannot tell these apart from widget chunks requested in the same frame.
 */
const neededBeforeText = new Map();
const pageRoutes = {
  'src/app/ReviewPage.tsx': '/review',
  'src/app/ProgressPage.tsx': '/progress',
  'src/lessons/GlossaryPage.tsx': '/glossary',
  'src/lessons/ReferencePage.tsx': '/reference',
};
function readNeededBeforeText() {
  const out = execSync(`node scripts/check-budgets.mjs --dist ${outDir}`, {
    cwd: root,
    encoding: 'utf8',
  });
  for (const match of out.matchAll(/^budget (\S+)\s+([\d.]+) kB/gm)) {
    const route = pageRoutes[match[1]] ?? match[1];
    neededBeforeText.set(route, Number(match[2]) * 1000);
  }
}

async function measureRoute(browser, route) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(`http://127.0.0.1:${port}${route.path}`, { waitUntil: 'commit' });
  await page.locator(route.painted).first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  // lazy chunks (a widget) arrive after the lesson renders; let the network settle again
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const totals = {
    js: 0,
    jsBeforeText: 0,
    css: 0,
    font: 0,
    files: { js: [], css: [], font: [] },
    katexJs: false,
  };
  for (const response of responses) {
    const url = response.url();
    const kind = kindOf(url, response.request().resourceType());
    if (kind === 'other') continue;
    const body = await response.body().catch(() => null);
    if (!body) continue;
    const gz = kind === 'font' ? body.length : gzipSync(body, { level: 9 }).length;
    totals[kind] += gz;
    totals.files[kind].push({ file: url.replace(/^https?:\/\/[^/]+/, ''), gzip: gz });
    // the KaTeX library carries this message; build-time formulas never need it
    if (kind === 'js' && body.includes('KaTeX parse error')) totals.katexJs = true;
  }
  await context.close();
  totals.jsBeforeText = neededBeforeText.get(route.path) ?? NaN;
  return { route: route.path, budgetJs: route.budgetJs, ...totals };
}

function table(rows, columns) {
  const widths = columns.map(([title, get]) =>
    Math.max(title.length, ...rows.map((r) => String(get(r)).length)),
  );
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [
    line(columns.map(([t]) => t)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map(([, get]) => get(r)))),
  ].join('\n');
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

async function main() {
  const exe = chromiumPath();
  if (!exe) {
    log('Chromium is missing: run "sudo apt-get update && sudo apt-get install -y chromium".');
    process.exit(1);
  }
  if (!args.has('--no-build')) {
    log('Building…');
    execSync(`npx vite build --outDir ${outDir} --emptyOutDir`, {
      cwd: root,
      stdio: asJson ? 'ignore' : 'inherit',
    });
    execSync(`node scripts/prerender.mjs ${outDir}`, {
      cwd: root,
      stdio: asJson ? 'ignore' : 'inherit',
    });
  }
  // served as a static host would: gzip, the _headers CSP, long-lived hashed assets
  const server = await serveDist(outDir, port);
  readNeededBeforeText();
  const results = { machine: {}, routes: [], lighthouse: [], interactions: [], math: [] };
  try {
    const browser = await chromium.launch({
      executablePath: exe,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    for (const route of routes) results.routes.push(await measureRoute(browser, route));
    if (!args.has('--no-interaction')) {
      results.interactions = await measureInteractions(browser, server.url);
    }
    await browser.close();
    if (!args.has('--no-lighthouse')) {
      log(`Lighthouse: ${lighthouseRoutes.length} routes × ${RUNS} runs…`);
      results.lighthouse = await runLighthouse(server.url, exe, lighthouseRoutes, log);
    }
  } finally {
    await server.close();
  }

  const { verdict } = await tsImport('./bench-math.ts', import.meta.url);
  // In a Node process of its own: run here, after Lighthouse had run in this process, V8 ran the
  // naive softmax loop three times faster (1.34 ms against 3.7–3.9 ms) and the core/naive ratio
  // read 2.77 where a fresh process reads 1.02–1.03 (2026-11-24).
  results.math = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-math.ts', '--json'], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  results.machine = {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    cpuThrottling: CPU_RATE,
    chromium: execSync(`${exe} --version`, { encoding: 'utf8' }).trim(),
  };

  if (asJson) {
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  } else {
    log(
      `\nFirst visit, gzip kB (${results.machine.chromium}, ${results.machine.cores} cores).\n` +
        '"needed before text" = entry + route chunk and their imports (build manifest); ' +
        '"total" = all JS Chromium downloaded, widgets and cards included.\n',
    );
    log(
      table(results.routes, [
        ['route', (r) => r.route],
        ['JS needed before text kB', (r) => kB(r.jsBeforeText)],
        ['budget', (r) => kB(r.budgetJs)],
        ['ok', (r) => (r.jsBeforeText <= r.budgetJs ? 'yes' : 'OVER')],
        ['JS total kB', (r) => kB(r.js)],
        ['CSS kB', (r) => kB(r.css)],
        ['font kB', (r) => kB(r.font)],
        ['KaTeX JS', (r) => (r.katexJs ? 'LOADED' : 'none')],
        ['JS files', (r) => r.files.js.length],
      ]),
    );
    log(
      `\nDragging the main slider through 60 positions, ${CPU_RATE}× CPU throttling (ms)` +
        (CPU_RATE === 4 ? '' : ' — a probe: the targets are set at 4×') +
        '; each widget ' +
        'dragged 3 times in fresh pages, percentiles over all 180 inputs and frames. "worker ' +
        'draw": the picture painter\'s time per scene drawn during the drags, in real ms ' +
        '(workers are not throttled; at 4× it would be at most four times as long). Targets: ' +
        'frame p95 ≤ 20 ms; DESIGN.md also aims at input p95 ≤ 8 ms. "long": frames over ' +
        '20 ms of 180, and how many the p95 target allows. "machine index": Lighthouse\'s ' +
        'benchmark run in the page before each drag, unthrottled (higher is faster; this ' +
        'machine usually reads 1,500–2,300)\n',
    );
    log(
      table(results.interactions, [
        ['widget', (r) => r.widget],
        ['input p50', (r) => (r.error ? '—' : r.inputP50.toFixed(1))],
        ['input p95', (r) => (r.error ? '—' : r.inputP95.toFixed(1))],
        // DESIGN.md's aim for script + style + layout per input; issues 4 and 7 set only the
        // frame target, so this column informs and the frame column decides
        ['≤ 8 ms', (r) => (r.error ? '—' : r.inputP95 <= 8 ? 'yes' : 'over')],
        ['frame p50', (r) => (r.error ? '—' : r.frameP50.toFixed(1))],
        ['frame p95', (r) => (r.error ? r.error : r.frameP95.toFixed(1))],
        [
          `≤ ${FRAME_TARGET_MS} ms`,
          (r) => (r.error ? 'ERROR' : r.frameP95 <= FRAME_TARGET_MS ? 'yes' : 'SLOW'),
        ],
        ['long', (r) => (r.error ? '—' : `${r.longFrames} (≤ ${r.longFramesAllowed})`)],
        [
          'worker draw p50 / p95 (n)',
          (r) =>
            r.error || r.workerP50 === null
              ? '—'
              : `${r.workerP50.toFixed(2)} / ${r.workerP95.toFixed(2)} (${r.workerDraws})`,
        ],
        [
          'frame p95 per drag',
          (r) => (r.error ? '—' : r.perDrag.map((d) => d.frameP95.toFixed(1)).join(' / ')),
        ],
        [
          'machine index per drag',
          (r) => (r.error ? '—' : r.perDrag.map((d) => Math.round(d.cpuIndex)).join(' / ')),
        ],
      ]),
    );
    if (results.lighthouse.length > 0) {
      const t = lighthouseTargets;
      const mark = (ok, text) => (ok ? text : `${text} MISS`);
      log(
        `\nLighthouse 12.8, mobile preset, median of ${RUNS} runs ` +
          '(targets: performance ≥ 98, accessibility 100, best practices ≥ 96, TBT ≤ 150 ms, CLS ≤ 0.02)\n',
      );
      log(
        table(results.lighthouse, [
          ['route', (r) => r.route],
          ['perf', (r) => mark(t.performance(r.performance), r.performance)],
          ['a11y', (r) => mark(t.accessibility(r.accessibility), r.accessibility)],
          ['best practices', (r) => mark(t.bestPractices(r.bestPractices), r.bestPractices)],
          ['FCP ms', (r) => Math.round(r.fcpMs)],
          ['LCP ms', (r) => Math.round(r.lcpMs)],
          ['TBT ms', (r) => mark(t.tbtMs(r.tbtMs), Math.round(r.tbtMs))],
          ['CLS', (r) => mark(t.cls(r.cls), r.cls.toFixed(3))],
          ['SI ms', (r) => Math.round(r.speedIndexMs)],
          ['perf per run', (r) => r.runs.join(' / ')],
          ['TBT per run', (r) => r.tbtRuns.map((ms) => Math.round(ms)).join(' / ')],
          ['machine index per run', (r) => r.benchmarkIndexRuns.map(Math.round).join(' / ')],
        ]),
      );
      for (const r of results.lighthouse) {
        if (r.failing.length > 0) log(`  ${r.route} audits below 0.9: ${r.failing.join(', ')}`);
      }
    }
    log('\nMath core vs a naive typed-array loop (median ms; target ratio ≤ 1.5)\n');
    log(
      table(results.math, [
        ['benchmark', (r) => r.name],
        ['core ms', (r) => r.coreMs.toFixed(3)],
        ['naive ms', (r) => r.naiveMs.toFixed(3)],
        ['ratio', (r) => r.ratio.toFixed(2)],
        ['ok', verdict],
      ]),
    );
  }
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'latest.json'), JSON.stringify(results, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
