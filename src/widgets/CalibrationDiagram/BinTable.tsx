import { formatFixed } from '../../ui/format';
import type { Bin } from './model';

/** The diagram's numbers as a table (the charts are pictures of this). */
export function BinTable({ bins }: { bins: readonly Bin[] }) {
  return (
    <details className="cd-details">
      <summary>The bins as a table</summary>
      <div className="cd-table-wrap" role="region" aria-label="Bins" tabIndex={0}>
        <table className="cd-table">
          <thead>
            <tr>
              <th scope="col">Confidence</th>
              <th scope="col">Predictions</th>
              <th scope="col">Mean confidence</th>
              <th scope="col">Accuracy</th>
              <th scope="col">Gap</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.lo}>
                <th scope="row">
                  {formatFixed(b.lo, 2)}–{formatFixed(b.hi, 2)}
                </th>
                <td>{b.count}</td>
                <td>{b.confidence === null ? 'empty' : formatFixed(b.confidence, 3)}</td>
                <td>{b.accuracy === null ? 'empty' : formatFixed(b.accuracy, 3)}</td>
                <td>
                  {b.accuracy === null || b.confidence === null
                    ? '—'
                    : formatFixed(b.accuracy - b.confidence, 3)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
