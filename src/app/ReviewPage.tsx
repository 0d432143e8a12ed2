import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useSearchParams } from '../ui/router';
import type { CardData } from '../cards/catalog';
import type * as SessionDepsModule from '../cards/review/sessionDeps';
import { cardIndex } from '../cards/cardIndex';
import { startOfLocalDay } from '../cards/review/format';
import { buildQueue, nextDueAfter } from '../cards/review/queue';
import { ReviewOverview } from '../cards/review/ReviewOverview';
import type { LessonOption } from '../cards/review/ReviewOverview';
import { ReviewSession } from '../cards/review/ReviewSession';
import type { CardSlotProps } from '../cards/review/ReviewSession';
import type { SessionItem } from '../cards/review/session';
import { useCardStates } from '../cards/review/useCardStates';
import { useNow } from '../cards/review/useNow';
import { lessons } from '../lessons/catalog';
import { createRng } from '../math';
import { selectNewCardsPerDay, selectReviews, useProgress } from '../store/progress';
import { useDocumentTitle } from '../ui/useDocumentTitle';

type SessionDeps = typeof SessionDepsModule;

interface ActiveSession {
  items: SessionItem[];
  cards: ReadonlyMap<string, CardData>;
  /** Card content and renderer, loaded on Start (they stay off the overview's first load). */
  instantiate: SessionDeps['instantiate'];
  renderCard: (props: CardSlotProps) => ReactNode;
  seed: number;
  /** Changes per session, so a new session starts from a fresh reducer. */
  key: number;
}

const lessonOrder = new Map(lessons.map((l, i) => [l.slug, i]));
/** Every card, in course order: new cards are introduced lesson by lesson. */
const courseCards = [...cardIndex].sort(
  (a, b) =>
    (lessonOrder.get(a.lesson) ?? lessons.length) - (lessonOrder.get(b.lesson) ?? lessons.length),
);

/** Lessons that have cards, in course order. */
const lessonOptions: LessonOption[] = lessons
  .filter((l) => cardIndex.some((c) => c.lesson === l.slug))
  .map((l) => ({ slug: l.slug, title: l.title }));

/** CardView in review mode: document-wide keys, the answer shown once the session says so. */
function cardRenderer({ CardView }: SessionDeps) {
  return function renderCard({ instance, answered, onReveal, onCheck }: CardSlotProps) {
    return (
      <CardView
        instance={instance}
        revealed={answered}
        keys="document"
        onResult={(check) => (check ? onCheck(check) : onReveal())}
      />
    );
  };
}

export function ReviewPage() {
  useDocumentTitle('Review');
  const [params, setParams] = useSearchParams();
  const requested = params.get('lesson');
  const lesson = lessonOptions.some((l) => l.slug === requested) ? requested : null;
  const now = useNow();
  const states = useCardStates();
  const log = useProgress(selectReviews);
  const newCardsPerDay = useProgress(selectNewCardsPerDay);
  const setNewCardsPerDay = useProgress((s) => s.setNewCardsPerDay);
  const [session, setSession] = useState<ActiveSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  const inFilter = useMemo(
    () => courseCards.filter((c) => lesson === null || c.lesson === lesson),
    [lesson],
  );
  const queue = useMemo(
    () =>
      buildQueue({
        cards: courseCards,
        states,
        log,
        now,
        dayStart: startOfLocalDay(now),
        newCardsPerDay,
        lesson,
      }),
    [states, log, now, newCardsPerDay, lesson],
  );

  const start = async () => {
    setBusy(true);
    setLoadError(null);
    try {
      const startedAt = Date.now();
      const deps = await import('../cards/review/sessionDeps');
      const data = await deps.loadCards(lesson ?? undefined);
      const byId = new Map(data.map((c) => [c.id, c]));
      const rng = createRng(startedAt);
      const items = [...queue.due, ...queue.fresh]
        .filter((c) => byId.has(c.id))
        .map((c) => ({ cardId: c.id, seed: rng.int(2 ** 31) }));
      setSession({
        items,
        cards: byId,
        instantiate: deps.instantiate,
        renderCard: cardRenderer(deps),
        seed: rng.int(2 ** 31),
        key: startedAt,
      });
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const instanceFor = useCallback(
    (item: SessionItem) => {
      const card = session?.cards.get(item.cardId);
      if (!session || !card) throw new Error(`Card ${item.cardId} is not loaded`);
      return session.instantiate(card, item.seed);
    },
    [session],
  );

  return (
    <div className="review-page">
      <h1>Review</h1>
      {session ? (
        <ReviewSession
          key={session.key}
          items={session.items}
          instanceFor={instanceFor}
          renderCard={session.renderCard}
          cards={inFilter}
          seed={session.seed}
          onExit={() => setSession(null)}
        />
      ) : (
        <>
          <p>
            Cards come back just before you would forget them. Answer, then rate how well you knew
            it: the rating sets when you see the card again.
          </p>
          <ReviewOverview
            lessons={lessonOptions}
            lesson={lesson}
            onLesson={(slug) => setParams(slug ? { lesson: slug } : {}, { replace: true })}
            queue={queue}
            newCardsPerDay={newCardsPerDay}
            onNewCardsPerDay={setNewCardsPerDay}
            nextDue={nextDueAfter(inFilter, states, now)}
            now={now}
            busy={busy}
            loadError={loadError}
            onStart={() => void start()}
          />
        </>
      )}
    </div>
  );
}
