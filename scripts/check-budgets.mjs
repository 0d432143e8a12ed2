#!/usr/bin/env node
// Deterministic size budgets, run by `npm test` after the build (sizes, never timings):
// - every route's first-load JS (the entry chunk, its static imports, and the route's own lazy
//   chunk with its static imports) must stay ≤ 130 kB gzip, and a lesson's ≤ 110 kB (issue 7's
//   target: matrices once crept 0.4 kB over it unnoticed, because only the cap was checked);
// - neither the KaTeX library nor the MDX compiler may appear in any first-load chunk.
// Reads dist/.vite/manifest.json (build.manifest in vite.config.ts). Usage: [--dist DIR]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distArg = process.argv.indexOf('--dist');
const dist = path.resolve(root, distArg > 0 ? process.argv[distArg + 1] : 'dist');
const HARD_CAP = 130_000;
const LESSON_TARGET = 110_000;

/** Strings only these libraries contain; compiled lessons and our code never do. */
const forbidden = [
  { name: 'the KaTeX library', marker: 'KaTeX parse error' },
  { name: 'the MDX compiler', marker: 'micromark-extension-mdx' },
];

const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

/** A manifest entry's file plus everything it imports statically, recursively. */
function closure(key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of entry.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('the manifest has no entry chunk');
// the entry (src/app/boot.ts) imports the app (src/app/main.tsx) right after the first paint:
// every route loads both
const appKey = Object.keys(manifest).find((k) => k.endsWith('src/app/main.tsx'));
if (!appKey) throw new Error('the manifest has no src/app/main.tsx chunk');
const base = [entryKey, appKey];

const lessonKeys = readdirSync(path.join(root, 'content/lessons'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `content/lessons/${f}`);
const pageKeys = Object.keys(manifest).filter((k) =>
  /src\/(lessons\/(ReferencePage|GlossaryPage)|app\/(ReviewPage|ProgressPage))\.tsx$/.test(k),
);

// the map is its own chunk (src/app/App.tsx loads it for "/" only)
const homeKey = Object.keys(manifest).find((k) => k.endsWith('src/app/HomePage.tsx'));

const routes = [
  { route: '/', keys: homeKey ? [...base, homeKey] : base },
  ...lessonKeys.map((k) => ({
    route: `/lessons/${/\d\d-([a-z0-9-]+)\.mdx$/.exec(k)?.[1]}`,
    keys: [...base, k],
    cap: LESSON_TARGET,
  })),
  ...pageKeys.map((k) => ({ route: k, keys: [...base, k] })),
];

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) {
    gzipCache.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  }
  return gzipCache.get(file);
}

const problems = [];
for (const { route, keys, cap = HARD_CAP } of routes) {
  const chunks = new Set();
  for (const key of keys) {
    if (!manifest[key]) {
      problems.push(`${route}: ${key} is not in the build manifest`);
      continue;
    }
    for (const k of closure(key)) chunks.add(manifest[k].file);
  }
  const files = [...chunks].filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((sum, f) => sum + gzipSize(f), 0);
  if (bytes > cap) {
    problems.push(
      `${route}: first-load JS is ${(bytes / 1000).toFixed(1)} kB gzip (cap ${cap / 1000} kB)`,
    );
  }
  for (const file of files) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    for (const { name, marker } of forbidden) {
      if (text.includes(marker)) problems.push(`${route}: ${name} is in first-load chunk ${file}`);
    }
  }
  console.log(`budget ${route.padEnd(36)} ${(bytes / 1000).toFixed(1).padStart(6)} kB gzip JS`);
}

if (problems.length > 0) {
  console.error(`\nSize budget failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `All ${routes.length} routes within the first-load JS caps (lessons 110 kB, others 130 kB); ` +
    'no KaTeX or MDX compiler.',
);
