// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BayesUpdate from './BayesUpdate';

const widget = () => screen.getByRole('region', { name: 'Bayes update: is it spam?' });
const status = () =>
  within(widget())
    .getAllByRole('status')
    .find((el) => el.classList.contains('widget__status'))?.textContent ?? '';
const readout = (term: string) =>
  within(widget()).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('<BayesUpdate />', () => {
  beforeEach(() => window.history.replaceState(null, '', '/lessons/probability'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on the lesson’s spam filter: P("winner") = 0.2, P(spam | "winner") = 0.8', () => {
    render(<BayesUpdate />);
    expect(readout('P(“winner”)')).toBe('0.200');
    expect(readout('P(spam | “winner”)')).toBe('0.800');
    expect(status()).toMatch(/160 spam and 40 ham/);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      '1,000 emails: 40 spam without “winner”, 160 spam with “winner”, 40 ham with “winner”, 760 ham without “winner”.',
    );
  });

  it('steps the prior with the arrow keys in its field, and the posterior follows', async () => {
    const user = userEvent.setup();
    render(<BayesUpdate />);
    const field = screen.getByLabelText('Exact P(spam)');
    field.focus();
    await user.keyboard('{ArrowDown}');
    // prior 0.19: 0.8 × 0.19 / (0.8 × 0.19 + 0.05 × 0.81) = 0.152 / 0.1925 = 0.790
    expect(readout('P(spam | “winner”)')).toBe('0.790');
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    // prior 0.29: 0.232 / (0.232 + 0.0355) = 0.867
    expect(readout('P(spam | “winner”)')).toBe('0.867');
    expect(status()).toMatch(/raises the chance of spam from 0\.290 to 0\.867/);
    expect(screen.getByRole('slider', { name: /Prior P\(spam\)/ }).getAttribute('value')).toBe(
      '0.29',
    );
  });

  it('follows the likelihood sliders', () => {
    render(<BayesUpdate />);
    fireEvent.change(screen.getByRole('slider', { name: /P\(“winner” \| ham\)/ }), {
      target: { value: '0.8' },
    });
    // the word is now as common in ham as in spam: it says nothing
    expect(readout('P(spam | “winner”)')).toBe('0.200');
    expect(status()).toMatch(/leaves the chance of spam at 0\.200/);
  });

  it('keeps the last valid value when a field gets a bad entry, and says why', async () => {
    const user = userEvent.setup();
    render(<BayesUpdate />);
    const field = screen.getByLabelText('Exact P(“winner” | spam)');
    await user.clear(field);
    await user.type(field, '1.5');
    expect(screen.getByText(/Use a value from 0 to 1\. Still using 1\./)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // "1" was valid on the way to "1.5": P(spam | "winner") = 0.2 / (0.2 + 0.04) = 0.833
    expect(readout('P(spam | “winner”)')).toBe('0.833');
    await user.clear(field);
    await user.type(field, 'x');
    expect(screen.getByText(/“x” is not a number/)).toBeTruthy();
  });

  it('says the posterior is undefined when no email contains the word', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/probability?bayes-update.pos=0&bayes-update.neg=0',
    );
    const { container } = render(<BayesUpdate />);
    expect(readout('P(spam | “winner”)')).toBe('undefined');
    expect(status()).toMatch(/No email contains “winner”/);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('reads its state from the URL and ignores a prior of 2 with a notice', () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/probability?bayes-update.prior=2&bayes-update.pos=0.9',
    );
    render(<BayesUpdate />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /Ignored bayes-update\.prior=2: the prior P\(spam\) must be from 0 to 1\. Using the default\./,
    );
    // prior 0.2 (default), P(w|spam) 0.9: 0.18 / (0.18 + 0.04) = 0.818
    expect(readout('P(spam | “winner”)')).toBe('0.818');
  });

  it('resets to the lesson’s numbers', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/lessons/probability?bayes-update.prior=0.5');
    render(<BayesUpdate />);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(readout('P(spam | “winner”)')).toBe('0.800');
  });
});
