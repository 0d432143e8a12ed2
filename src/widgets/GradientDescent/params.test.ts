import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../ui/useUrlState';
import { MAX_STEPS } from './model';
import { codecs, defaults, sanitize, toInput, WIDGET_ID } from './params';

const read = (query: string) => {
  const { state, notices } = readUrlState(WIDGET_ID, codecs, defaults, query);
  const repaired = sanitize(state);
  return {
    params: repaired.params,
    input: toInput(repaired.params),
    notices: [...notices, ...repaired.notices].map((n) => n.message),
  };
};

describe('gradient-descent URL parameters', () => {
  it('reads the lesson link: regression, η = 0.01, 50 steps', () => {
    const { input, notices } = read(
      '?gradient-descent.fn=regression&gradient-descent.lr=0.01&gradient-descent.steps=50',
    );
    expect(notices).toEqual([]);
    expect(input).toEqual({ fn: 'regression', eta: 0.01, beta: 0, x0: [0], kappa: 10, steps: 50 });
  });

  it('without lr or x0 each function uses its own suggested rate and start', () => {
    expect(read('?gradient-descent.fn=quadratic').input).toMatchObject({ eta: 0.1, x0: [3] });
    expect(read('?gradient-descent.fn=valley').input).toMatchObject({ eta: 0.18, x0: [-4, 2] });
    expect(read('').input).toMatchObject({ fn: 'regression', eta: 0.01, x0: [0], steps: 0 });
  });

  it.each([
    ['lr=-1', /Ignored gradient-descent\.lr=-1: the learning rate must be between 0\.0001 and 2/],
    ['lr=NaN', /Ignored gradient-descent\.lr=NaN: the learning rate must be a number/],
    ['lr=0', /Ignored gradient-descent\.lr=0: .* between 0\.0001 and 2/],
    ['lr=Infinity', /Ignored gradient-descent\.lr=Infinity/],
    ['x0=abc', /Ignored gradient-descent\.x0=abc: expected numbers separated by commas/],
    ['momentum=1', /Ignored gradient-descent\.momentum=1: momentum must be between 0 and 0\.99/],
    ['kappa=0', /Ignored gradient-descent\.kappa=0: κ must be between 1 and 100/],
    ['steps=2.5', /Ignored gradient-descent\.steps=2\.5: steps must be a whole number/],
    ['steps=-3', /Ignored gradient-descent\.steps=-3/],
    ['fn=cubic', /Ignored gradient-descent\.fn=cubic: expected one of quadratic, regression/],
  ])('a hostile %s is ignored with a notice and the default is used', (param, message) => {
    const { input, notices } = read(`?gradient-descent.${param}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(message);
    expect(input).toEqual(read('').input);
  });

  it('clamps steps=1e9 to the maximum with a notice', () => {
    const { input, notices } = read('?gradient-descent.steps=1e9');
    expect(input.steps).toBe(MAX_STEPS);
    expect(notices).toEqual([
      `gradient-descent.steps=1000000000 is more than this widget runs; running the maximum, ${MAX_STEPS} steps.`,
    ]);
  });

  it('rejects a start that does not fit the function, by length or range', () => {
    const twoForOne = read('?gradient-descent.fn=regression&gradient-descent.x0=1,2');
    expect(twoForOne.input.x0).toEqual([0]);
    expect(twoForOne.notices[0]).toMatch(/regression needs 1 number\. Using the default/);
    const oneForTwo = read('?gradient-descent.fn=valley&gradient-descent.x0=1');
    expect(oneForTwo.input.x0).toEqual([-4, 2]);
    expect(oneForTwo.notices[0]).toMatch(/valley needs 2 numbers/);
    const far = read('?gradient-descent.fn=quadratic&gradient-descent.x0=1e6');
    expect(far.input.x0).toEqual([3]);
    expect(far.notices[0]).toMatch(/the start must lie from -4 to 4/);
    expect(read('?gradient-descent.fn=valley&gradient-descent.x0=1,-2.5').input.x0).toEqual([
      1, -2.5,
    ]);
  });

  it('sanitize is idempotent and leaves a valid state alone', () => {
    const once = sanitize({ ...defaults, steps: 5000, x0: [1, 2] });
    expect(sanitize(once.params)).toEqual({ params: once.params, notices: [] });
  });
});
