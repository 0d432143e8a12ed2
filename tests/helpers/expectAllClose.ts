import { expect } from 'vitest';
import { expectClose } from './expectClose';

/** Asserts two number arrays have equal length and are elementwise within expectClose's tolerance. */
export function expectAllClose(
  actual: readonly number[],
  expected: readonly number[],
  rel = 1e-9,
  abs = 1e-9,
): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expectClose(v, expected[i] as number, rel, abs));
}
