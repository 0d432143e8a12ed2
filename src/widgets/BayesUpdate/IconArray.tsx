import { useMemo } from 'react';
import type { EmailCounts } from './model';
import { POPULATION } from './model';

/** The grid: 40 columns × 25 rows, filled column by column so each group is a vertical band. */
const COLS = 40;
const ROWS = POPULATION / COLS;
const CELL = 10;
const MARK = 8;

const groups = [
  { key: 'spamOther', label: 'spam without “winner”' },
  { key: 'spamWord', label: 'spam with “winner”' },
  { key: 'hamWord', label: 'ham with “winner”' },
  { key: 'hamOther', label: 'ham without “winner”' },
] as const;

/**
 * One path per group (four paths for 1,000 marks), so the browser draws four elements instead of
 * a thousand. Cells [from, to) in column-major order.
 */
function cellsPath(from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const x = Math.floor(i / ROWS) * CELL + 1;
    const y = (i % ROWS) * CELL + 1;
    parts.push(`M${x} ${y}h${MARK}v${MARK}h-${MARK}z`);
  }
  return parts.join('');
}

export function IconArray({ counts }: { counts: EmailCounts }) {
  const paths = useMemo(() => {
    // each group starts where the groups before it end
    const starts = groups.map((_, i) =>
      groups.slice(0, i).reduce((sum, g) => sum + counts[g.key], 0),
    );
    return groups.map((group, i) => {
      const start = starts[i] ?? 0;
      return { ...group, d: cellsPath(start, start + counts[group.key]) };
    });
  }, [counts]);
  const description = groups
    .map((g) => `${counts[g.key].toLocaleString('en-US')} ${g.label}`)
    .join(', ');
  return (
    <figure className="bayes-update__figure">
      <svg
        className="bayes-icons"
        viewBox={`0 0 ${COLS * CELL} ${ROWS * CELL}`}
        role="img"
        aria-label={`1,000 emails: ${description}.`}
      >
        {paths.map((p) => (
          <path key={p.key} className={`bayes-icons__${p.key}`} d={p.d} />
        ))}
      </svg>
      <figcaption>
        <ul className="bayes-legend">
          {groups.map((g) => (
            <li key={g.key}>
              <span className={`bayes-swatch bayes-icons__${g.key}`} aria-hidden="true" />
              <span className="bayes-legend__count">
                {counts[g.key].toLocaleString('en-US')}
              </span>{' '}
              {g.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
