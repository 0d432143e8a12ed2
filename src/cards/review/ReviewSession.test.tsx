// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../../ui/router';
import { beforeEach, describe, expect, it } from 'vitest';
import { useProgress } from '../../store/progress';
import type { CardInstance, CardMeta } from '../types';
import { ReviewSession } from './ReviewSession';
import type { CardSlotProps } from './ReviewSession';
import type { SessionItem } from './session';

// test doubles: a recall card and a typed-answer card, rendered by a minimal card view
const cards: CardMeta[] = [
  { id: 't/recall', lesson: 't', type: 'recall', title: 'Recall one' },
  { id: 't/numeric', lesson: 't', type: 'numeric', title: 'Type a number' },
];
const instanceFor = (item: SessionItem): CardInstance => {
  const card = cards.find((c) => c.id === item.cardId)!;
  return {
    card,
    seed: item.seed,
    prompt: `Prompt of ${card.title}`,
    answer: `Answer of ${card.title}`,
    ...(card.type === 'numeric' ? { numeric: { expected: 2, tolerance: 0.01 } } : {}),
  };
};

/** Like CardView: recall cards bring their own "Show answer" button; others a form. */
function FakeCard({ instance, answered, onCheck, onReveal }: CardSlotProps) {
  return (
    <div>
      <p>{instance.prompt}</p>
      {instance.card.type === 'recall' && !answered ? (
        <button type="button" onClick={onReveal}>
          Show answer
        </button>
      ) : null}
      {instance.numeric && !answered ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const value = new FormData(e.currentTarget).get('answer');
            onCheck(
              value === '2'
                ? { kind: 'right', message: 'Right.' }
                : value === ''
                  ? { kind: 'not-an-answer', message: 'Type a number.' }
                  : { kind: 'wrong', message: 'Wrong.' },
            );
          }}
        >
          <label>
            Your answer <input name="answer" />
          </label>
        </form>
      ) : null}
      {answered ? <p>{instance.answer}</p> : null}
    </div>
  );
}

function renderSession(items: SessionItem[]) {
  return render(
    <MemoryRouter>
      <ReviewSession
        items={items}
        instanceFor={instanceFor}
        renderCard={(p) => <FakeCard {...p} />}
        cards={cards}
        seed={7}
        onExit={() => undefined}
      />
    </MemoryRouter>,
  );
}

beforeEach(() => {
  useProgress.setState({ reviews: [], removed: [] });
});

describe('ReviewSession', () => {
  it('runs a whole session from the keyboard, with undo', async () => {
    const user = userEvent.setup();
    renderSession([
      { cardId: 't/recall', seed: 1 },
      { cardId: 't/numeric', seed: 2 },
    ]);
    expect(screen.getByRole('heading', { name: /Card 1 of 2/ })).toBeDefined();
    expect(screen.queryByText('Answer of Recall one')).toBeNull();

    await user.keyboard(' ');
    expect(screen.getByText('Answer of Recall one')).toBeDefined();
    // Easy on a new card schedules days ahead, so it does not come back in this session
    expect(screen.getByRole('button', { name: /^Easy/ }).textContent).toMatch(/days?/);
    await user.keyboard('4');
    expect(useProgress.getState().reviews).toMatchObject([
      { cardId: 't/recall', rating: 4, seed: 1 },
    ]);

    // Ctrl+Z brings the same card back and removes the review (focus is in the next card's
    // empty answer field, which has no typing of its own to undo)
    expect(document.activeElement).toBe(screen.getByLabelText('Your answer'));
    await user.keyboard('{Control>}z{/Control}');
    expect(useProgress.getState().reviews).toEqual([]);
    expect(screen.getByRole('heading', { name: /Card 1 of 2/ })).toBeDefined();
    await user.keyboard(' ');
    await user.keyboard('4');

    // the typed answer: focus is in the field, digits go there, Enter submits
    const field = screen.getByLabelText('Your answer');
    expect(document.activeElement).toBe(field);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: /How well/ })).toBeNull();
    await user.keyboard('3{Enter}');
    const group = screen.getByRole('group', { name: /How well/ });
    expect(group.textContent).toMatch(/Suggested: Again/);
    // focus sits on the suggestion, so Enter accepts it; 3 overrides it with Good
    expect(document.activeElement?.textContent).toMatch(/^Again/);
    await user.keyboard('3');
    expect(useProgress.getState().reviews.at(-1)).toMatchObject({
      cardId: 't/numeric',
      rating: 3,
      autoGrade: 'wrong',
      seed: 2,
    });
  });

  it('brings a card rated Again back in the same session, then summarises', async () => {
    const user = userEvent.setup();
    renderSession([{ cardId: 't/recall', seed: 1 }]);
    await user.click(screen.getByRole('button', { name: /Show answer/ }));
    await user.click(screen.getByRole('button', { name: /^Again/ }));
    expect(screen.getByRole('heading', { name: /Card 2 of 2/ })).toBeDefined();
    await user.keyboard(' 4');
    expect(screen.getByRole('heading', { name: 'Session complete' })).toBeDefined();
    expect(screen.getByText(/You made 2 reviews of 1 card\./)).toBeDefined();
    expect(screen.getByText(/The next card is due in \d+ days?/)).toBeDefined();
    // undo from the summary goes back into the session
    await user.click(screen.getByRole('button', { name: 'Undo last rating' }));
    expect(screen.getByRole('heading', { name: /Card 2 of 2/ })).toBeDefined();
    expect(useProgress.getState().reviews).toHaveLength(1);
  });
});
