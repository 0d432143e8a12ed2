// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import VectorPlayground from './VectorPlayground';

const status = () => {
  const widget = screen.getByRole('region', { name: 'Vector playground' });
  return within(widget)
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))!.textContent;
};

describe('<VectorPlayground />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/vectors'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on a = (4, 1), b = (1, 3) with a·b = 7', () => {
    render(<VectorPlayground />);
    expect(status()).toMatch(/^a = \(4, 1\) and b = \(1, 3\): a·b = 7\.000, cos θ = 0\.537/);
    expect(status()).toMatch(/Top search result by cosine: postgres/);
  });

  it('moves the focused handle with the arrow keys, Shift for a whole unit', async () => {
    const user = userEvent.setup();
    render(<VectorPlayground />);
    const handle = screen.getByRole('button', { name: /^Vector a at \(4, 1\)/ });
    handle.focus();
    await user.keyboard('{ArrowRight}');
    expect(status()).toMatch(/^a = \(4\.1, 1\)/);
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(status()).toMatch(/^a = \(4\.1, 2\) and b = \(1, 3\): a·b = 10\.100/);
    expect(screen.getByRole('button', { name: /^Vector a at \(4\.1, 2\)/ })).toBe(handle);
  });

  it('stops at the edge of the plane', async () => {
    const user = userEvent.setup();
    render(<VectorPlayground />);
    screen.getByRole('button', { name: /^Vector b at/ }).focus();
    for (let i = 0; i < 8; i++) await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(status()).toMatch(/b = \(1, 5\)/);
  });

  it('keeps the last valid value when a number field gets text, and says why', async () => {
    const user = userEvent.setup();
    render(<VectorPlayground />);
    const ax = within(screen.getByRole('group', { name: 'Vector a' })).getByLabelText('x');
    await user.clear(ax);
    await user.type(ax, 'abc');
    expect(screen.getByText(/“abc” is not a number\. Still using 4\./)).toBeTruthy();
    expect(ax.getAttribute('aria-invalid')).toBe('true');
    expect(status()).toMatch(/^a = \(4, 1\)/);
    await user.clear(ax);
    await user.type(ax, '-2');
    expect(status()).toMatch(/^a = \(-2, 1\)/);
  });

  it('rejects a value off the plane', async () => {
    const user = userEvent.setup();
    render(<VectorPlayground />);
    const by = within(screen.getByRole('group', { name: 'Vector b' })).getByLabelText('y');
    await user.clear(by);
    await user.type(by, '12');
    // "1" was valid on the way to "12", so it is the value kept
    expect(screen.getByText(/Use a value from −5 to 5\. Still using 1\./)).toBeTruthy();
    expect(status()).toMatch(/b = \(1, 1\)/);
  });

  it('reads its state from the URL and reports values it ignores', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/vectors?vector-playground.a=1,0&vector-playground.b=abc',
    );
    render(<VectorPlayground />);
    expect(status()).toMatch(/^a = \(1, 0\) and b = \(1, 3\)/);
    expect(screen.getByRole('alert').textContent).toMatch(
      /Ignored vector-playground\.b=abc: expected numbers separated by commas/,
    );
  });

  it('says a zero vector has no direction instead of printing NaN', () => {
    window.history.replaceState(null, '', '/lessons/vectors?vector-playground.a=0,0');
    const { container } = render(<VectorPlayground />);
    expect(status()).toMatch(/zero length/);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
    expect(container.textContent).toMatch(/A zero-length vector has no direction/);
  });

  it('re-ranks the search by dot product when asked', () => {
    render(<VectorPlayground />);
    fireEvent.click(screen.getByLabelText('Dot product'));
    expect(status()).toMatch(/Top search result by dot product: postgres/);
  });

  it('resets to the defaults', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/lessons/vectors?vector-playground.a=2,2');
    render(<VectorPlayground />);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status()).toMatch(/^a = \(4, 1\)/);
  });
});
