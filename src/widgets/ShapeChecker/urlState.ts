// ShapeChecker's URL state: `shape-checker.a=32x784`, `shape-checker.b=128x784`. A value that is
// not a valid 2-D shape is ignored with the same message the field would show.
import * as z from 'zod/mini';
import type { ParamCodec, ParamCodecs } from '../../ui/useUrlState';
import { parseShape, shapeParam } from './shape';
import type { Shape } from './shape';

export const WIDGET_ID = 'shape-checker';

// a type alias, not an interface: useUrlState needs a Record<string, unknown>
export type Params = { a: Shape; b: Shape };

/** The classic error the lesson quotes: a batch of 32 MNIST images against a (128×784) weight. */
export const defaults: Params = { a: [32, 784], b: [128, 784] };

const shapeCodec: ParamCodec<Shape> = {
  schema: z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const parsed = parseShape(raw);
      if ('shape' in parsed) return parsed.shape;
      // the field's message ends with a full stop; the notice adds its own
      ctx.issues.push({ code: 'custom', message: parsed.error.replace(/\.$/, ''), input: raw });
      return z.NEVER;
    }),
  ),
  format: shapeParam,
};

export const codecs: ParamCodecs<Params> = { a: shapeCodec, b: shapeCodec };
