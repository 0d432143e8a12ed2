import {
  bootstrapCI,
  createRng,
  mcnemarTest,
  mean,
  median,
  normalQuantile,
  proportionDifferenceInterval,
  quantile,
  std,
  studentTQuantile,
  tInterval,
  twoProportionZTest,
} from '../../../src/math';
import { c } from './claim';
import type { Claim } from './claim';

const latencies = [120, 125, 130, 135, 140, 145, 150, 160, 170, 180, 210, 240, 310, 450, 2400];
const scores = [0.85, 0.88, 0.82, 0.9, 0.87];
const se = std(scores) / Math.sqrt(scores.length);
const t = tInterval(scores, 0.95);
const boot = bootstrapCI(scores, { resamples: 10_000, rng: createRng(42) });
const small = twoProportionZTest(850, 1000, 870, 1000);
const smallDiff = proportionDifferenceInterval(850, 1000, 870, 1000);
const large = twoProportionZTest(17_000, 20_000, 17_400, 20_000);
const largeDiff = proportionDifferenceInterval(17_000, 20_000, 17_400, 20_000);
const paired = mcnemarTest(40, 60);
const pairedWide = mcnemarTest(100, 120);
const points = (x: number) => x * 100;

export const claims: Claim[] = [
  // descriptive statistics on the skewed latencies
  c('Mean: 337.7 ms', '337.7', mean(latencies)),
  c('Median: 160 ms', '160', median(latencies)),
  c('Standard deviation: 577.3 ms', '577.3', std(latencies)),
  c('13 of the 15\nrequests are faster', '13', latencies.filter((x) => x < mean(latencies)).length),
  c('the 90th percentile is 394 ms', '394', quantile(latencies, 0.9)),
  c('the 95th is 1035 ms', '1035', quantile(latencies, 0.95)),
  // the baseline
  c('The real gain is 3 points', '3', points(0.94 - 0.91)),
  c('(6% errors\ninstead of 9%)', '6', points(1 - 0.94)),
  c('(6% errors\ninstead of 9%)', '9', points(1 - 0.91)),
  // the t-interval of five cross-validation scores
  c('Mean $\\bar{x} = 0.864$', '0.864', mean(scores)),
  c('sample standard deviation $s = 0.0305$', '0.0305', std(scores)),
  c('$s / \\sqrt{5} = 0.0136$', '0.0136', se),
  c('t_{0.975,\\, 4} = 2.776', '2.776', studentTQuantile(0.975, 4)),
  c('0.864 \\pm 2.776 \\times 0.0136', '0.0136', se),
  c('that is $[0.826, 0.902]$', '0.826', t[0]),
  c('that is $[0.826, 0.902]$', '0.902', t[1]),
  c('within about 4 points either way', '4', points((t[1] - t[0]) / 2)),
  c('it\n  is $[0.826, 0.902]$', '0.902', t[1]),
  // the bootstrap on the same scores
  c('(seed 42) give\n$[0.840, 0.886]$', '0.840', boot[0]),
  c('(seed 42) give\n$[0.840, 0.886]$', '0.886', boot[1]),
  c('On five scores it gives $[0.840, 0.886]$', '0.840', boot[0]),
  c('On five scores it gives $[0.840, 0.886]$', '0.886', boot[1]),
  // the two-proportion z-test
  c('(850 + 870) / 2000 = 0.86', '0.86', (850 + 870) / 2000),
  c('\\sqrt{0.86 \\cdot 0.14 \\cdot (2 / 1000)} = 0.0155', '0.0155', 0.02 / small.z),
  c('$z = 0.02 / 0.0155 \\approx 1.29$', '1.29', small.z),
  c('and $p \\approx 0.197$', '0.197', small.pValue),
  c('runs from −1.0 to +5.0 points. It includes zero', '1.0', -points(smallDiff.interval[0])),
  c('runs from −1.0 to +5.0 points. It includes zero', '5.0', points(smallDiff.interval[1])),
  c('$z = 5.76$ and', '5.76', large.z),
  c('$p \\approx 8.2 \\times 10^{-9}$', '8.2', large.pValue * 1e9),
  c('interval of +1.3 to +2.7 points', '1.3', points(largeDiff.interval[0])),
  c('interval of +1.3 to +2.7 points', '2.7', points(largeDiff.interval[1])),
  c(
    'about 4.5 times narrower',
    '4.5',
    (smallDiff.interval[1] - smallDiff.interval[0]) /
      (largeDiff.interval[1] - largeDiff.interval[0]),
  ),
  // McNemar
  c('$z = (60 - 40) / \\sqrt{100} = 2$', '2', paired.z),
  c('and $p = 0.0455$: significant', '0.0455', paired.pValue),
  c('$z = 20 / \\sqrt{220} = 1.35$', '1.35', pairedWide.z),
  c('and $p = 0.178$: not significant', '0.178', pairedWide.pValue),
  // the train–test gap and a single benchmark score
  c('is a 17.5-point gap', '17.5', points(0.995 - 0.82)),
  c(
    'about ±2.2 points wide',
    '2.2',
    points(normalQuantile(0.975) * Math.sqrt((0.85 * 0.15) / 1000)),
  ),
  // recap and confusions repeat the worked numbers
  c('on 1,000 each: $p \\approx 0.197$', '0.197', small.pValue),
  c('The 1,000-example interval runs from −1.0 to +5.0', '5.0', points(smallDiff.interval[1])),
];
