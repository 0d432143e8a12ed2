import { describe, expect, it } from 'vitest';
import { expectClose } from '../../../tests/helpers/expectClose';
import { apply, eigenLines, gridLines, polygonPath, unitSquare } from './geometry';
import { fromColumns, matrixModel, roundEntry, snapToGrid } from './model';
import { presets } from './presets';

const preset = (id: string) => {
  const found = presets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return matrixModel(found.m);
};

describe('matrixModel(m)', () => {
  it('opens on [[2, 1], [1, 2]]: det 3, eigenvalues 3 and 1 along the diagonals', () => {
    const view = matrixModel([2, 1, 1, 2]);
    expect(view.iHat).toEqual({ x: 2, y: 1 });
    expect(view.jHat).toEqual({ x: 1, y: 2 });
    expectClose(view.det, 3, 1e-12);
    expect(view.detKind).toBe('keep');
    expect(view.symmetric).toBe(true);
    expect(view.eigen.kind).toBe('distinct');
    expect(view.status).toBe(
      'A = [[2, 1], [1, 2]] sends î to (2, 1) and ĵ to (1, 2). det A = 3: areas are multiplied by 3 and orientation is kept. Eigenvalues 3 and 1: vectors along (0.707, 0.707) are only multiplied by 3, and along (0.707, −0.707) by 1.',
    );
  });

  it('says the rotation preset has no real eigenvectors and keeps area', () => {
    const view = preset('rotation');
    expect(view.det).toBe(1);
    expect(view.status).toMatch(/det A = 1: areas are unchanged/);
    expect(view.status).toMatch(/No real eigenvectors: this matrix rotates/);
    expect(eigenLines(view.eigen)).toEqual([]);
  });

  it('says the reflection flips orientation', () => {
    const view = preset('reflection');
    expect(view.detKind).toBe('flip');
    expect(view.status).toMatch(/det A = −1: areas are multiplied by 1 and orientation flips/);
  });

  it('says the singular preset collapses the plane onto a line', () => {
    const view = preset('singular');
    expect(view.det).toBe(0);
    expect(view.detKind).toBe('line');
    expect(view.status).toMatch(/collapses onto the line through \(1, 0\.5\)/);
    expect(view.status).toMatch(/no inverse/);
  });

  it('snaps rounding noise in the determinant to an exact 0', () => {
    const view = matrixModel([0.3, 0.6, 0.1, 0.2]);
    expect(view.det).toBe(0);
    expect(view.detKind).toBe('line');
  });

  it('says the zero matrix collapses everything to a point', () => {
    const view = matrixModel([0, 0, 0, 0]);
    expect(view.detKind).toBe('point');
    expect(view.status).toMatch(/single point/);
    expect(view.status).not.toMatch(/NaN|Infinity/);
  });

  it('names the shear’s single eigenvector and the identity’s every direction', () => {
    expect(preset('shear').status).toMatch(/One eigenvector direction only, \(1, 0\)/);
    expect(preset('identity').status).toMatch(/every vector stays where it is/);
    expect(preset('scale').status).toMatch(/det A = 3: areas are multiplied by 3/);
  });

  it('uses the PCA covariance [[2.5, 2], [2, 2.5]] of the lesson: eigenvalues 4.5 and 0.5', () => {
    const view = matrixModel([2.5, 2, 2, 2.5]);
    expect(view.status).toMatch(/Eigenvalues 4\.5 and 0\.5/);
  });

  it('gives the characteristic polynomial’s pieces', () => {
    const view = matrixModel([1, 2, 3, 4]);
    expect(view.trace).toBe(5);
    expectClose(view.discriminant, 6.25 + 2, 1e-12);
  });
});

describe('entries and handles', () => {
  it('rounds entries to two decimals and keeps them on the plane', () => {
    expect(roundEntry(1.23456)).toBe(1.23);
    expect(roundEntry(99)).toBe(5);
    expect(roundEntry(-1e9)).toBe(-5);
    expect(Object.is(roundEntry(-0.001), -0)).toBe(false);
  });

  it('snaps a dragged point to the 0.1 grid', () => {
    expect(snapToGrid({ x: 1.234, y: -0.06 })).toEqual({ x: 1.2, y: -0.1 });
    expect(snapToGrid({ x: 0.30000000000000004, y: 8 })).toEqual({ x: 0.3, y: 5 });
  });

  it('builds the matrix from where î and ĵ land: they are its columns', () => {
    expect(fromColumns({ x: 2, y: 1 }, { x: -1, y: 3 })).toEqual([2, -1, 1, 3]);
  });
});

describe('geometry', () => {
  it('maps the unit square to the parallelogram of the columns', () => {
    expect(unitSquare([2, 1, 1, 2])).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 1 },
      { x: 3, y: 3 },
      { x: 1, y: 2 },
    ]);
  });

  it('transforms every grid line by A', () => {
    const lines = gridLines([0, -1, 1, 0]);
    expect(lines).toHaveLength(40);
    expect(lines[0]).toEqual({
      from: apply([0, -1, 1, 0], { x: -10, y: -10 }),
      to: { x: -10, y: -10 },
    });
  });

  it('writes SVG paths with y flipped and no −0', () => {
    expect(
      polygonPath([
        { x: 0, y: 0 },
        { x: 1, y: 2 },
      ]),
    ).toBe('M 0 0 L 1 -2 Z');
  });
});
