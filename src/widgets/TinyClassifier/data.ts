// TinyClassifier's points: two classes drawn from Gaussian clusters with the seeded generator.
// Three presets: separable, overlapping, and XOR-like (no straight line can split it).
import { createRng } from '../../math';

export const PRESETS = ['separable', 'overlapping', 'xor'] as const;
export type Preset = (typeof PRESETS)[number];

/** The plane shows −EXTENT … EXTENT on both axes. */
export const EXTENT = 4;

export interface Point {
  x: number;
  y: number;
  label: 0 | 1;
}

interface Cluster {
  cx: number;
  cy: number;
  sd: number;
  label: 0 | 1;
}

const clusters: Record<Preset, Cluster[]> = {
  separable: [
    { cx: -1.5, cy: -1, sd: 0.6, label: 0 },
    { cx: 1.5, cy: 1, sd: 0.6, label: 1 },
  ],
  overlapping: [
    { cx: -0.8, cy: -0.5, sd: 1.1, label: 0 },
    { cx: 0.8, cy: 0.5, sd: 1.1, label: 1 },
  ],
  // two clusters per class on opposite corners: class 1 top-right and bottom-left
  xor: [
    { cx: 1.6, cy: 1.6, sd: 0.55, label: 1 },
    { cx: -1.6, cy: -1.6, sd: 0.55, label: 1 },
    { cx: 1.6, cy: -1.6, sd: 0.55, label: 0 },
    { cx: -1.6, cy: 1.6, sd: 0.55, label: 0 },
  ],
};

/** Keeps a coordinate on the plane and at two decimals, so links and NumPy stay readable. */
export function tidy(v: number): number {
  const clamped = Math.min(EXTENT, Math.max(-EXTENT, v));
  return Math.round(clamped * 100) / 100 + 0; // + 0 turns −0 into 0
}

/** `perClass` points of each class for a preset, reproducible from the seed. */
export function makePoints(preset: Preset, seed: number, perClass: number): Point[] {
  const rng = createRng(seed);
  const cs = clusters[preset];
  const points: Point[] = [];
  for (const label of [0, 1] as const) {
    const own = cs.filter((c) => c.label === label);
    for (let i = 0; i < perClass; i++) {
      // alternate between a class's clusters so each gets its share
      const c = own[i % own.length] ?? own[0];
      if (!c) continue;
      points.push({
        x: tidy(c.cx + c.sd * rng.normal()),
        y: tidy(c.cy + c.sd * rng.normal()),
        label,
      });
    }
  }
  return points;
}
