// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SamplingLab from './SamplingLab';

const widget = () => screen.getByRole('region', { name: 'Sampling lab: coin flips' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';
const readout = (term: RegExp) =>
  within(widget()).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
const LESSON = '/lessons/probability';

describe('<SamplingLab />', () => {
  beforeEach(() => window.history.replaceState(null, '', LESSON));
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.unstubAllGlobals();
  });

  it('opens on 1,000 batches of 100 fair flips with the exact P(heads ≥ 60) = 0.0284', () => {
    render(<SamplingLab />);
    expect(status()).toMatch(/^1,000 batches of 100 flips with p = 0\.5 \(seed 42\)/);
    expect(readout(/^Exact binomial$/)).toBe('0.0284');
    expect(readout(/^Normal approximation$/)).toBe('0.0287');
    expect(readout(/^Simulated P\(heads ≥ 60\)$/)).toMatch(/^0\.0\d{3}$/);
  });

  it('changes the seed from the keyboard, and the same seed gives the same batches', async () => {
    const user = userEvent.setup();
    render(<SamplingLab />);
    const first = status();
    const seed = screen.getByLabelText('Seed');
    seed.focus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(status()).toMatch(/\(seed 43\)/));
    const second = status();
    expect(second.replace('seed 43', 'seed 42')).not.toBe(first);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(status()).toBe(first));
  });

  it('draws a new seed with the New seed button, operated by keyboard', async () => {
    const user = userEvent.setup();
    render(<SamplingLab />);
    screen.getByRole('button', { name: 'New seed' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(status()).not.toMatch(/\(seed 42\)/));
    expect(status()).toMatch(/\(seed \d+\)/);
  });

  it('keeps k within n when n shrinks', async () => {
    render(<SamplingLab />);
    fireEvent.change(screen.getByRole('slider', { name: /Flips per batch/ }), {
      target: { value: '20' },
    });
    await waitFor(() => expect(status()).toMatch(/batches of 20 flips .* had 20 or more heads/));
    expect(screen.getByRole('slider', { name: /Threshold k/ }).getAttribute('value')).toBe('20');
  });

  it('refuses a typed seed that is not a whole number, keeping the last one', async () => {
    const user = userEvent.setup();
    render(<SamplingLab />);
    const seed = screen.getByLabelText('Seed');
    await user.clear(seed);
    await user.type(seed, 'abc');
    expect(screen.getByText(/“abc” is not a number\. Still using 42\./)).toBeTruthy();
    expect(status()).toMatch(/\(seed 42\)/);
  });

  it('ignores n = -5 and seed = abc, and clamps batches = 1e9, each with a notice', () => {
    window.history.replaceState(
      null,
      '',
      `${LESSON}?sampling-lab.n=-5&sampling-lab.seed=abc&sampling-lab.batches=1e9`,
    );
    const { container } = render(<SamplingLab />);
    const notices = screen.getByRole('alert').textContent;
    expect(notices).toMatch(
      /Ignored sampling-lab\.n=-5: the number of flips per batch must be from 1 to 200/,
    );
    expect(notices).toMatch(/Ignored sampling-lab\.seed=abc: the seed must be a number/);
    expect(notices).toMatch(
      /sampling-lab\.batches=1000000000 is more than this widget allows for the number of batches; using the maximum, 10000\./,
    );
    expect(status()).toMatch(/^10,000 batches of 100 flips with p = 0\.5 \(seed 42\)/);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('cuts k above n from a link to n, with a notice', () => {
    window.history.replaceState(null, '', `${LESSON}?sampling-lab.n=10&sampling-lab.k=50`);
    render(<SamplingLab />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /sampling-lab\.k=50 is more heads than the 10 flips in a batch; using k = 10\./,
    );
    expect(status()).toMatch(/had 10 or more heads/);
  });

  it('offers no animation when the reader asks for reduced motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    render(<SamplingLab />);
    expect(screen.queryByRole('button', { name: 'Watch it build' })).toBeNull();
    expect(screen.getByText(/Animation is off/)).toBeTruthy();
  });
});
