// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SignificanceLab from './SignificanceLab';

const widget = () => screen.getByRole('region', { name: 'Significance lab: is B really better?' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';
const readout = (term: string) =>
  within(widget()).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
const LESSON = '/lessons/statistics';

describe('<SignificanceLab />', () => {
  beforeEach(() => window.history.replaceState(null, '', LESSON));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on 85.0% vs 87.0% on 1,000 each: z = 1.29, p = 0.197, not significant', () => {
    render(<SignificanceLab />);
    expect(readout('z')).toBe('1.29');
    expect(readout('p-value')).toBe('0.197');
    expect(readout('Verdict at 0.05')).toBe('not significant');
    expect(readout('95% interval of B − A')).toBe('−1.0 to +5.0 pts');
    expect(status()).toMatch(/^B − A = \+2\.0 points .* Not significant at 0\.05/);
  });

  it('steps accuracy B with the arrow keys until the gap becomes significant', async () => {
    const user = userEvent.setup();
    render(<SignificanceLab />);
    const b = screen.getByLabelText('Exact accuracy B');
    b.focus();
    // 0.87 → 0.88 in ten steps of 0.001: 850 vs 880 gives z ≈ 1.96
    for (let i = 0; i < 10; i++) await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(status()).toMatch(/\(85\.0% vs 88\.0%/));
    expect(readout('Verdict at 0.05')).toBe('significant');
  });

  it('the same gap on 20,000 examples each is significant', async () => {
    render(<SignificanceLab />);
    const slider = screen.getByRole('slider', { name: /Test-set size/ });
    // position 43 on a 10-per-decade log scale is 10^4.3 ≈ 20,000
    fireEvent.change(slider, { target: { value: '43' } });
    await waitFor(() =>
      expect(status()).toMatch(
        /20,000 examples each\): z = 5\.76, p = 8\.2 × 10\^−9\. Significant/,
      ),
    );
  });

  it('"Rerun with a new seed", pressed from the keyboard, draws new reruns', async () => {
    const user = userEvent.setup();
    render(<SignificanceLab />);
    const before = screen.getByText(/^First rerun with seed 42/).textContent;
    screen.getByRole('button', { name: 'Rerun with a new seed' }).focus();
    await user.keyboard(' ');
    await waitFor(() =>
      expect(screen.getByText(/^First rerun with seed/).textContent).not.toBe(before),
    );
    // the measured comparison does not change, only the simulated reruns
    expect(readout('p-value')).toBe('0.197');
  });

  it('keeps the last valid accuracy when a field gets a bad entry', async () => {
    const user = userEvent.setup();
    render(<SignificanceLab />);
    const a = screen.getByLabelText('Exact accuracy A');
    await user.clear(a);
    await user.type(a, '85');
    expect(screen.getByText(/Use a value from 0 to 1\. Still using 0\.85\./)).toBeTruthy();
  });

  it('ignores hostile link values with notices and clamps a huge n', () => {
    window.history.replaceState(
      null,
      '',
      `${LESSON}?significance-lab.a=2&significance-lab.n=1e9&significance-lab.seed=abc&significance-lab.b=-1`,
    );
    const { container } = render(<SignificanceLab />);
    const notices = screen.getByRole('alert').textContent;
    expect(notices).toMatch(
      /Ignored significance-lab\.a=2: the accuracy of model A must be from 0 to 1/,
    );
    expect(notices).toMatch(/Ignored significance-lab\.b=-1/);
    expect(notices).toMatch(/Ignored significance-lab\.seed=abc/);
    expect(notices).toMatch(
      /significance-lab\.n=1000000000 is more than this widget allows for the test-set size; using the maximum, 100000\./,
    );
    expect(status()).toMatch(/100,000 examples each/);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('says two perfect models cannot be tested', () => {
    window.history.replaceState(null, '', `${LESSON}?significance-lab.a=1&significance-lab.b=1`);
    render(<SignificanceLab />);
    expect(readout('p-value')).toBe('no test');
    expect(status()).toMatch(/no test is possible/);
  });
});
