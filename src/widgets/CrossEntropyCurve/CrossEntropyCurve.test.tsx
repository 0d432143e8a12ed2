// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CrossEntropyCurve from './CrossEntropyCurve';

const widget = () => screen.getByRole('region', { name: 'Cross-entropy curve' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';
const handle = () => screen.getByRole('slider', { name: 'Probability of the true class, q' });

describe('<CrossEntropyCurve />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/cross-entropy'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on q = 0.7 (loss 0.3567) and logits [1, 3, 1] with true class 1 (CE 0.2395)', () => {
    render(<CrossEntropyCurve />);
    expect(status()).toMatch(/^q = 0\.7: .* −ln 0\.7 = 0\.3567 nats/);
    expect(status()).toMatch(/Logits \[1, 3, 1\] through softmax give \[0\.107, 0\.787, 0\.107\]/);
    expect(status()).toMatch(/cross-entropy is 0\.2395 nats/);
    expect(handle().getAttribute('aria-valuetext')).toBe('q = 0.7, loss 0.3567 nats');
  });

  it('moves the handle with the arrow keys (0.01, Shift 0.1) and Home takes it to 0, clipped', async () => {
    const user = userEvent.setup();
    render(<CrossEntropyCurve />);
    handle().focus();
    await user.keyboard('{ArrowLeft}');
    expect(status()).toMatch(/^q = 0\.69:/);
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(status()).toMatch(/^q = 0\.09:/);
    await user.keyboard('{Home}');
    expect(status()).toMatch(/^q = 0: .* clipped to ε = 1e-15 .* 34\.5388 nats/);
    expect(widget().textContent).toMatch(/off the chart/);
    expect(widget().textContent).not.toMatch(/NaN|Infinity/);
    expect(handle()).toBe(document.activeElement);
  });

  it('takes q typed in the field and rejects text, keeping the last value', async () => {
    const user = userEvent.setup();
    render(<CrossEntropyCurve />);
    const field = screen.getByLabelText('q');
    await user.clear(field);
    await user.type(field, '0.1');
    expect(status()).toMatch(/−ln 0\.1 = 2\.3026 nats/);
    await user.clear(field);
    await user.type(field, 'x');
    expect(screen.getByText(/“x” is not a number\. Still using 0\.1\./)).toBeTruthy();
    expect(status()).toMatch(/^q = 0\.1:/);
  });

  it('switches to probabilities, renormalises an edit and loads the lesson predictions', async () => {
    const user = userEvent.setup();
    render(<CrossEntropyCurve />);
    await user.click(screen.getByLabelText('Probabilities'));
    await user.click(screen.getByLabelText('class 0'));
    expect(status()).toMatch(/The prediction \[0\.9, 0\.05, 0\.05\]; .* cross-entropy is 0\.1054/);
    await user.click(screen.getByRole('button', { name: '[0.1, 0.6, 0.3]' }));
    expect(status()).toMatch(/cross-entropy is 2\.3026 nats.*favours class 1/);
    // the class-0 slider to 0.4: the others keep their 2 : 1 ratio and share 0.6
    fireEvent.change(screen.getByRole('slider', { name: /^Probability of class 0/ }), {
      target: { value: '0.4' },
    });
    expect(status()).toMatch(/\[0\.4, 0\.4, 0\.2\].*cross-entropy is 0\.9163/);
  });

  it('reads its state from the URL, renormalises probabilities and reports bad values', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/cross-entropy?cross-entropy-curve.mode=probs&cross-entropy-curve.probs=2,1,1&cross-entropy-curve.target=0&cross-entropy-curve.q=7',
    );
    render(<CrossEntropyCurve />);
    expect(status()).toMatch(/The prediction \[0\.5, 0\.25, 0\.25\]/);
    expect(status()).toMatch(/^q = 0\.7:/);
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toMatch(
      /Ignored cross-entropy-curve\.q=7: a probability must be a number from 0 to 1/,
    );
    expect(alert).toMatch(/sums to 4, not 1, so each entry was divided by 4/);
  });

  it('edits a logit by keyboard and resets to the defaults', async () => {
    const user = userEvent.setup();
    render(<CrossEntropyCurve />);
    const z1 = screen.getByLabelText('z1');
    await user.clear(z1);
    await user.type(z1, '1');
    expect(status()).toMatch(/Logits \[1, 1, 1\].*cross-entropy is 1\.0986/);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status()).toMatch(/cross-entropy is 0\.2395/);
  });
});
