// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import KLDivergence from './KLDivergence';

const widget = () => screen.getByRole('region', { name: 'KL divergence' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';

describe('<KLDivergence />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/cross-entropy'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on P = [0.9, 0.05, 0.05], Q = [0.4, 0.3, 0.3] with both divergences', () => {
    render(<KLDivergence />);
    expect(status()).toMatch(/^KL\(P‖Q\) is 0\.5507 nats; KL\(Q‖P\) is 0\.7507 nats\./);
    expect(status()).toMatch(/H\(P, Q\) = 0\.9451 = H\(P\) 0\.3944 \+ KL\(P‖Q\) 0\.5507/);
  });

  it('edits a weight from the keyboard and explains the renormalisation', async () => {
    const user = userEvent.setup();
    render(<KLDivergence />);
    const field = screen.getByLabelText('P(A) weight');
    await user.clear(field);
    await user.type(field, '1.9');
    expect(widget().textContent).toMatch(
      /P’s weights add up to 2, not 1, so each is divided by 2: P = \[0\.950, 0\.025, 0\.025\]/,
    );
    await user.click(screen.getByRole('button', { name: 'Normalise P' }));
    expect(screen.getByLabelText('P(A) weight')).toHaveProperty('value', '0.95');
    expect(screen.queryByRole('button', { name: 'Normalise P' })).toBeNull();
    // arrow keys step the field by 0.01
    await user.click(screen.getByLabelText('Q(C) weight'));
    await user.keyboard('{ArrowUp}');
    expect(screen.getByLabelText('Q(C) weight')).toHaveProperty('value', '0.31');
  });

  it('says "infinite" in words when Q rules out an outcome P allows', async () => {
    const user = userEvent.setup();
    render(<KLDivergence />);
    await user.click(screen.getByRole('button', { name: 'Q rules out C' }));
    expect(status()).toMatch(/KL\(P‖Q\) is infinite: Q says impossible for something P does/);
    expect(widget().textContent).not.toMatch(/NaN|Infinity/);
  });

  it('reproduces the lesson example and refuses an all-zero distribution', async () => {
    const user = userEvent.setup();
    render(<KLDivergence />);
    await user.click(screen.getByRole('button', { name: /One-hot P/ }));
    expect(status()).toMatch(/^KL\(P‖Q\) is 0\.4644 nats; KL\(Q‖P\) is infinite/);
    fireEvent.change(screen.getByRole('slider', { name: /^P\(B\)/ }), { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toMatch(/P needs at least one weight above 0/);
    expect(status()).toMatch(/^KL\(P‖Q\) is 0\.4644/);
  });

  it('adds and removes outcomes', async () => {
    const user = userEvent.setup();
    render(<KLDivergence />);
    await user.click(screen.getByRole('button', { name: 'Add an outcome' }));
    expect(screen.getByLabelText('P(D) weight')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove the last outcome' }));
    expect(screen.queryByLabelText('P(D) weight')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Remove the last outcome' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('reads P and Q from the URL and ignores lists of different lengths with a notice', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/cross-entropy?kl-divergence.p=1,1,1,1&kl-divergence.q=1,2,3',
    );
    render(<KLDivergence />);
    expect(screen.getByRole('alert').textContent).toMatch(/P has 4 outcomes but Q has 3/);
    expect(status()).toMatch(/^KL\(P‖Q\) is 0\.5507/);
  });
});
