// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ShapeChecker from './ShapeChecker';

const status = () =>
  within(screen.getByRole('region', { name: 'Shape checker' }))
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))!.textContent;

describe('<ShapeChecker />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/matrices'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on the classic (32×784) @ (128×784) error and its fix', () => {
    render(<ShapeChecker />);
    expect(status()).toMatch(/^\(32×784\) @ \(128×784\) cannot be multiplied/);
    expect(
      screen.getByText(/did you mean the transpose of the right matrix \(784×128\)\?/),
    ).toBeTruthy();
  });

  it('takes a typed shape from the keyboard and reports the result and FLOPs', async () => {
    const user = userEvent.setup();
    render(<ShapeChecker />);
    const right = screen.getByLabelText('Right shape (B)');
    await user.click(right);
    await user.keyboard('{Control>}a{/Control}(784, 128)');
    expect(status()).toBe(
      '(32×784) @ (784×128) multiplies: the inner dimensions match (784 = 784), the result is (32×128), and it costs 2·32·784·128 = 6,422,528 floating-point operations.',
    );
    expect(screen.getByText('6.42 million')).toBeTruthy();
  });

  it('keeps the last valid shape when the text is not a shape, and says why', async () => {
    const user = userEvent.setup();
    render(<ShapeChecker />);
    const left = screen.getByLabelText('Left shape (A)');
    await user.clear(left);
    await user.type(left, '784');
    expect(screen.getByText(/784 alone is a vector.*Still using \(32×784\)\./)).toBeTruthy();
    expect(left.getAttribute('aria-invalid')).toBe('true');
    expect(status()).toMatch(/^\(32×784\) @ \(128×784\)/);
  });

  it('applies an example with the keyboard and the fields follow', async () => {
    const user = userEvent.setup();
    render(<ShapeChecker />);
    screen.getByRole('button', { name: 'Batch X (5×3) @ W (3×2)' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toMatch(/^\(5×3\) @ \(3×2\) multiplies.*\(5×2\).*= 60 floating-point/);
    expect(screen.getByLabelText('Left shape (A)')).toHaveProperty('value', '5×3');
    expect(screen.getByLabelText('Right shape (B)')).toHaveProperty('value', '3×2');
  });

  it('reads its shapes from the URL and reports values it ignores', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/matrices?shape-checker.a=5x3&shape-checker.b=0x2',
    );
    const { container } = render(<ShapeChecker />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /Ignored shape-checker\.b=0x2: Each dimension must be at least 1\. Using the default\./,
    );
    expect(status()).toMatch(/^\(5×3\) @ \(128×784\) cannot be multiplied/);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('resets to the classic example', async () => {
    const user = userEvent.setup();
    window.history.replaceState(
      null,
      '',
      '/lessons/matrices?shape-checker.a=2x2&shape-checker.b=2x2',
    );
    render(<ShapeChecker />);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status()).toMatch(/^\(32×784\) @ \(128×784\)/);
  });
});
