// @vitest-environment happy-dom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import GradientDescent from './GradientDescent';

const LESSON = '/lessons/gradient-descent';
const widget = () => screen.getByRole('region', { name: 'Gradient descent' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';
const lrSlider = () => screen.getByRole('slider', { name: /^Learning rate/ });
const button = (name: string) => screen.getByRole('button', { name });
/** A browser's arrow key moves a range input one step; happy-dom has no native stepping. */
const nudge = (range: HTMLElement, delta: number) =>
  fireEvent.change(range, {
    target: { value: String(Number(range.getAttribute('value')) + delta) },
  });

describe('<GradientDescent />', () => {
  beforeEach(() => window.history.replaceState(null, '', LESSON));
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.unstubAllGlobals();
  });

  it('opens on the regression at w = 0, η = 0.01, with the first update written out', () => {
    render(<GradientDescent />);
    expect(status()).toMatch(/^Converging: η = 0\.01 is below 1\/L ≈ 0\.0455/);
    expect(status()).toMatch(/No steps yet: w = 0, loss 44\.182\.$/);
    expect(widget().textContent).toContain('w ← w − η·L′(w) = 0 − 0.01 × (−44.08) = 0.4408');
  });

  it('Step takes one update, and the counter and status follow', async () => {
    const user = userEvent.setup();
    render(<GradientDescent />);
    await user.click(button('Step'));
    expect(status()).toMatch(/After 1 step w = 0\.4408 and the loss is/);
    expect(within(widget()).getByText('Step 1')).toBeTruthy();
    await user.click(button('+50 steps'));
    expect(status()).toMatch(/After 51 steps w = 2\.00363/);
    await user.click(button('Reset run'));
    expect(status()).toMatch(/No steps yet: w = 0,/);
  });

  it('while a pointer drags the learning rate, the plots follow and the words wait for release', async () => {
    const user = userEvent.setup();
    render(<GradientDescent />);
    await user.click(button('+50 steps'));
    const before = status();
    const readouts = () => widget().querySelector('.gd-readouts')?.textContent;
    const readout = readouts();
    const lossLabel = () => widget().querySelector('.gd-loss__chart')?.getAttribute('aria-label');
    const lossBefore = lossLabel();
    const range = lrSlider();
    fireEvent.pointerDown(range);
    for (let i = 0; i < 20; i++) nudge(range, 1);
    expect(range.getAttribute('aria-valuetext')).toBe('η = 0.1');
    // the loss chart has redrawn for η = 0.1; status, readout and formula still read η = 0.01
    expect(lossLabel()).not.toBe(lossBefore);
    expect(status()).toBe(before);
    expect(readouts()).toBe(readout);
    void act(() => window.dispatchEvent(new Event('pointerup')));
    expect(status()).toMatch(/^Diverging: η = 0\.1 is above the stability limit/);
    expect(readouts()).toContain('−18232');
  });

  it('the learning-rate slider steps in log space and changes the regime', async () => {
    const user = userEvent.setup();
    render(<GradientDescent />);
    await user.click(button('+50 steps'));
    const range = lrSlider();
    expect(range.getAttribute('aria-valuetext')).toBe('η = 0.01');
    nudge(range, 1);
    // 20 steps per decade: one step multiplies η by 10^(1/20) ≈ 1.122
    expect(range.getAttribute('aria-valuetext')).toBe('η = 0.0112');
    for (let i = 0; i < 19; i++) nudge(range, 1);
    expect(range.getAttribute('aria-valuetext')).toBe('η = 0.1');
    expect(status()).toMatch(/^Diverging: η = 0\.1 is above the stability limit 2\/L ≈ 0\.0909/);
    expect(status()).toContain('After 50 steps w = −18232');
    for (let i = 0; i < 40; i++) nudge(range, -1);
    expect(range.getAttribute('aria-valuetext')).toBe('η = 0.001');
    expect(status()).toMatch(/^Converging slowly: .* After 50 steps w = 1\.34482 /);
  });

  it('takes an exact η from the keyboard and keeps the last valid one on bad text', async () => {
    const user = userEvent.setup();
    render(<GradientDescent />);
    const exact = screen.getByLabelText('Exact η');
    await user.clear(exact);
    await user.type(exact, '0.07');
    expect(status()).toMatch(
      /^Oscillating but converging: η = 0\.07 is between 1\/L ≈ 0\.0455 and 2\/L ≈ 0\.0909/,
    );
    await user.clear(exact);
    await user.type(exact, '-1');
    expect(within(widget()).getByText(/Use a value from 0\.0001 to 2\./)).toBeTruthy();
    expect(status()).toMatch(/η = 0\.07/);
  });

  it('moves the start point with the arrow keys on its handle', async () => {
    const user = userEvent.setup();
    render(<GradientDescent />);
    const handle = screen.getByRole('slider', { name: 'Start point' });
    expect(handle.getAttribute('aria-valuetext')).toBe('w = 0');
    handle.focus();
    await user.keyboard('{ArrowRight}');
    expect(status()).toMatch(/No steps yet: w = 0\.1,/);
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(status()).toMatch(/No steps yet: w = 1\.1,/);
    expect(screen.getByLabelText('w₀')).toHaveProperty('value', '1.1');
    await user.keyboard('{Home}');
    expect(handle.getAttribute('aria-valuenow')).toBe('-1');
    expect(document.activeElement).toBe(handle);
  });

  it('switches to the 2-D valley, whose start point moves on both axes', async () => {
    const user = userEvent.setup();
    render(<GradientDescent />);
    await user.click(screen.getByRole('radio', { name: 'Valley (2-D)' }));
    expect(status()).toMatch(
      /^Zig-zagging but converging: η = 0\.18 is between 1\/κ = 0\.1 and 2\/κ = 0\.2/,
    );
    const handle = screen.getByRole('button', { name: /^Start point \(x, y\) = \(−4, 2\)/ });
    handle.focus();
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(status()).toMatch(/No steps yet: \(x, y\) = \(−4\.1, 2\.1\)/);
    nudge(screen.getByRole('slider', { name: /^Condition number/ }), 20);
    expect(status()).toMatch(/^Diverging: .* 2\/κ = 0\.02 /);
  });

  it('opens the lesson link at 50 steps, and says which notices it ignored', () => {
    window.history.replaceState(
      null,
      '',
      `${LESSON}?gradient-descent.fn=regression&gradient-descent.lr=0.01&gradient-descent.steps=50`,
    );
    render(<GradientDescent />);
    expect(status()).toMatch(/After 50 steps w = 2\.00363 and the loss is 0\.0218545\.$/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('survives hostile URL values with notices and never prints NaN', () => {
    window.history.replaceState(
      null,
      '',
      `${LESSON}?gradient-descent.lr=NaN&gradient-descent.steps=1e9&gradient-descent.x0=abc&gradient-descent.momentum=-1`,
    );
    const { container } = render(<GradientDescent />);
    const notices = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(notices.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Ignored gradient-descent\.lr=NaN/),
      expect.stringMatching(/^Ignored gradient-descent\.momentum=-1/),
      expect.stringMatching(/^Ignored gradient-descent\.x0=abc/),
      expect.stringMatching(/^gradient-descent\.steps=1000000000 is more than this widget runs/),
    ]);
    expect(status()).toMatch(/^Converged: after 1000 steps/);
    // the notices quote the raw URL text ("lr=NaN"); nothing the widget computes may say NaN
    const computed = container.cloneNode(true) as HTMLElement;
    computed.querySelector('[role="alert"]')?.remove();
    expect(computed.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('says "diverged" where an overflowing run leaves the loss chart', () => {
    window.history.replaceState(
      null,
      '',
      `${LESSON}?gradient-descent.lr=2&gradient-descent.steps=300`,
    );
    const { container } = render(<GradientDescent />);
    expect(status()).toMatch(/The loss overflowed after \d+ steps .* diverged\.$/);
    expect(container.querySelector('.gd-loss__exit')?.textContent).toBe('↑ diverged');
    expect(button('Step')).toHaveProperty('disabled', true);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('Play advances one step per tick and Pause stops it', async () => {
    const frames = new Map<number, FrameRequestCallback>();
    let id = 0;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      frames.set(++id, cb);
      return id;
    });
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => frames.delete(handle));
    const tick = (now: number) =>
      act(() => {
        const due = [...frames.values()];
        frames.clear();
        for (const cb of due) cb(now);
      });
    const user = userEvent.setup();
    render(<GradientDescent />);
    await user.click(button('Play'));
    const start = performance.now();
    for (let i = 1; i <= 3; i++) tick(start + i * 130);
    expect(status()).toMatch(/After 3 steps/);
    await user.click(button('Pause'));
    tick(start + 1000);
    expect(status()).toMatch(/After 3 steps/);
  });

  it('under reduced motion offers a jump to the end instead of an animation', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    const user = userEvent.setup();
    render(<GradientDescent />);
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    expect(within(widget()).getByText(/asks for reduced motion, so nothing animates/)).toBeTruthy();
    await user.click(button('Run to step 1000'));
    expect(status()).toMatch(/^Converged: after 1000 steps/);
  });
});
