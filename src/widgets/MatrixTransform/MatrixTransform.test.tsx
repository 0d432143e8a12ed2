// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import MatrixTransform from './MatrixTransform';

const widget = () => screen.getByRole('region', { name: 'Matrix transform' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))!.textContent;
const field = (name: string) =>
  within(screen.getByRole('group', { name: /^Matrix A/ })).getByLabelText(name, { exact: true });

describe('<MatrixTransform />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/matrices'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on A = [[2, 1], [1, 2]] with det 3 and eigenvalues 3 and 1', () => {
    render(<MatrixTransform />);
    expect(status()).toMatch(/^A = \[\[2, 1\], \[1, 2\]\] sends î to \(2, 1\)/);
    expect(status()).toMatch(/det A = 3: areas are multiplied by 3/);
    expect(status()).toMatch(/Eigenvalues 3 and 1/);
  });

  it('moves the image of î with the arrow keys, Shift for a whole unit', async () => {
    const user = userEvent.setup();
    render(<MatrixTransform />);
    const handle = screen.getByRole('button', { name: /^Image of î at \(2, 1\)/ });
    handle.focus();
    await user.keyboard('{ArrowRight}');
    expect(status()).toMatch(/^A = \[\[2\.1, 1\], \[1, 2\]\]/);
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    // î now lands on (2.1, 0): A = [[2.1, 1], [0, 2]], det = 4.2
    expect(status()).toMatch(/^A = \[\[2\.1, 1\], \[0, 2\]\] sends î to \(2\.1, 0\)/);
    expect(status()).toMatch(/det A = 4\.2/);
    expect(field('c')).toHaveProperty('value', '0');
    expect(document.activeElement).toBe(handle);
  });

  it('moves ĵ onto î’s line and says the plane collapses', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/lessons/matrices?matrix-transform.m=1,1,0,1');
    render(<MatrixTransform />);
    screen.getByRole('button', { name: /^Image of ĵ at/ }).focus();
    await user.keyboard('{ArrowDown}'.repeat(10));
    expect(status()).toMatch(/det A = 0: the plane collapses onto the line through \(1, 0\)/);
  });

  it('applies a preset from the keyboard', async () => {
    const user = userEvent.setup();
    render(<MatrixTransform />);
    const rotation = screen.getByRole('button', { name: 'Rotation 90°' });
    rotation.focus();
    await user.keyboard('{Enter}');
    expect(status()).toMatch(/No real eigenvectors: this matrix rotates/);
    expect(rotation.getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the last valid matrix when a field gets text, and says why', async () => {
    const user = userEvent.setup();
    render(<MatrixTransform />);
    const b = field('b');
    await user.clear(b);
    await user.type(b, 'x');
    expect(screen.getByText(/“x” is not a number\. Still using 1\./)).toBeTruthy();
    expect(status()).toMatch(/^A = \[\[2, 1\], \[1, 2\]\]/);
    await user.clear(b);
    await user.type(b, '-1');
    expect(status()).toMatch(/^A = \[\[2, −1\], \[1, 2\]\]/);
    expect(status()).toMatch(/No real eigenvectors/);
  });

  it('reads the URL, clamps absurd entries with a notice and never shows NaN', () => {
    window.history.replaceState(null, '', '/lessons/matrices?matrix-transform.m=1e9,0,0,1');
    const { container } = render(<MatrixTransform />);
    expect(status()).toMatch(/^A = \[\[5, 0\], \[0, 1\]\]/);
    expect(screen.getByRole('alert').textContent).toMatch(/entries are kept between −5 and 5/);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('ignores a malformed URL value with a notice', () => {
    window.history.replaceState(null, '', '/lessons/matrices?matrix-transform.m=NaN,1,2,3');
    render(<MatrixTransform />);
    expect(screen.getByRole('alert').textContent).toMatch(/Ignored matrix-transform\.m=NaN,1,2,3/);
    expect(status()).toMatch(/^A = \[\[2, 1\], \[1, 2\]\]/);
  });

  it('shows the NumPy for the current matrix', async () => {
    const user = userEvent.setup();
    render(<MatrixTransform />);
    await user.click(screen.getByRole('tab', { name: 'NumPy' }));
    expect(screen.getByText(/A = np\.array\(\[\[2\.0, 1\.0\],/)).toBeTruthy();
  });
});
