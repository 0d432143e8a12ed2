// Shape edits of matrices mode. Q and K always share their width d_k, and K and V their
// number of rows (one value per key), so every edit keeps the three consistent.

export interface Matrices {
  q: number[][];
  k: number[][];
  v: number[][];
}

export type MatrixName = keyof Matrices;

export type ShapeEdit =
  | 'add-query'
  | 'remove-query'
  | 'add-key'
  | 'remove-key'
  | 'add-dk'
  | 'remove-dk'
  | 'add-dv'
  | 'remove-dv';

const addRow = (m: number[][]) => [...m, Array.from({ length: m[0]?.length ?? 1 }, () => 0)];
const dropRow = (m: number[][]) => m.slice(0, -1);
const addCol = (m: number[][]) => m.map((row) => [...row, 0]);
const dropCol = (m: number[][]) => m.map((row) => row.slice(0, -1));

/** The shape counts the buttons show and limit. */
export function shapeOf(m: Matrices) {
  return { n: m.q.length, keys: m.k.length, dk: m.q[0]?.length ?? 0, dv: m.v[0]?.length ?? 0 };
}

/** Applies a shape edit within 1…max; an edit past a limit returns the matrices unchanged. */
export function editShape(m: Matrices, edit: ShapeEdit, max: number): Matrices {
  const s = shapeOf(m);
  switch (edit) {
    case 'add-query':
      return s.n < max ? { ...m, q: addRow(m.q) } : m;
    case 'remove-query':
      return s.n > 1 ? { ...m, q: dropRow(m.q) } : m;
    case 'add-key':
      return s.keys < max ? { ...m, k: addRow(m.k), v: addRow(m.v) } : m;
    case 'remove-key':
      return s.keys > 1 ? { ...m, k: dropRow(m.k), v: dropRow(m.v) } : m;
    case 'add-dk':
      return s.dk < max ? { ...m, q: addCol(m.q), k: addCol(m.k) } : m;
    case 'remove-dk':
      return s.dk > 1 ? { ...m, q: dropCol(m.q), k: dropCol(m.k) } : m;
    case 'add-dv':
      return s.dv < max ? { ...m, v: addCol(m.v) } : m;
    case 'remove-dv':
      return s.dv > 1 ? { ...m, v: dropCol(m.v) } : m;
  }
}

/** One entry changed. */
export function setEntry(
  m: Matrices,
  name: MatrixName,
  row: number,
  col: number,
  value: number,
): Matrices {
  return {
    ...m,
    [name]: m[name].map((r, i) => (i === row ? r.map((x, j) => (j === col ? value : x)) : r)),
  };
}
