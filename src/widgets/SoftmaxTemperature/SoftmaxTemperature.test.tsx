// @vitest-environment happy-dom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SoftmaxTemperature from './SoftmaxTemperature';

const widget = () => screen.getByRole('region', { name: 'Softmax and temperature' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';
const probabilities = () =>
  within(widget())
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.st-prob')?.textContent);
const slider = () => screen.getByRole('slider', { name: /Temperature/ });

describe('<SoftmaxTemperature />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/softmax'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on mat 2, floor 1, sofa 0.1 at T = 1', () => {
    render(<SoftmaxTemperature />);
    expect(status()).toMatch(/^At T = 1 \(plain softmax\): mat 0\.659, floor 0\.242, sofa 0\.099;/);
    expect(probabilities()).toEqual(['0.659', '0.242', '0.099']);
    expect(screen.getByLabelText('Logit of mat')).toHaveProperty('value', '2');
  });

  it('while a pointer drags T the bars and probabilities follow; the words wait for release', () => {
    render(<SoftmaxTemperature />);
    const range = slider();
    const before = status();
    const formula = () => widget().querySelector('.live-formula')?.textContent;
    const formulaBefore = formula();
    fireEvent.pointerDown(range);
    // 20 steps per decade: T = 1 → 10^(6/20) ≈ 2
    fireEvent.change(range, {
      target: { value: String(Number(range.getAttribute('value')) + 6) },
    });
    expect(range.getAttribute('aria-valuetext')).toBe('T = 2');
    expect(probabilities()).toEqual(['0.502', '0.304', '0.194']);
    expect(status()).toBe(before);
    expect(formula()).toBe(formulaBefore);
    void act(() => window.dispatchEvent(new Event('pointerup')));
    expect(status()).toMatch(/^At T = 2 /);
    expect(formula()).not.toBe(formulaBefore);
  });

  it('moves the temperature slider in log space: each step multiplies T by 10^(1/20)', () => {
    render(<SoftmaxTemperature />);
    const range = slider();
    expect(range.getAttribute('aria-valuetext')).toBe('T = 1');
    // a browser's ArrowRight moves a range input one step; happy-dom has no native stepping
    const step = (delta: number) =>
      fireEvent.change(range, {
        target: { value: String(Number(range.getAttribute('value')) + delta) },
      });
    step(1);
    expect(range.getAttribute('aria-valuetext')).toBe('T = 1.12');
    for (let i = 0; i < 5; i++) step(1);
    expect(range.getAttribute('aria-valuetext')).toBe('T = 2');
    expect(probabilities()).toEqual(['0.502', '0.304', '0.194']);
    expect(status()).toMatch(/^At T = 2 the distribution is flatter than at T = 1/);
    for (let i = 0; i < 26; i++) step(-1);
    expect(range.getAttribute('aria-valuetext')).toBe('T = 0.1');
    expect(probabilities()).toEqual(['1.000', '0.000', '0.000']);
  });

  it('takes an exact temperature from the keyboard, arrow keys included', async () => {
    const user = userEvent.setup();
    render(<SoftmaxTemperature />);
    const exact = screen.getByLabelText('Exact T');
    await user.clear(exact);
    await user.type(exact, '2');
    expect(probabilities()).toEqual(['0.502', '0.304', '0.194']);
    await user.keyboard('{ArrowUp}');
    expect(status()).toMatch(/^At T = 2\.1 /);
  });

  it('updates when a logit is edited, and keeps the last valid logit on bad text', async () => {
    const user = userEvent.setup();
    render(<SoftmaxTemperature />);
    const sofa = screen.getByLabelText('Logit of sofa');
    await user.clear(sofa);
    await user.type(sofa, '2');
    expect(probabilities()).toEqual(['0.422', '0.155', '0.422']);
    await user.clear(sofa);
    await user.type(sofa, 'abc');
    expect(sofa.getAttribute('aria-invalid')).toBe('true');
    expect(within(widget()).getByText(/“abc” is not a number\. Still using 2\./)).toBeTruthy();
    expect(probabilities()).toEqual(['0.422', '0.155', '0.422']);
    await user.clear(sofa);
    // pasted whole: typed key by key, "1" would be a valid logit on the way
    await user.paste('1e400');
    expect(within(widget()).getByText(/“1e400” is not a number\. Still using 2\./)).toBeTruthy();
    expect(widget().textContent).not.toMatch(/NaN|Infinity/);
  });

  it('renames a token as plain text and refuses an empty name', async () => {
    const user = userEvent.setup();
    render(<SoftmaxTemperature />);
    const first = screen.getByLabelText('Token 1');
    await user.clear(first);
    expect(within(widget()).getByText(/A token needs a name\. Still using “mat”\./)).toBeTruthy();
    await user.type(first, '<b>rug</b>');
    expect(status()).toMatch(/<b>rug<\/b> 0\.659/);
    expect(screen.getByRole('button', { name: 'Remove <b>rug</b>' })).toBeTruthy();
    expect(widget().querySelector('b')).toBeNull();
  });

  it('adds and removes rows from the keyboard, within 2 to 20 tokens', async () => {
    const user = userEvent.setup();
    render(<SoftmaxTemperature />);
    const add = screen.getByRole('button', { name: 'Add token bed' });
    add.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Logit of bed')).toHaveProperty('value', '0');
    expect(probabilities()).toHaveLength(4);
    for (let i = 0; i < 20; i++) await user.keyboard('{Enter}');
    expect(probabilities()).toHaveLength(20);
    expect(screen.getByRole('button', { name: /^Add token/ })).toHaveProperty('disabled', true);

    screen.getByRole('button', { name: 'Remove floor' }).focus();
    await user.keyboard('{Enter}');
    expect(probabilities()).toHaveLength(19);
    // focus moves to the row that took its place
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove sofa' }));
    for (let i = 0; i < 17; i++) await user.keyboard(' ');
    expect(probabilities()).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Remove mat' })).toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Add token/ }));
  });

  it('greys out what top-k drops and shows the renormalised values', async () => {
    const user = userEvent.setup();
    render(<SoftmaxTemperature />);
    await user.selectOptions(screen.getByLabelText('top-k'), '2');
    const rows = within(widget()).getAllByRole('listitem');
    expect(rows[2]?.className).toMatch(/st-row--dropped/);
    expect(rows[2]?.textContent).toMatch(/dropped/);
    expect(rows[0]?.textContent).toMatch(/renormalised to 0\.731/);
    expect(status()).toMatch(/Top-k = 2 keeps mat and floor/);
    await user.click(screen.getByLabelText('top-p'));
    expect(status()).toMatch(/Top-k = 2 with top-p = 0\.9 keeps mat and floor/);
  });

  it('draws 100 samples with the seed shown, and the same seed gives the same counts', async () => {
    const user = userEvent.setup();
    render(<SoftmaxTemperature />);
    expect(screen.getByLabelText('Seed')).toHaveProperty('value', '42');
    await user.click(screen.getByRole('button', { name: 'Sample 100' }));
    const first = status().match(/100 draws with seed 42: .*$/)?.[0];
    expect(first).toMatch(/mat \d+, floor \d+, sofa \d+\.$/);
    await user.click(screen.getByRole('button', { name: 'New seed' }));
    const seed = screen.getByLabelText<HTMLInputElement>('Seed').value;
    expect(seed).not.toBe('42');
    expect(status()).toMatch(new RegExp(`100 draws with seed ${seed}:`));
    const seedField = screen.getByLabelText('Seed');
    await user.clear(seedField);
    await user.type(seedField, '42');
    expect(status().match(/100 draws with seed 42: .*$/)?.[0]).toBe(first);
  });

  it('adds 100 draws per press up to 1000, then disables the button', async () => {
    const user = userEvent.setup();
    render(<SoftmaxTemperature />);
    const sample = screen.getByRole('button', { name: 'Sample 100' });
    for (let i = 0; i < 10; i++) await user.click(sample);
    expect(status()).toMatch(/ 1000 draws with seed 42: /);
    expect(sample).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Clear draws' }));
    expect(status()).not.toMatch(/draws/);
    expect(sample).toHaveProperty('disabled', false);
  });

  it('reads hostile URL values, reports them and keeps working', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/softmax?softmax-temperature.logits=1e400&softmax-temperature.t=-1' +
        '&softmax-temperature.labels=%3Cscript%3Ex%3C%2Fscript%3E,b',
    );
    render(<SoftmaxTemperature />);
    const alert = within(widget()).getByRole('alert');
    expect(alert.textContent).toMatch(/Ignored softmax-temperature\.logits=1e400/);
    expect(alert.textContent).toMatch(/Ignored softmax-temperature\.t=-1/);
    expect(alert.textContent).toMatch(/2 names for 3 logits/);
    expect(status()).toMatch(/^At T = 1 \(plain softmax\): mat 0\.659/);
    expect(widget().querySelector('script')).toBeNull();
  });

  it('shows a <script> label from the URL as text', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/softmax?softmax-temperature.labels=%3Cscript%3Ex%3C%2Fscript%3E,b,c',
    );
    render(<SoftmaxTemperature />);
    expect(status()).toMatch(/<script>x<\/script> 0\.659/);
    expect(widget().querySelector('script')).toBeNull();
  });

  it('stays finite at logits ±1e6 and T = 0.05, with the stable form in the formula', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/softmax?softmax-temperature.logits=1000000,-1000000&softmax-temperature.t=0.05',
    );
    render(<SoftmaxTemperature />);
    expect(probabilities()).toEqual(['1.000', '0.000']);
    expect(widget().textContent).not.toMatch(/NaN|Infinity/);
    expect(widget().querySelector('.st-formula')?.textContent).toMatch(
      /reaches e20000000, beyond the largest double/,
    );
  });
});
