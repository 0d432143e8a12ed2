export interface HeatmapTableProps {
  caption: string;
  rowTitle: string;
  colTitle: string;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  formatCell: (row: number, col: number) => string;
  rowNotes?: { title: string; values: readonly string[] } | undefined;
}

/** The heatmap's numbers as a plain table: the accessible (and copyable) alternative. */
export function HeatmapTable(props: HeatmapTableProps) {
  const { rowLabels, colLabels, formatCell, rowNotes } = props;
  return (
    <div
      className="table-scroll heatmap__table"
      tabIndex={0}
      role="region"
      aria-label={props.caption}
    >
      <table>
        <caption>
          {props.caption}: rows are {props.rowTitle.toLowerCase()}, columns are{' '}
          {props.colTitle.toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {props.rowTitle} \ {props.colTitle}
            </th>
            {colLabels.map((label, j) => (
              <th scope="col" key={j}>
                {label}
              </th>
            ))}
            {rowNotes ? <th scope="col">{rowNotes.title}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rowLabels.map((label, i) => (
            <tr key={i}>
              <th scope="row">{label}</th>
              {colLabels.map((_, j) => (
                <td key={j}>{formatCell(i, j)}</td>
              ))}
              {rowNotes ? <td>{rowNotes.values[i] ?? ''}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
