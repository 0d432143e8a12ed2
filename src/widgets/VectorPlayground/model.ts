// VectorPlayground's model: two 2-D vectors in, every number the widget shows out. Pure, built
// on the math core; a zero-length vector yields words instead of NaN.
import { cosineSimilarity, dot, norm } from '../../math';

export interface Vec2 {
  x: number;
  y: number;
}

/** The plane shows −PLANE … PLANE on both axes. */
export const PLANE = 5;
/** Handle positions snap to this grid (keyboard step; Shift moves ten times as far). */
export const GRID = 0.1;

export type RankBy = 'cosine' | 'dot';

export interface SearchDocument {
  name: string;
  embedding: readonly [number, number, number];
}

/** The lesson's mini search index (SYLLABUS §1): three documents with 3-D embeddings. */
export const documents: readonly SearchDocument[] = [
  { name: 'postgres', embedding: [0.9, 0.1, 0] },
  { name: 'kubernetes', embedding: [0.1, 0.8, 0.1] },
  { name: 'gpu', embedding: [0, 0.2, 0.9] },
];

export interface SearchRow {
  name: string;
  embedding: readonly number[];
  /** null when the query has zero length (no direction to compare). */
  cosine: number | null;
  dot: number;
}

export type Relation = 'same-direction' | 'opposite' | 'perpendicular' | 'acute' | 'obtuse';

export interface VectorView {
  a: Vec2;
  b: Vec2;
  dot: number;
  normA: number;
  normB: number;
  /** null when either vector has zero length: the angle is undefined. */
  cos: number | null;
  angleDeg: number | null;
  relation: Relation | null;
  /** Projection of b onto a: the signed length along a and the point it lands on. */
  projection: { scalar: number; point: Vec2 } | null;
  query: readonly [number, number, number];
  search: SearchRow[];
  status: string;
}

/** Rounds to the handle grid and keeps the point on the plane. */
export function snap(v: Vec2): Vec2 {
  const clampSnap = (t: number) =>
    Math.min(PLANE, Math.max(-PLANE, Math.round(t / GRID) * GRID)) + 0; // + 0 turns −0 into 0
  return { x: Number(clampSnap(v.x).toFixed(1)), y: Number(clampSnap(v.y).toFixed(1)) };
}

function relationOf(cos: number): Relation {
  if (cos > 1 - 1e-12) return 'same-direction';
  if (cos < -1 + 1e-12) return 'opposite';
  if (Math.abs(cos) < 1e-12) return 'perpendicular';
  return cos > 0 ? 'acute' : 'obtuse';
}

export function rankSearch(query: readonly number[], rankBy: RankBy): SearchRow[] {
  const queryHasLength = norm(query) > 0;
  const rows = documents.map((doc) => ({
    name: doc.name,
    embedding: doc.embedding,
    cosine: queryHasLength ? cosineSimilarity(query, doc.embedding) : null,
    dot: dot(query, doc.embedding),
  }));
  const key = (row: SearchRow) => (rankBy === 'cosine' ? (row.cosine ?? 0) : row.dot);
  // stable for ties: equal scores keep the index order
  return rows.sort((p, q) => key(q) - key(p));
}

const fmt = (x: number, digits = 3) => (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toFixed(digits);

const relationWords: Record<Relation, string> = {
  'same-direction': 'they point in exactly the same direction',
  opposite: 'they point in exactly opposite directions',
  perpendicular: 'they are perpendicular, so the dot product is 0',
  acute: 'they point broadly the same way',
  obtuse: 'they point broadly opposite ways',
};

function describe(view: Omit<VectorView, 'status'>, rankBy: RankBy): string {
  const pair = `a = (${view.a.x}, ${view.a.y}) and b = (${view.b.x}, ${view.b.y})`;
  const top = view.search[0];
  const searchText =
    view.normA === 0
      ? 'The query a has zero length, so it has no direction and cosine search cannot rank.'
      : top
        ? `Top search result by ${rankBy === 'cosine' ? 'cosine' : 'dot product'}: ${top.name}.`
        : '';
  if (view.cos === null || view.angleDeg === null || view.relation === null) {
    const zero = view.normA === 0 ? 'a' : 'b';
    return `${pair}: a·b = ${fmt(view.dot)}. Vector ${zero} has zero length, so the angle and cos θ are undefined. ${searchText}`;
  }
  return `${pair}: a·b = ${fmt(view.dot)}, cos θ = ${fmt(view.cos)}, θ = ${view.angleDeg.toFixed(1)}°; ${relationWords[view.relation]}. ${searchText}`;
}

export function vectorModel(a: Vec2, b: Vec2, rankBy: RankBy = 'cosine'): VectorView {
  const va = [a.x, a.y];
  const vb = [b.x, b.y];
  const normA = norm(va);
  const normB = norm(vb);
  const d = dot(va, vb);
  const defined = normA > 0 && normB > 0;
  // clamp: rounding can push |cos| a hair past 1, and acos(1.0000000000000002) is NaN
  const cos = defined ? Math.min(1, Math.max(-1, cosineSimilarity(va, vb))) : null;
  const angleDeg = cos === null ? null : (Math.acos(cos) * 180) / Math.PI;
  const projection =
    normA > 0
      ? {
          scalar: d / normA,
          point: { x: (d / (normA * normA)) * a.x, y: (d / (normA * normA)) * a.y },
        }
      : null;
  const query = [a.x, a.y, 0] as const;
  const partial = {
    a,
    b,
    dot: d,
    normA,
    normB,
    cos,
    angleDeg,
    relation: cos === null ? null : relationOf(cos),
    projection,
    query,
    search: rankSearch(query, rankBy),
  };
  return { ...partial, status: describe(partial, rankBy) };
}
