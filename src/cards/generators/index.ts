// Every generator by the name content files use. Generated cards draw their numbers from a seed
// and compute the answer with the math core, so practice never runs out and answers are right.
import { attentionGenerators } from './attention';
import { backpropGenerators } from './backprop';
import { crossEntropyGenerators } from './crossEntropy';
import { endToEndGenerators } from './endToEnd';
import { gradientDescentGenerators } from './gradientDescent';
import { matrixGenerators } from './matrices';
import { probabilityGenerators } from './probability';
import { softmaxGenerators } from './softmax';
import { statisticsGenerators } from './statistics';
import type { RegisteredGenerator } from './types';
import { vectorGenerators } from './vectors';

export type { Exercise, KnownMistake, RegisteredGenerator } from './types';

const all: readonly RegisteredGenerator[] = [
  ...vectorGenerators,
  ...matrixGenerators,
  ...gradientDescentGenerators,
  ...backpropGenerators,
  ...probabilityGenerators,
  ...softmaxGenerators,
  ...crossEntropyGenerators,
  ...attentionGenerators,
  ...statisticsGenerators,
  ...endToEndGenerators,
];

export const generators: ReadonlyMap<string, RegisteredGenerator> = new Map(
  all.map((g) => [g.name, g]),
);

export const generatorNames: readonly string[] = all.map((g) => g.name);
