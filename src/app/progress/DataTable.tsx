interface DataTableProps {
  caption: string;
  headers: readonly [string, string];
  rows: readonly (readonly [string, string])[];
}

/** A chart's numbers as a table, folded away under "Show as a table". */
export function DataTable({ caption, headers, rows }: DataTableProps) {
  return (
    <details className="chart__table">
      <summary>Show as a table</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{headers[0]}</th>
              <th scope="col">{headers[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
