import { describe, expect, it } from 'vitest';
import type { Op } from '../../ui/picture/scene';
import { curveGeometry, curvePath, H, lossPicture, M, W } from './plotGeometry';
import { gradientDescentModel } from './model';
import type { GdInput } from './model';
import { contourScene, curveScene, lossScene } from './preview';

const run = (change: Partial<GdInput> = {}) =>
  gradientDescentModel({
    fn: 'regression',
    eta: 0.01,
    beta: 0,
    x0: [0],
    kappa: 10,
    steps: 50,
    ...change,
  });
const only = <K extends Op['op']>(ops: readonly Op[], kind: K) =>
  ops.filter((o): o is Extract<Op, { op: K }> => o.op === kind);

describe('curveScene(view): the 1-D plot’s moving parts for the painter', () => {
  it('draws the SVG’s path, dots and current point, clipped to the plot, in its viewBox', () => {
    const view = run();
    const scene = curveScene(view);
    expect(scene.viewBox).toEqual({ width: W, height: H });
    const { points } = curvePath(view);
    const [line] = only(scene.ops, 'polyline');
    expect(Array.from(line?.points ?? [])).toEqual(points.flat());
    expect(only(scene.ops, 'dots')[0]?.points.length).toBe(2 * Math.min(points.length, 120));
    expect(scene.ops[0]).toEqual({
      op: 'clip',
      x: M.left,
      y: M.top,
      w: W - M.left - M.right,
      h: H - M.top - M.bottom,
    });
    const [current, handle] = only(scene.ops, 'circle');
    expect([current?.x, current?.y]).toEqual(points.at(-1));
    // the start handle is drawn last, on top, where the SVG puts it
    const { xs, ys } = curveGeometry(view.objective);
    expect(handle).toMatchObject({ x: xs(0), y: ys(view.objective.loss([0])), r: 8 });
    expect(scene.ops.at(-1)).toBe(handle);
    expect(only(scene.ops, 'text')).toEqual([]);
  });

  it('writes “off the chart” instead of a current point once the run leaves it', () => {
    const scene = curveScene(run({ eta: 0.2 }));
    expect(only(scene.ops, 'text').map((t) => t.text)).toEqual([
      'the current point is off the chart',
    ]);
    expect(only(scene.ops, 'circle')).toHaveLength(1);
    for (const n of only(scene.ops, 'polyline').flatMap((o) => Array.from(o.points))) {
      expect(Number.isFinite(n)).toBe(true);
    }
  });

  it('fits the valley’s contour plot, handle at the start point', () => {
    const view = gradientDescentModel({
      fn: 'valley',
      eta: 0.18,
      beta: 0,
      x0: [-4, 2],
      kappa: 10,
      steps: 20,
    });
    const scene = contourScene(view);
    expect(scene.viewBox?.width).toBeGreaterThan(scene.viewBox?.height ?? Infinity);
    expect(only(scene.ops, 'polyline')[0]?.points.length).toBe(2 * 21);
  });
});

describe('lossScene(view): the whole loss chart for the painter', () => {
  it('has the chart’s line, ticks and labels, as LossChart draws them', () => {
    const view = run();
    const { chart } = lossPicture(view);
    const scene = lossScene(view);
    const lines = only(scene.ops, 'polyline');
    expect(lines.some((l) => Array.from(l.points).join() === chart.points.flat().join())).toBe(
      true,
    );
    const texts = only(scene.ops, 'text').map((t) => t.text);
    expect(texts).toEqual(
      expect.arrayContaining([...chart.yTicks, ...chart.xTicks].map((t) => t.label)),
    );
    expect(texts).toContain('step');
    // dashed grid lines, one per y tick
    expect(lines.filter((l) => l.dash)).toHaveLength(chart.yTicks.length);
  });

  it('marks a diverging run’s exit through the top', () => {
    const texts = only(lossScene(run({ eta: 0.1 })).ops, 'text').map((t) => t.text);
    expect(texts).toContain('↑ diverged');
    expect(only(lossScene(run()).ops, 'text').map((t) => t.text)).not.toContain('↑ diverged');
  });
});
