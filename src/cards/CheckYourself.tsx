// "Check yourself" at the end of a lesson: that lesson's cards in practice mode — one at a time,
// answers checked and explained, nothing scheduled or stored. Lazy: the card data of the lesson
// is its own chunk, fetched when this component mounts.
import { useEffect, useMemo, useState } from 'react';
import { Link } from '../ui/router';
import { loadCards } from './catalog';
import type { CardData } from './catalog';
import { CardView } from './CardView';
import { instantiate } from './instantiate';
import './CheckYourself.css';

type Loaded = { state: 'loading' } | { state: 'error' } | { state: 'ready'; cards: CardData[] };

/** Seeds start at 1 so the first numbers a reader sees are the same for everyone. */
const firstSeed = 1;

export default function CheckYourself({ lesson }: { lesson: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [index, setIndex] = useState(0);
  const [seeds, setSeeds] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    let live = true;
    loadCards(lesson).then(
      (cards) => {
        if (live) setLoaded({ state: 'ready', cards });
      },
      () => {
        if (live) setLoaded({ state: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [lesson]);

  const cards = loaded.state === 'ready' ? loaded.cards : [];
  const card = cards[Math.min(index, cards.length - 1)];
  const seed = card ? (seeds.get(card.id) ?? firstSeed) : firstSeed;
  const instance = useMemo(() => (card ? instantiate(card, seed) : null), [card, seed]);

  if (loaded.state === 'ready' && cards.length === 0) return null;

  const move = (delta: number) => {
    const next = index + delta;
    if (next >= 0 && next < cards.length) setIndex(next);
  };
  const newNumbers = () => {
    if (card) setSeeds((s) => new Map(s).set(card.id, seed + 1));
  };

  return (
    <section className="check-yourself" aria-labelledby="check-yourself-title">
      <h2 id="check-yourself-title">Check yourself</h2>
      <p className="check-yourself__intro">
        Practice with this lesson's cards. Nothing is scheduled or saved here; the{' '}
        <Link to="/review">review page</Link> brings the cards back when they are due.
      </p>
      {loaded.state === 'loading' ? <p>Loading the cards…</p> : null}
      {loaded.state === 'error' ? (
        <p role="alert">The cards could not be loaded. Check your connection and reload.</p>
      ) : null}
      {card && instance ? (
        <>
          <div className="check-yourself__bar">
            <p className="check-yourself__count" aria-live="polite">
              Card {index + 1} of {cards.length}
            </p>
            <div className="check-yourself__nav">
              <button
                type="button"
                className="button button--small"
                aria-disabled={index === 0 || undefined}
                onClick={() => move(-1)}
              >
                Previous
              </button>
              <button
                type="button"
                className="button button--small"
                aria-disabled={index === cards.length - 1 || undefined}
                onClick={() => move(1)}
              >
                Next
              </button>
              {card.type === 'generated' ? (
                <button type="button" className="button button--small" onClick={newNumbers}>
                  New numbers
                </button>
              ) : null}
            </div>
          </div>
          <CardView instance={instance} retry keys="card" />
        </>
      ) : null}
    </section>
  );
}
