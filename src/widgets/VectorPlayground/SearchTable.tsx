import { formatFixed } from '../../ui/format';
import { Segmented } from '../../ui/Segmented';
import type { RankBy, VectorView } from './model';

interface SearchTableProps {
  view: VectorView;
  rankBy: RankBy;
  onRankBy: (rankBy: RankBy) => void;
}

/** The mini vector search: documents ranked against the query a = (x, y, 0). */
const RANK_BY = ['cosine', 'dot'] as const;

export function SearchTable({ view, rankBy, onRankBy }: SearchTableProps) {
  const [qx, qy] = view.query;
  return (
    <div className="search-table">
      <Segmented
        legend="Rank documents by"
        options={RANK_BY}
        value={rankBy}
        onChange={onRankBy}
        labelOf={(option) => (option === 'cosine' ? 'Cosine similarity' : 'Dot product')}
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Search results">
        <table>
          <caption>
            Query a = ({qx}, {qy}, 0) against three documents
          </caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Document</th>
              <th scope="col">Embedding</th>
              <th scope="col">Cosine</th>
              <th scope="col">Dot</th>
            </tr>
          </thead>
          <tbody>
            {view.search.map((row, i) => (
              <tr key={row.name}>
                <td>{view.normA === 0 && rankBy === 'cosine' ? '—' : i + 1}</td>
                <th scope="row">{row.name}</th>
                <td>[{row.embedding.join(', ')}]</td>
                <td>{row.cosine === null ? 'undefined' : formatFixed(row.cosine, 4)}</td>
                <td>{formatFixed(row.dot, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
