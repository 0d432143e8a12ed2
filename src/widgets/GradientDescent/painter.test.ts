import { describe, expect, it, vi } from 'vitest';
import { painterModules } from '../../ui/picture/modules';
import type { PainterModule } from '../../ui/picture/modules';
import type { Scene } from '../../ui/picture/scene';
import { gradientDescentRun } from './model';
import type * as Model from './model';
import type { GdInput } from './model';
import { lossOverlay, pathOverlay, scenes } from './painter';
import { defaults, toInput } from './params';
import type { Params } from './params';
import { contourScene, curveScene, lossScene } from './preview';

// counts the model's runs; each still runs for real
vi.mock('./model', async (load) => {
  const real = await load<typeof Model>();
  return { ...real, gradientDescentRun: vi.fn(real.gradientDescentRun) };
});

/** The input the widget makes of its parameters: regression, η = 0.01, 50 steps by default. */
const input = (change: Partial<Params> = {}): GdInput =>
  toInput({ ...defaults, lr: 0.01, steps: 50, ...change });

/** Every `var(--name)` a scene's paints and fonts use. */
function varsOf(scene: Scene | null): Set<string> {
  const found = new Set<string>();
  for (const op of scene?.ops ?? []) {
    for (const value of Object.values(op)) {
      const texts = Array.isArray(value) ? value : [value];
      for (const text of texts) {
        if (typeof text !== 'string') continue;
        for (const [, name] of text.matchAll(/var\((--[\w-]+)\)/g)) found.add(name ?? '');
      }
    }
  }
  return found;
}

const inputs: GdInput[] = [
  input(),
  input({ lr: 0.1 }), // diverging: the exit marker, in the error colour
  input({ lr: 2, steps: 1000 }), // overflow: the off-chart note
  input({ fn: 'valley', x0: [-4, 2], lr: 0.05, momentum: 0.5 }),
  input({ fn: 'bumpy', x0: [2.5], lr: 0.02 }),
  input({ fn: 'quadratic', x0: [3], steps: 0 }),
];

describe('GradientDescent’s painter module (built in the worker)', () => {
  it('builds the same scenes the page would from the run of the posted input', () => {
    for (const value of inputs) {
      const run = gradientDescentRun(value);
      const path = run.objective.symbols.length === 2 ? contourScene(run) : curveScene(run);
      expect(scenes.path(value)).toEqual(path);
      expect(scenes.loss(value)).toEqual(lossScene(run));
    }
  });

  it('names scenes the registry’s module really has, and lists every theme variable they use', async () => {
    const module: PainterModule = await painterModules['gradient-descent']();
    for (const overlay of [pathOverlay, lossOverlay]) {
      expect(overlay.module).toBe('gradient-descent');
      expect(module.scenes[overlay.scene]).toBe(overlay.build);
      const used = new Set(inputs.flatMap((value) => [...varsOf(overlay.build(value))]));
      expect(used.size).toBeGreaterThan(3);
      for (const name of used) expect(overlay.vars).toContain(name);
    }
  });

  it('runs the model once for the two overlays of one step', () => {
    const runs = vi.mocked(gradientDescentRun);
    runs.mockClear();
    const value = input({ lr: 0.05, steps: 200 });
    scenes.path(value);
    // the worker gets each overlay's own structured clone of the value
    scenes.loss(structuredClone(value));
    expect(runs).toHaveBeenCalledTimes(1);
    // a different input is a different run
    scenes.loss(input({ lr: 0.06, steps: 200 }));
    expect(runs).toHaveBeenCalledTimes(2);
  });
});
