// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BootstrapCI from './BootstrapCI';

const widget = () => screen.getByRole('region', { name: 'Bootstrap confidence interval' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';
const interval = (text: string) => /bootstrap interval for the mean (\[[^\]]+\])/.exec(text)?.[1];
const LESSON = '/lessons/statistics';

describe('<BootstrapCI />', () => {
  beforeEach(() => window.history.replaceState(null, '', LESSON));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on 30 skewed losses with both 95% intervals', () => {
    render(<BootstrapCI />);
    expect(status()).toMatch(/^30 per-example losses \(seed 7\): mean 0\.709, median 0\.344\./);
    expect(status()).toMatch(
      /95% bootstrap interval for the mean \[\d\.\d{3}, \d\.\d{3}\] from 2,000 resamples/,
    );
    expect(status()).toMatch(/long right tail/);
  });

  it('Resample, pressed from the keyboard, redraws the resamples but keeps the sample', async () => {
    const user = userEvent.setup();
    render(<BootstrapCI />);
    const before = status();
    screen.getByRole('button', { name: 'Resample' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(interval(status())).not.toBe(interval(before)));
    expect(status()).toMatch(/^30 per-example losses \(seed 7\): mean 0\.709, median 0\.344\./);
  });

  it('New sample draws other losses; the sample seed field steps with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<BootstrapCI />);
    await user.click(screen.getByRole('button', { name: 'New sample' }));
    await waitFor(() => expect(status()).not.toMatch(/\(seed 7\)/));
    const seed = screen.getByLabelText('Sample seed');
    await user.clear(seed);
    await user.type(seed, '7');
    await waitFor(() => expect(status()).toMatch(/\(seed 7\): mean 0\.709/));
    seed.focus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(status()).toMatch(/\(seed 8\)/));
  });

  it('follows the sample-size slider and the resamples choice', async () => {
    render(<BootstrapCI />);
    fireEvent.change(screen.getByRole('slider', { name: /Sample size n/ }), {
      target: { value: '10' },
    });
    await waitFor(() => expect(status()).toMatch(/^10 per-example losses/));
    // with 10 skewed values the symmetric t-interval reaches below zero
    expect(status()).toMatch(/dips below 0/);
    fireEvent.change(screen.getByLabelText('Resamples'), { target: { value: '500' } });
    await waitFor(() => expect(status()).toMatch(/from 500 resamples/));
  });

  it('refuses a bad typed seed where it is typed', async () => {
    const user = userEvent.setup();
    render(<BootstrapCI />);
    const seed = screen.getByLabelText('Sample seed');
    await user.clear(seed);
    await user.type(seed, '-3');
    expect(screen.getByText(/Use a value from 0 to 4294967295\. Still using 7\./)).toBeTruthy();
  });

  it('ignores hostile link values with notices and clamps huge ones', () => {
    window.history.replaceState(
      null,
      '',
      `${LESSON}?bootstrap-ci.n=-5&bootstrap-ci.seed=abc&bootstrap-ci.resamples=1e9&bootstrap-ci.confidence=2`,
    );
    const { container } = render(<BootstrapCI />);
    const notices = screen.getByRole('alert').textContent;
    expect(notices).toMatch(/Ignored bootstrap-ci\.n=-5: the sample size n must be from 5 to 200/);
    expect(notices).toMatch(/Ignored bootstrap-ci\.seed=abc/);
    expect(notices).toMatch(
      /Ignored bootstrap-ci\.confidence=2: the confidence level must be from 0\.5 to 0\.99/,
    );
    expect(notices).toMatch(
      /bootstrap-ci\.resamples=1000000000 is more than this widget allows .*using the maximum, 10000\./,
    );
    expect(status()).toMatch(/^30 per-example losses \(seed 7\).* from 10,000 resamples/);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});
