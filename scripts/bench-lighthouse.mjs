// Lighthouse 12.8 (mobile preset: Moto G Power viewport, simulated slow 4G and 4× CPU) on the
// routes DESIGN.md names, three runs each in a fresh headless Debian Chromium, median run by
// Lighthouse's own computeMedianRun. scripts/bench.mjs calls runLighthouse(); on its own:
// `node scripts/bench-lighthouse.mjs <base-url> [route…]` prints the median figures.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { pathToFileURL } from 'node:url';

export const lighthouseRoutes = ['/', '/lessons/gradient-descent', '/lessons/attention'];
export const RUNS = 3;

/** The targets DESIGN.md and issue 7 set. */
export const lighthouseTargets = {
  performance: (v) => v >= 98,
  accessibility: (v) => v === 100,
  bestPractices: (v) => v >= 96,
  tbtMs: (v) => v <= 150,
  cls: (v) => v <= 0.02,
};

function summarise(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const failing = Object.entries(lhr.audits)
    .filter(
      ([, a]) =>
        a.score !== null &&
        a.score < 0.9 &&
        (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'),
    )
    .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    speedIndexMs: audit('speed-index'),
    // Lighthouse's own measure of how fast the machine was during the run (higher is faster):
    // on a shared 2-core machine it tells a slow hour from a slower page
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
    failing,
  };
}

/** Median-of-RUNS Lighthouse figures for each route under baseUrl. */
export async function runLighthouse(
  baseUrl,
  chromePath,
  routes = lighthouseRoutes,
  log = () => {},
) {
  const results = [];
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      // a fresh browser per run: an empty cache and no service worker from the run before
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      });
      try {
        const result = await lighthouse(`${baseUrl}${route}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
        runs.push(result.lhr);
      } finally {
        await chrome.kill();
      }
    }
    const median = summarise(computeMedianRun(runs));
    log(`lighthouse ${route}: performance ${median.performance}`);
    results.push({
      route,
      ...median,
      runs: runs.map((r) => summarise(r).performance),
      tbtRuns: runs.map((r) => summarise(r).tbtMs),
      benchmarkIndexRuns: runs.map((r) => summarise(r).benchmarkIndex),
    });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [base = 'http://127.0.0.1:4173', ...routes] = process.argv.slice(2);
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
  const results = await runLighthouse(
    base,
    chromePath,
    routes.length ? routes : lighthouseRoutes,
    console.error,
  );
  console.log(JSON.stringify(results, null, 2));
}
