// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import TinyClassifier from './TinyClassifier';

const widget = () => screen.getByRole('region', { name: 'Tiny classifier' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';

describe('<TinyClassifier />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/end-to-end'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens untrained: loss ln 2 = 0.6931 and no boundary yet', () => {
    render(<TinyClassifier />);
    expect(status()).toMatch(/^Step 0, η = 0\.5: loss 0\.6931, .* Untrained/);
    expect(widget().querySelector('.tc-boundary')).toBeNull();
    expect(widget().querySelectorAll('.tc-point')).toHaveLength(50);
  });

  it('trains with Step and 50 steps from the keyboard; the boundary appears and the loss falls', async () => {
    const user = userEvent.setup();
    render(<TinyClassifier />);
    screen.getByRole('button', { name: 'Step' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toMatch(/^Step 1, η = 0\.5: loss 0\.5\d{3}/);
    expect(widget().querySelector('.tc-boundary')).not.toBeNull();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '50 steps' }));
    await user.keyboard(' ');
    expect(status()).toMatch(/^Step 51, .* Learning: the loss has fallen from 0\.6931/);
    await user.click(screen.getByRole('button', { name: 'Reset training' }));
    expect(status()).toMatch(/^Step 0,/);
  });

  it('shows a too-large learning rate as diverged, never NaN', () => {
    render(<TinyClassifier />);
    const slider = screen.getByRole('slider', { name: /Learning rate/ });
    fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    expect(slider.getAttribute('aria-valuetext')).toBe('η = 100');
    fireEvent.click(screen.getByRole('button', { name: '50 steps' }));
    expect(status()).toMatch(/Diverged: the loss is above the 0\.6931 it started at/);
    expect(widget().textContent).not.toMatch(/NaN|Infinity/);
  });

  it('adds a point from the keyboard form, and removes it again', async () => {
    const user = userEvent.setup();
    render(<TinyClassifier />);
    const x = screen.getByLabelText('x₁');
    await user.clear(x);
    await user.type(x, '3');
    await user.click(screen.getByLabelText('class 0 (circle)'));
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    expect(widget().querySelectorAll('.tc-point')).toHaveLength(51);
    expect(status()).toMatch(/of 51 points/);
    await user.clear(x);
    await user.type(x, '9');
    expect(screen.getByText(/Use a value from −4 to 4\. Still using 3\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove added points (1)' }));
    expect(status()).toMatch(/of 50 points/);
  });

  it('switches to XOR-like data and a new seed draws new points', async () => {
    const user = userEvent.setup();
    render(<TinyClassifier />);
    await user.click(screen.getByLabelText('XOR-like'));
    await user.click(screen.getByRole('button', { name: '50 steps' }));
    expect(status()).toMatch(/No straight line separates XOR-like data/);
    const before = widget().querySelector('.tc-point')?.getAttribute('cx');
    await user.click(screen.getByRole('button', { name: 'New seed' }));
    expect(widget().querySelector('.tc-point')?.getAttribute('cx')).not.toBe(before);
  });

  it('restores a trained state from the URL and clamps an absurd step count with a notice', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/end-to-end?tiny-classifier.steps=1e9&tiny-classifier.lr=abc&tiny-classifier.preset=separable',
    );
    render(<TinyClassifier />);
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toMatch(/using the maximum, 1000/);
    expect(alert).toMatch(/Ignored tiny-classifier\.lr=abc: the learning rate must be a number/);
    expect(status()).toMatch(
      /^Step 1000, η = 0\.5: .*50 of 50 points \(100%\).*Every point is on the right side/,
    );
    expect(screen.getByRole('button', { name: 'Step' }).hasAttribute('disabled')).toBe(true);
  });
});
