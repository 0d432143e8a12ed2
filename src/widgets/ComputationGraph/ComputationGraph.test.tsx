// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ComputationGraph from './ComputationGraph';

const status = () =>
  within(screen.getByRole('region', { name: 'Computation graph' }))
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))!.textContent;

describe('<ComputationGraph />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/backprop'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on the forward pass of z = (3x + 1)² at x = 1', () => {
    render(<ComputationGraph />);
    expect(status()).toMatch(/^Forward pass: x = 1 gives u = 3x \+ 1 = 4 and z = u² = 16\./);
  });

  it('steps through the backward pass with the buttons and the arrow keys', async () => {
    const user = userEvent.setup();
    render(<ComputationGraph />);
    const next = screen.getByRole('button', { name: 'Next' });
    next.focus();
    await user.keyboard('{Enter}');
    expect(status()).toBe('Backward step 1 of 3: start at the output with ∂z/∂z = 1.');
    await user.keyboard('{ArrowRight}');
    expect(status()).toMatch(/^Backward step 2 of 3: .* ∂z\/∂u = 1 × 8 = 8\.$/);
    await user.keyboard(' ');
    expect(status()).toMatch(/^Backward pass done: ∂z\/∂x = 24 at x = 1\./);
    // at the end Next stays focusable (aria-disabled) and does nothing
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(next);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(status()).toMatch(/^Backward pass done/);
    await user.keyboard('{ArrowLeft}');
    expect(status()).toMatch(/^Backward step 2 of 3/);
    await user.keyboard('{Home}');
    expect(status()).toMatch(/^Forward pass/);
    await user.keyboard('{End}');
    expect(status()).toMatch(/^Backward pass done/);
  });

  it('fills the values table as the pass reaches each node', async () => {
    const user = userEvent.setup();
    render(<ComputationGraph />);
    const table = screen.getByRole('table', { name: /Forward values and gradients/ });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('x').textContent).toMatch(/not yet/);
    await user.click(screen.getByRole('button', { name: 'Whole pass' }));
    expect(row('x').textContent).toBe('x124');
    expect(row('u = 3x \\+ 1').textContent).toBe('u = 3x + 148');
  });

  it('moves the input slider with the keyboard and recomputes', async () => {
    const user = userEvent.setup();
    render(<ComputationGraph />);
    const slider = screen.getByRole('slider', { name: /Input x/ });
    slider.focus();
    // happy-dom does not step native range inputs on arrow keys; set the value like the browser would
    fireEvent.change(slider, { target: { value: '2' } });
    expect(status()).toMatch(/^Forward pass: x = 2 gives u = 3x \+ 1 = 7 and z = u² = 49\./);
    await user.click(screen.getByRole('button', { name: 'Whole pass' }));
    expect(status()).toMatch(/∂z\/∂x = 42 at x = 2/);
  });

  it('switches to the neuron on the lesson’s numbers and shows its gradient check', async () => {
    const user = userEvent.setup();
    render(<ComputationGraph />);
    await user.click(screen.getByRole('button', { name: 'Whole pass' }));
    await user.click(screen.getByRole('radio', { name: /One neuron/ }));
    // x moves from the chain's 1 to the neuron example's 2, and the pass starts again
    expect(status()).toMatch(
      /^Forward pass: p = w·x = 1, s = p \+ b = 0\.5, a = σ\(s\) = 0\.6225, and the loss L = \(a − y\)² = 0\.1425/,
    );
    expect(screen.getByRole('slider', { name: /Weight w/ })).toBeTruthy();
    const check = screen.getByRole('region', { name: /Gradient check/ });
    expect(within(check).getAllByText(/agrees \(below 1e-7\)/)).toHaveLength(2);
    // backprop and central differences agree to all ten digits shown
    expect(within(check).getAllByText('−0.3548938347')).toHaveLength(2);
  });

  it('reads the URL, reports what it ignores or clamps, and never shows NaN', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/backprop?computation-graph.graph=neuron&computation-graph.x=2&computation-graph.w=NaN&computation-graph.step=1e9',
    );
    const { container } = render(<ComputationGraph />);
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toMatch(/Ignored computation-graph\.w=NaN: expected a number/);
    expect(alert).toMatch(/computation-graph\.step=1000000000 is outside 0 … 7/);
    expect(status()).toMatch(/^Backward pass done: ∂L\/∂w = −0\.3549 and ∂L\/∂b = −0\.1774\./);
    // the notice quotes the URL; everything the widget computes is free of NaN
    expect(container.querySelector('.widget__body')?.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(status()).not.toMatch(/NaN|Infinity/);
  });
});
