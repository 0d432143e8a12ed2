// Reading a matrix shape the way people write it: "32×784", "32x784", "32,784", "(32, 784)",
// "32 784". Only 2-D shapes: the shape rule is about rows and columns.

/** [rows, columns], both whole numbers from 1 to MAX_DIM. */
export type Shape = readonly [number, number];

/** Large enough for a vocabulary or a flattened batch of tokens; keeps 2·m·n·p printable. */
export const MAX_DIM = 1_000_000;

const grouped = new Intl.NumberFormat('en-US');
export const groupDigits = (x: number) => grouped.format(x);

/** "(32×784)", the notation of the math core's messages. */
export const shapeText = ([rows, cols]: Shape) => `(${rows}×${cols})`;

/** The URL form: "32x784". */
export const shapeParam = ([rows, cols]: Shape) => `${rows}x${cols}`;

const quoted = (text: string) => `“${text.length > 16 ? `${text.slice(0, 16)}…` : text}”`;

/** The shape written in `text`, or a message saying how to write one. */
export function parseShape(text: string): { shape: Shape } | { error: string } {
  const inner = text
    .trim()
    .replace(/^[([]\s*/, '')
    .replace(/\s*[)\]]$/, '');
  if (inner === '') return { error: 'Enter a shape such as 32×784 (rows × columns).' };
  const parts = inner.split(/\s*[×xX*,]\s*|\s+/).filter((p) => p !== '');
  const bad = parts.find((p) => !/^\d+$/.test(p));
  if (bad !== undefined) {
    return { error: `${quoted(bad)} is not a whole number; write a shape as rows × columns.` };
  }
  const dims = parts.map(Number);
  if (dims.length === 1) {
    const [n = 0] = dims;
    return {
      error: `${n} alone is a vector; write it as 1×${n} (a row) or ${n}×1 (a column).`,
    };
  }
  if (dims.length !== 2) {
    return {
      error: `This checker takes 2-D shapes (rows × columns), not ${dims.length} numbers; for a batch of matrices the rule applies to the last two.`,
    };
  }
  const [rows = 0, cols = 0] = dims;
  if (rows < 1 || cols < 1) return { error: 'Each dimension must be at least 1.' };
  if (rows > MAX_DIM || cols > MAX_DIM) {
    return { error: `Each dimension must be at most ${groupDigits(MAX_DIM)}.` };
  }
  return { shape: [rows, cols] };
}
