// Times the math core against naive Float64Array loops written here, to show the core's
// validation and plain-array interface cost little. `npx tsx scripts/bench-math.ts` prints a
// table (`--json`: the raw results, which `npm run bench` reads). A benchmark, never a test.
import { pathToFileURL } from 'node:url';
import {
  gradientDescent,
  gradientDescentTrace,
  matmul,
  scaledDotProductAttention,
  softmax,
} from '../src/math/index';

export interface MathBenchResult {
  name: string;
  /** Median CPU milliseconds per call of the math core (plain arrays in and out, validated). */
  coreMs: number;
  /** Median CPU milliseconds per call of the naive typed-array loop. */
  naiveMs: number;
  /** Median of back-to-back core/naive ratios (robust to load changing on a shared machine). */
  ratio: number;
  /** The ratio the case must stay under, or null for a case printed for information only. */
  target: number | null;
}

/** Whether a result meets its target: 'yes', 'SLOW', or 'info' for an untargeted case. */
export function verdict(r: MathBenchResult): string {
  if (r.target === null) return 'info';
  return r.ratio <= r.target ? 'yes' : 'SLOW';
}

interface Case {
  name: string;
  core: () => number;
  naive: () => number;
  /** Defaults to TARGET; null = informational. */
  target?: number | null;
}

const TARGET = 1.5;

const REPETITIONS = 11;
const BATCH_MS = 15;
const WARMUP_MS = 150;

/** Deterministic pseudo-random data (the bench must not depend on Math.random). */
function data(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[i] = s / 1073741824 - 1;
  }
  return out;
}

function nested(flat: Float64Array, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from(flat.subarray(i * cols, (i + 1) * cols)),
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

let sink = 0;

/** CPU milliseconds used by this process so far (user + system, all threads, so GC counts). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU milliseconds per call over a batch of `calls` calls. CPU time rather than wall time: on a
 * shared machine another process's burst would otherwise land on whichever side was running.
 */
function timeBatch(fn: () => number, calls: number): number {
  const start = cpuMs();
  for (let i = 0; i < calls; i++) sink += fn();
  return (cpuMs() - start) / calls;
}

/** How many calls fill about BATCH_MS, after warming the function up for the JIT. */
function calibrate(fn: () => number): number {
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < WARMUP_MS) {
    sink += fn();
    calls++;
  }
  return Math.max(1, Math.round((calls * BATCH_MS) / WARMUP_MS));
}

function run({ name, core, naive, target = TARGET }: Case): MathBenchResult {
  const coreCalls = calibrate(core);
  const naiveCalls = calibrate(naive);
  const coreTimes: number[] = [];
  const naiveTimes: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < REPETITIONS; r++) {
    // alternate which goes first so neither always inherits the other's garbage collection
    let c: number;
    let n: number;
    if (r % 2 === 0) {
      c = timeBatch(core, coreCalls);
      n = timeBatch(naive, naiveCalls);
    } else {
      n = timeBatch(naive, naiveCalls);
      c = timeBatch(core, coreCalls);
    }
    coreTimes.push(c);
    naiveTimes.push(n);
    ratios.push(c / n);
  }
  return {
    name,
    coreMs: median(coreTimes),
    naiveMs: median(naiveTimes),
    ratio: median(ratios),
    target,
  };
}

function matmulCase(n: number): Case {
  const a = data(n * n, 1);
  const b = data(n * n, 2);
  const A = nested(a, n, n);
  const B = nested(b, n, n);
  return {
    name: `matmul ${n}×${n}`,
    core: () => matmul(A, B)[n - 1]?.[n - 1] ?? 0,
    naive: () => {
      // the textbook triple loop on flat row-major arrays
      const c = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += (a[i * n + k] as number) * (b[k * n + j] as number);
          c[i * n + j] = s;
        }
      }
      return c[n * n - 1] as number;
    },
  };
}

function softmaxCase(n: number): Case {
  const z = data(n, 3).map((v) => v * 20);
  const Z = Array.from(z);
  return {
    name: `softmax of ${n.toExponential(0).replace('e+', 'e')} logits`,
    core: () => softmax(Z)[0] ?? 0,
    naive: () => {
      let max = -Infinity;
      for (let i = 0; i < n; i++) max = Math.max(max, z[i] as number);
      const out = new Float64Array(n);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += out[i] = Math.exp((z[i] as number) - max);
      for (let i = 0; i < n; i++) out[i] = (out[i] as number) / sum;
      return out[0] as number;
    },
  };
}

function attentionCase(n: number, d: number): Case {
  const q = data(n * d, 4);
  const k = data(n * d, 5);
  const v = data(n * d, 6);
  const [Q, K, V] = [nested(q, n, d), nested(k, n, d), nested(v, n, d)];
  const scale = 1 / Math.sqrt(d);
  return {
    name: `attention ${n}×${d}`,
    core: () => scaledDotProductAttention(Q, K, V).output[0]?.[0] ?? 0,
    naive: () => {
      const w = new Float64Array(n * n);
      const out = new Float64Array(n * d);
      for (let i = 0; i < n; i++) {
        let max = -Infinity;
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let c = 0; c < d; c++) s += (q[i * d + c] as number) * (k[j * d + c] as number);
          w[i * n + j] = s * scale;
          max = Math.max(max, s * scale);
        }
        let sum = 0;
        for (let j = 0; j < n; j++) sum += w[i * n + j] = Math.exp((w[i * n + j] as number) - max);
        for (let j = 0; j < n; j++) {
          const wij = (w[i * n + j] as number) / sum;
          w[i * n + j] = wij;
          for (let c = 0; c < d; c++) {
            out[i * d + c] = (out[i * d + c] as number) + wij * (v[j * d + c] as number);
          }
        }
      }
      return out[0] as number;
    },
  };
}

type DescentRecording = 'verdict' | 'path objects' | 'typed trace';

function descentCase(steps: number, record: DescentRecording): Case {
  // the guide's regression example; both sides call the same loss and gradient
  const xs = [1, 2, 3, 4, 5];
  const ys = [2.1, 3.9, 6.2, 7.8, 10.1];
  const loss = (p: ArrayLike<number>): number => {
    let s = 0;
    for (let i = 0; i < 5; i++)
      s += ((p[0] as number) * (xs[i] as number) - (ys[i] as number)) ** 2;
    return s / 5;
  };
  const grad = (p: ArrayLike<number>): number[] => {
    let s = 0;
    for (let i = 0; i < 5; i++) {
      s += ((p[0] as number) * (xs[i] as number) - (ys[i] as number)) * (xs[i] as number);
    }
    return [(2 / 5) * s];
  };
  const eta = 0.01;
  return {
    name: `gradient descent ${steps.toExponential(0).replace('e+', 'e')} steps, ${record}`,
    core: {
      // the run and its status; the path objects are built only when read
      verdict: () => gradientDescent({ loss, grad, x0: [0], learningRate: eta, steps }).stepsTaken,
      // the same, then every one of the 10⁴ path objects materialised
      'path objects': () =>
        gradientDescent({ loss, grad, x0: [0], learningRate: eta, steps }).path.length,
      'typed trace': () =>
        gradientDescentTrace({ loss, grad, x0: [0], learningRate: eta, steps }).count,
    }[record],
    // the typed record is what the naive loop builds; 10⁴ point objects are a representation a
    // reader opts into, so their cost is shown but not held to the loop's target
    target: record === 'path objects' ? null : TARGET,
    naive: () => {
      // records the same path (x, loss, gradient per point) into flat arrays
      const xsPath = new Float64Array(steps + 1);
      const lossPath = new Float64Array(steps + 1);
      const gradPath = new Float64Array(steps + 1);
      const x = new Float64Array(1);
      for (let k = 0; k <= steps; k++) {
        const g = grad(x);
        xsPath[k] = x[0] as number;
        lossPath[k] = loss(x);
        gradPath[k] = g[0] as number;
        x[0] = (x[0] as number) - eta * (g[0] as number);
      }
      return xsPath.length;
    },
  };
}

/** Runs every benchmark; about 5 s of CPU on an idle machine. */
export async function benchMath(): Promise<MathBenchResult[]> {
  const cases = [
    matmulCase(64),
    matmulCase(256),
    softmaxCase(1e5),
    attentionCase(128, 64),
    descentCase(1e4, 'verdict'),
    descentCase(1e4, 'typed trace'),
    descentCase(1e4, 'path objects'),
  ];
  const results: MathBenchResult[] = [];
  for (const c of cases) {
    results.push(run(c));
    // yield between cases so an importing script's event loop is not starved
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (!Number.isFinite(sink))
    results.push({ name: 'sink', coreMs: 0, naiveMs: 0, ratio: 0, target: null });
  return results;
}

function printTable(results: MathBenchResult[]): void {
  const rows = [
    ['benchmark', 'core ms', 'naive ms', 'ratio', 'ok'],
    ...results.map((r) => [
      r.name,
      r.coreMs.toFixed(3),
      r.naiveMs.toFixed(3),
      r.ratio.toFixed(2),
      verdict(r),
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  for (const row of rows) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  '),
    );
  }
  console.log(
    `\nCPU ms per call, median of ${REPETITIONS} batches of ~${BATCH_MS} ms after warm-up; ` +
      'ratio = median of back-to-back core/naive ratios; target ≤ 1.5.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // --json: the raw results on stdout, for scripts/bench.mjs (which runs this in its own process)
  void benchMath().then((results) =>
    process.argv.includes('--json')
      ? process.stdout.write(JSON.stringify(results) + '\n')
      : printTable(results),
  );
}
