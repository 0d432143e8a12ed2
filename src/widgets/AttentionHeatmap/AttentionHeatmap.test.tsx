// @vitest-environment happy-dom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AttentionHeatmap from './AttentionHeatmap';

const widget = () => screen.getByRole('region', { name: 'Attention heatmap' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))!.textContent;
const announcement = () => widget().querySelector('.heatmap__announce')?.textContent;
const plot = () => within(widget()).getByRole('application', { name: /^Attention weights/ });

describe('<AttentionHeatmap />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/attention'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on the sentence with ‘cat’ attending most to ‘sat’', () => {
    render(<AttentionHeatmap />);
    expect(status()).toMatch(/^Query ‘cat’ attends most to ‘sat’ \(weight 0\.378\)\. Every row/);
    expect(plot().getAttribute('aria-label')).toMatch(/6 queries by 6 keys/);
  });

  it('while a pointer drags the temperature the heatmap follows; the words wait for release', () => {
    render(<AttentionHeatmap />);
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const range = screen.getByRole('slider', { name: /^Temperature/ });
    const before = status();
    const label = plot().getAttribute('aria-label');
    const table = () => widget().querySelector('table')?.textContent;
    const tableBefore = table();
    expect(tableBefore).toContain('0.378');
    fireEvent.pointerDown(range);
    fireEvent.change(range, {
      target: { value: String(Number(range.getAttribute('value')) - 20) },
    });
    expect(range.getAttribute('aria-valuetext')).toBe('T = 0.1');
    // the weights (drawn, and in the table alternative) are new; the status is not yet
    expect(table()).not.toBe(tableBefore);
    expect(status()).toBe(before);
    void act(() => window.dispatchEvent(new Event('pointerup')));
    expect(status()).not.toBe(before);
    expect(status()).toMatch(/^Query ‘cat’ attends most to ‘sat’ \(weight 0\.9/);
    expect(plot().getAttribute('aria-label')).toBe(label);
  });

  it('switches to matrices mode on the syllabus example, 0.670 / 0.330', async () => {
    const user = userEvent.setup();
    render(<AttentionHeatmap />);
    await user.click(screen.getByRole('radio', { name: 'Your own Q, K, V' }));
    expect(status()).toBe(
      'Query 1 gives key 1 weight 0.670 and key 2 weight 0.330, so its output is [1.660, 2.660]. Every row sums to 1.',
    );
    expect(widget().querySelector('.live-formula')?.textContent).toMatch(
      /0\.670 × \[1, 2\] \+ 0\.330 × \[3, 4\] = \[1\.660, 2\.660\]/,
    );
  });

  it('moves the announced cell with the arrow keys and selects a row with Enter', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/lessons/attention?attention-heatmap.mode=matrices');
    render(<AttentionHeatmap />);
    act(() => plot().focus());
    expect(announcement()).toBe('q1 → k1: 0.670');
    await user.keyboard('{ArrowRight}');
    expect(announcement()).toBe('q1 → k2: 0.330');
    expect(widget().querySelector('.attention-cell')?.textContent).toMatch(
      /Raw score q·k0\.000Scaled score0\.000Weight0\.330/,
    );
    await user.keyboard('{ArrowDown}{Enter}');
    expect(announcement()).toBe('q2 → k2: 0.670');
    expect(status()).toMatch(/^Query 2 gives key 1 weight 0\.330 and key 2 weight 0\.670/);
  });

  it('masks the future with the causal toggle and says so in words', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/lessons/attention?attention-heatmap.mode=matrices');
    const { container } = render(<AttentionHeatmap />);
    await user.click(screen.getByRole('checkbox', { name: 'Causal mask' }));
    expect(status()).toMatch(/^Query 1 gives key 1 weight 1\.000 and key 2 nothing \(masked\)/);
    act(() => plot().focus());
    await user.keyboard('{ArrowRight}');
    expect(announcement()).toBe('q1 → k2: masked (−∞), weight 0');
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
    await user.click(screen.getByRole('checkbox', { name: /Scale by/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Causal mask' }));
    expect(status()).toMatch(/key 1 weight 0\.731 and key 2 weight 0\.269/);
  });

  it('edits V and the shapes of the matrices', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/lessons/attention?attention-heatmap.mode=matrices');
    render(<AttentionHeatmap />);
    const v11 = screen.getByLabelText('V row 1, column 1');
    await user.clear(v11);
    await user.type(v11, '3');
    expect(status()).toMatch(/output is \[3\.000, 2\.660\]/);
    await user.clear(v11);
    await user.type(v11, 'x');
    expect(screen.getByText(/“x” is not a number\. Still using 3\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add key' }));
    expect(plot().getAttribute('aria-label')).toMatch(/2 queries by 3 keys/);
    expect(screen.getByLabelText('V row 3, column 2')).toBeTruthy();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Add query' }));
    expect(screen.getByRole('button', { name: 'Add query' }).hasAttribute('disabled')).toBe(true);
  });

  it('keeps the last valid sentence when the text has too many words', () => {
    render(<AttentionHeatmap />);
    const field = screen.getByLabelText(/^Sentence/);
    fireEvent.change(field, { target: { value: Array(70).fill('word').join(' ') } });
    expect(screen.getByText(/That is 70 words; the widget takes 2 to 64/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(status()).toMatch(/^Query ‘cat’ attends most to ‘sat’/);
    fireEvent.change(field, { target: { value: 'dogs chase cats' } });
    expect(plot().getAttribute('aria-label')).toMatch(/3 queries by 3 keys/);
    expect(field.getAttribute('aria-invalid')).toBeNull();
    // Reset brings back the default sentence and clears a pending error
    fireEvent.change(field, { target: { value: 'one' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByLabelText<HTMLInputElement>(/^Sentence/).value).toBe(
      'the cat sat on the mat',
    );
    expect(screen.queryByText(/Still showing the last valid sentence/)).toBeNull();
    expect(plot().getAttribute('aria-label')).toMatch(/6 queries by 6 keys/);
  });

  it('shows the 128-token stress passage and goes back', async () => {
    const user = userEvent.setup();
    render(<AttentionHeatmap />);
    const stress = screen.getByRole('button', { name: '128-token stress test' });
    await user.click(stress);
    expect(stress.getAttribute('aria-pressed')).toBe('true');
    expect(plot().getAttribute('aria-label')).toMatch(/128 queries by 128 keys/);
    expect(widget().querySelector('.attention-row')?.textContent).toMatch(/10 largest weights/);
    await user.click(stress);
    expect(plot().getAttribute('aria-label')).toMatch(/6 queries by 6 keys/);
  });

  it('reseeds the projections and changes d_k', async () => {
    const user = userEvent.setup();
    render(<AttentionHeatmap />);
    const before = status();
    await user.click(screen.getByRole('button', { name: 'Reseed' }));
    expect(screen.getByText(/from seed 8/)).toBeTruthy();
    expect(status()).not.toBe(before);
    await user.click(screen.getByRole('radio', { name: '64' }));
    expect(widget().querySelector('.live-formula')?.textContent).toMatch(/√64 = 8\.000/);
  });

  it('reports hostile URL values and uses the defaults', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/attention?attention-heatmap.dk=7&attention-heatmap.t=1e9&attention-heatmap.q=1,2,3',
    );
    const { container } = render(<AttentionHeatmap />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Ignored attention-heatmap\.dk=7: expected one of 2, 4, 8/);
    expect(alert.textContent).toMatch(/attention-heatmap\.t=1000000000 is outside 0\.05–10/);
    expect(alert.textContent).toMatch(/Q and K need the same number of columns/);
    expect(screen.getByRole('slider', { name: /Temperature/ }).getAttribute('aria-valuetext')).toBe(
      'T = 10',
    );
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});
