import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../../scripts/check-budgets.mjs');
const lessons = readdirSync(path.resolve(import.meta.dirname, '../../content/lessons')).filter(
  (f) => f.endsWith('.mdx'),
);

/**
 * A fake build: a tiny entry (src/app/boot.ts in the real one), the app chunk it imports after
 * the first paint holding `appText`, and one chunk per lesson.
 */
function fakeDist(appText: string): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'budget-'));
  mkdirSync(path.join(dist, '.vite'));
  mkdirSync(path.join(dist, 'assets'));
  const manifest: Record<string, unknown> = {
    'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: ['src/app/main.tsx'] },
    'src/app/main.tsx': { file: 'assets/main.js', imports: ['index.html'] },
  };
  writeFileSync(path.join(dist, 'assets/index.js'), 'import("./main.js");');
  writeFileSync(path.join(dist, 'assets/main.js'), appText);
  for (const lesson of lessons) {
    const file = `assets/${lesson}.js`;
    manifest[`content/lessons/${lesson}`] = { file };
    writeFileSync(path.join(dist, file), 'export default 1;');
  }
  writeFileSync(path.join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  return dist;
}

function run(dist: string): { code: number; output: string } {
  try {
    const output = execFileSync('node', [script, '--dist', dist], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

describe('scripts/check-budgets.mjs', () => {
  it('passes a small build', () => {
    expect(run(fakeDist('console.log(1);')).code).toBe(0);
  });

  it('fails when a route loads more than 130 kB gzip of JS first', () => {
    // random bytes do not compress: 200 kB of them in base64 stay far above the cap
    const noise = randomBytes(200_000).toString('base64');
    const result = run(fakeDist(`/*${noise}*/`));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/\/: first-load JS is \d+\.\d kB gzip \(cap 130 kB\)/);
  });

  it('fails when the KaTeX library or the MDX compiler is in a first-load chunk', () => {
    const result = run(fakeDist('"KaTeX parse error"; "micromark-extension-mdxjs-esm";'));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/the KaTeX library is in first-load chunk assets\/main\.js/);
    expect(result.output).toMatch(/the MDX compiler is in first-load chunk assets\/main\.js/);
  });
});
