// The format of content/cards/<lesson>.yaml, validated at build time (cards plugin) and by the
// content test; never shipped to the browser. Markdown fields may use $math$.
import { z } from 'zod';
import { generatorNames } from '../generators';

/** The lessons of SYLLABUS.md: cards may exist for a lesson before its file does. */
export const syllabusSlugs = [
  'vectors',
  'matrices',
  'gradient-descent',
  'backprop',
  'probability',
  'softmax',
  'cross-entropy',
  'attention',
  'statistics',
  'end-to-end',
] as const;

const markdown = z.string().trim().min(1);

const common = {
  /** `<lesson>/<name>`, stable forever: progress is keyed by it. */
  id: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is "<lesson>/<kebab-case-name>"'),
  /** Plain text for lists, search and the progress page. */
  title: z.string().trim().min(3).max(80),
  /** Why the answer is right, in markdown. */
  explanation: markdown,
};

const recall = z
  .object({ ...common, type: z.literal('recall'), prompt: markdown, answer: markdown })
  .strict();

const choice = z
  .object({
    ...common,
    type: z.literal('choice'),
    prompt: markdown,
    /** Inline markdown, 2 to 9 options (the keys 1–9 pick them). */
    options: z.array(markdown).min(2).max(9),
    /** Index into options, as authored. */
    correct: z.number().int().min(0),
    /** Keep the authored order instead of shuffling per seed. */
    fixedOrder: z.boolean().default(false),
  })
  .strict()
  .refine((c) => c.correct < c.options.length, {
    message: 'correct must index one of the options',
    path: ['correct'],
  });

const numeric = z
  .object({
    ...common,
    type: z.literal('numeric'),
    prompt: markdown,
    /** The exact value (the content test recomputes it with the math core). */
    answer: z.number(),
    /** Accepted absolute error, e.g. 0.0005 for "3 decimals". */
    tolerance: z.number().positive(),
    unit: z.string().min(1).max(12).optional(),
  })
  .strict();

const generated = z
  .object({
    ...common,
    type: z.literal('generated'),
    generator: z.string().refine((name) => generatorNames.includes(name), {
      message: `unknown generator; known: ${generatorNames.join(', ')}`,
    }),
  })
  .strict();

export const cardSchema = z.discriminatedUnion('type', [recall, choice, numeric, generated]);

export const cardFileSchema = z
  .object({
    lesson: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    cards: z.array(cardSchema).min(1),
  })
  .strict();

export type CardSource = z.infer<typeof cardSchema>;
export type CardFile = z.infer<typeof cardFileSchema>;
