import { expect } from 'vitest';

/** Asserts |actual − expected| ≤ max(abs, rel·|expected|); infinities must match exactly. */
export function expectClose(actual: number, expected: number, rel = 1e-9, abs = 1e-9): void {
  if (!Number.isFinite(expected)) {
    expect(actual).toBe(expected);
    return;
  }
  const tolerance = Math.max(abs, rel * Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) {
    expect.fail(`expected ${actual} to be within ${tolerance} of ${expected}`);
  }
}
