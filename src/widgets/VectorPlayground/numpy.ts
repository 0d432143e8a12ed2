import type { RankBy, Vec2 } from './model';
import { documents } from './model';

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

/** The NumPy a reader would type next for the current vectors. */
export function numpyCode(a: Vec2, b: Vec2, rankBy: RankBy): string {
  const docs = documents.map((d) => `    [${d.embedding.map(py).join(', ')}],  # ${d.name}`);
  const score =
    rankBy === 'cosine'
      ? 'scores = docs @ query / (np.linalg.norm(docs, axis=1) * np.linalg.norm(query))'
      : 'scores = docs @ query  # raw dot products: longer documents score higher';
  return [
    'import numpy as np',
    '',
    `a = np.array([${py(a.x)}, ${py(a.y)}])`,
    `b = np.array([${py(b.x)}, ${py(b.y)}])`,
    '',
    'a @ b                                   # dot product',
    'np.linalg.norm(a), np.linalg.norm(b)    # lengths |a|, |b|',
    'cos = a @ b / (np.linalg.norm(a) * np.linalg.norm(b))',
    'np.degrees(np.arccos(np.clip(cos, -1, 1)))  # angle in degrees',
    '(a @ b) / (a @ a) * a                   # projection of b onto a',
    '',
    '# mini vector search: the query is a, with z = 0',
    'docs = np.array([',
    ...docs,
    '])',
    `query = np.array([${py(a.x)}, ${py(a.y)}, 0.0])`,
    score,
    'np.argsort(-scores)                     # best match first',
  ].join('\n');
}
