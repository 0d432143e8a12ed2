import { Link } from '../../ui/router';
import type { CardCounts as Counts } from './stats';

export function CardCounts({ counts }: { counts: Counts }) {
  const rows: [string, number, string][] = [
    ['New', counts.fresh, 'never reviewed'],
    ['Learning', counts.learning, 'in short steps, minutes to hours apart'],
    ['Learned', counts.learned, 'coming back days or more apart'],
    ['Due now', counts.due, 'learning or learned cards waiting for review'],
  ];
  return (
    <section aria-labelledby="cards-title">
      <h2 id="cards-title">Cards</h2>
      <p>
        {counts.total} cards in all.{' '}
        {counts.due > 0 ? (
          <Link to="/review">
            Review the {counts.due} due {counts.due === 1 ? 'card' : 'cards'}
          </Link>
        ) : (
          'Nothing is due right now.'
        )}
      </p>
      <dl className="card-counts">
        {rows.map(([name, value, meaning]) => (
          <div key={name} className="card-counts__item">
            <dt>{name}</dt>
            <dd>
              <span className="card-counts__value">{value}</span>{' '}
              <span className="card-counts__meaning">{meaning}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
