// @vitest-environment happy-dom
// CardView with the real vectors cards (rendered by the same code as the build), by keyboard.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CardData } from './cardData';
import { CardView } from './CardView';
import { instantiate } from './instantiate';
import { readAllCards, renderCards } from './source/readCards';
import type { AnswerCheck } from './types';

const cards = renderCards(readAllCards().filter((e) => e.lesson === 'vectors'));
const byId = (id: string): CardData => {
  const card = cards.find((c) => c.id === id);
  if (!card) throw new Error(`no card ${id}`);
  return card;
};

const setup = (
  id: string,
  props: { retry?: boolean; keys?: 'card' | 'document'; seed?: number } = {},
) => {
  const onResult = vi.fn<(check: AnswerCheck | null) => void>();
  const user = userEvent.setup();
  const instance = instantiate(byId(id), props.seed ?? 1);
  const view = render(
    <CardView instance={instance} onResult={onResult} retry={props.retry} keys={props.keys} />,
  );
  return { user, onResult, instance, ...view };
};

const status = () => screen.getByRole('status');

describe('<CardView /> recall', () => {
  it('reveals with the button, reports null, and moves focus to the answer', async () => {
    const { user, onResult, container } = setup('vectors/dot-product-measures');
    expect(screen.queryByText(/Alignment:/)).toBeNull();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show answer' }));
    await user.keyboard('{Enter}');
    expect(screen.getByText(/Alignment:/)).toBeTruthy();
    expect(onResult).toHaveBeenCalledExactlyOnceWith(null);
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(container.querySelector('.study-card__answer')),
    );
    const button = screen.getByRole('button', { name: 'Answer shown' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('reveals on Space anywhere but a text field (document scope)', async () => {
    const { user, onResult } = setup('vectors/dot-product-measures', { keys: 'document' });
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    await user.keyboard(' ');
    expect(onResult).not.toHaveBeenCalled();
    outside.blur();
    outside.remove();
    await user.keyboard(' ');
    expect(onResult).toHaveBeenCalledExactlyOnceWith(null);
    expect(screen.getByText(/Alignment:/)).toBeTruthy();
  });

  it('renders build-time KaTeX as elements with CSSOM styles, no HTML strings', () => {
    const { container } = setup('vectors/dot-product-measures');
    const katex = container.querySelector('.katex');
    expect(katex).not.toBeNull();
    const strut = container.querySelector<HTMLElement>('.katex .strut');
    expect(strut?.style.height).toMatch(/em$/);
    expect(container.querySelector('annotation')?.textContent).toBe('a \\cdot b');
  });
});

describe('<CardView /> choice', () => {
  it('picks an option with a number key and submits with Enter', async () => {
    const { user, onResult, instance } = setup('vectors/dot-sign');
    const correct = instance.choices?.correct ?? -1;
    const wrong = correct === 0 ? 1 : 0;
    await user.tab();
    await user.keyboard(String(wrong + 1));
    const radios = screen.getAllByRole('radio');
    expect((radios[wrong] as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(radios[wrong]);
    await user.keyboard('{Enter}');
    expect(onResult).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ kind: 'wrong' }));
    expect(status().textContent).toContain(`option ${correct + 1}`);
    expect(screen.getByText('right answer')).toBeTruthy();
    expect(screen.getByText('your choice')).toBeTruthy();
    // the first answer stands: keys no longer change the choice
    await user.keyboard(String(correct + 1));
    expect((radios[wrong] as HTMLInputElement).checked).toBe(true);
  });

  it('says "choose an option first" without reporting a result', async () => {
    const { user, onResult } = setup('vectors/dot-sign');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(status().textContent).toBe('Choose an option first.');
    expect(onResult).not.toHaveBeenCalled();
  });

  it('shuffles options by seed, the same way for the same seed', () => {
    const order = (seed: number) =>
      Array.from(
        { length: 6 },
        () => instantiate(byId('vectors/cosine-for-search'), seed).choices?.correct,
      );
    expect(new Set(order(1)).size).toBe(1);
    const corrects = new Set(
      Array.from(
        { length: 20 },
        (_, s) => instantiate(byId('vectors/cosine-for-search'), s).choices?.correct,
      ),
    );
    expect(corrects.size).toBeGreaterThan(1);
  });
});

describe('<CardView /> numeric and generated', () => {
  it('Enter submits; wrong, then right in practice mode', async () => {
    const { user, onResult } = setup('vectors/cosine-worked', { retry: true });
    const field = screen.getByLabelText('Your answer');
    await user.type(field, 'abc{Enter}');
    expect(status().textContent).toMatch(/not a number yet/);
    expect(onResult).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, '0.7{Enter}');
    expect(onResult).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'wrong' }));
    expect(screen.getByText(/Answer:/)).toBeTruthy();
    await user.clear(field);
    await user.type(field, '75.59%{Enter}');
    expect(onResult).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'right' }));
    expect(status().textContent).toBe('Right: the answer is 0.7559.');
  });

  it('locks the field after the first answer outside practice mode', async () => {
    const { user, onResult } = setup('vectors/l2-worked');
    const field = screen.getByLabelText('Your answer');
    await user.type(field, '2.9292{Enter}');
    expect(onResult).toHaveBeenCalledOnce();
    expect(field.hasAttribute('readonly')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onResult).toHaveBeenCalledOnce();
  });

  it('a generated card shows its worked solution and names a known mistake', async () => {
    const { user, onResult, instance } = setup('vectors/cosine-generated', { seed: 7 });
    const mistake = 'mistakes' in instance ? instance.mistakes?.[0] : undefined;
    expect(mistake?.id).toBe('dot-not-cosine');
    await user.type(screen.getByLabelText('Your answer'), `${String(mistake?.value)}{Enter}`);
    expect(onResult).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'wrong', mistake: 'dot product instead of cosine' }),
    );
    expect(screen.getByText('Worked solution')).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
  });
});
