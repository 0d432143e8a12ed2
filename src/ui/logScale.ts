// A log-scale slider works on positions p (integers) with value = 10^(p / stepsPerDecade), so
// every arrow-key step multiplies the value by the same factor and round values such as 0.01 or
// 1 sit exactly on the grid.

export interface LogScale {
  min: number;
  max: number;
  stepsPerDecade: number;
}

export function positionRange(scale: LogScale): { min: number; max: number } {
  return {
    min: Math.ceil(Math.log10(scale.min) * scale.stepsPerDecade - 1e-9),
    max: Math.floor(Math.log10(scale.max) * scale.stepsPerDecade + 1e-9),
  };
}

/** The slider position nearest to `value` (values off the grid land on the closest step). */
export function toPosition(scale: LogScale, value: number): number {
  const { min, max } = positionRange(scale);
  const p = Math.round(Math.log10(value) * scale.stepsPerDecade);
  return Math.min(max, Math.max(min, p));
}

/** The value at a position, rounded to 3 significant digits so readouts stay readable. */
export function fromPosition(scale: LogScale, position: number): number {
  const raw = 10 ** (position / scale.stepsPerDecade);
  const value = Number(raw.toPrecision(3));
  return Math.min(scale.max, Math.max(scale.min, value));
}

/** Where `value` sits along the track, 0 (left) to 1 (right), for drawing marks. */
export function fraction(scale: LogScale, value: number): number {
  const lo = Math.log10(scale.min);
  const hi = Math.log10(scale.max);
  return (Math.log10(value) - lo) / (hi - lo);
}
