// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CalibrationDiagram from './CalibrationDiagram';

const widget = () => screen.getByRole('region', { name: 'Calibration diagram' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';
const readout = (term: string) =>
  within(widget()).getByText(term, { selector: 'dt' }).parentElement?.querySelector('dd')
    ?.textContent;

describe('<CalibrationDiagram />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/cross-entropy'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens overconfident at T = 0.5 with an ECE and the fitted fix', () => {
    render(<CalibrationDiagram />);
    expect(status()).toMatch(/^At T = 0\.5 the classifier is overconfident: .*ECE = 0\.\d{3}\./);
    expect(status()).toMatch(/Temperature scaling would divide its logits by T\* = \d\.\d+/);
    expect(widget().querySelectorAll('.cd-bar').length).toBeGreaterThan(3);
  });

  it('turns the fix on from the keyboard: ECE falls, accuracy stays', async () => {
    const user = userEvent.setup();
    render(<CalibrationDiagram />);
    const accuracy = readout('Accuracy');
    const ece = Number(readout('ECE'));
    const fix = screen.getByRole('checkbox', { name: /Temperature scaling fix/ });
    fix.focus();
    await user.keyboard(' ');
    expect((fix as HTMLInputElement).checked).toBe(true);
    expect(status()).toMatch(/^With temperature scaling .* ECE falls from/);
    expect(Number(readout('ECE'))).toBeLessThan(ece / 3);
    expect(readout('Accuracy')).toBe(accuracy);
  });

  it('steps the temperature in log space to T = 1, where the classifier is close to calibrated', () => {
    render(<CalibrationDiagram />);
    const slider = screen.getByRole('slider', { name: /Temperature the classifier reports with/ });
    // a browser's ArrowRight moves one step; happy-dom has no native stepping
    for (let i = 0; i < 6; i++) {
      fireEvent.change(slider, {
        target: { value: String(Number(slider.getAttribute('value')) + 1) },
      });
    }
    expect(slider.getAttribute('aria-valuetext')).toBe('T = 1 (calibrated)');
    expect(status()).toMatch(/^At T = 1 the classifier is close to calibrated/);
  });

  it('draws a new seed and takes one typed in, rejecting text', async () => {
    const user = userEvent.setup();
    render(<CalibrationDiagram />);
    const seed = screen.getByLabelText('Seed');
    const first = status();
    await user.click(screen.getByRole('button', { name: 'New seed' }));
    expect(status()).not.toBe(first);
    await user.clear(seed);
    await user.type(seed, 'seven');
    expect(screen.getByText(/“seven” is not a number/)).toBeTruthy();
  });

  it('reads the URL, clamps an absurd size and ignores a bad temperature with notices', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/cross-entropy?calibration-diagram.n=1e9&calibration-diagram.t=-1&calibration-diagram.fix=on',
    );
    render(<CalibrationDiagram />);
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toMatch(/calibration-diagram\.n=1e9 is outside .* using 2000/);
    expect(alert).toMatch(
      /Ignored calibration-diagram\.t=-1: the temperature must be from 0\.2 to 5/,
    );
    expect(status()).toMatch(/^With temperature scaling .* fitted on 2000 held-out examples/);
    expect(widget().textContent).not.toMatch(/NaN|Infinity/);
  });
});
