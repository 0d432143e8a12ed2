import { BarChart } from './BarChart';
import { RetentionChart } from './RetentionChart';
import type { ProgressStats } from './stats';

const longDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

function historySummary(stats: ProgressStats): string {
  const days = stats.reviewsPerDay;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  if (total === 0) return `No reviews in the last ${days.length} days.`;
  const active = days.filter((d) => d.count > 0).length;
  const busiest = days.reduce((best, d) => (d.count > best.count ? d : best));
  return (
    `${plural(total, 'review')} in the last ${days.length} days, on ${plural(active, 'day')}; ` +
    `the most on ${longDay.format(busiest.day)} (${busiest.count}).`
  );
}

function forecastSummary(stats: ProgressStats): string {
  const total = stats.forecast.reduce((sum, d) => sum + d.count, 0);
  if (total === 0) return 'No cards fall due in the next 7 days.';
  const today = stats.forecast[0]?.count ?? 0;
  return (
    `${plural(total, 'card')} ${total === 1 ? 'falls' : 'fall'} due in the next 7 days, ` +
    `${today} ${today === 1 ? 'is' : 'are'} due today (overdue cards included).`
  );
}

function retentionSummary(stats: ProgressStats): string {
  const { retention } = stats;
  if (retention.rate === null) {
    return 'Retention is measured on cards you have already learned; none has come back for review yet.';
  }
  return (
    `In the last 30 days you remembered ${percent(retention.rate)} of learned cards when they came back ` +
    `(${retention.passed} of ${retention.tests} reviews not rated Again). The scheduler aims for 90%.`
  );
}

export function ProgressCharts({ stats }: { stats: ProgressStats }) {
  return (
    <>
      <section aria-labelledby="reviews-per-day">
        <h2 id="reviews-per-day">Reviews per day</h2>
        <BarChart
          title={`Reviews per day, last ${stats.reviewsPerDay.length} days`}
          summary={historySummary(stats)}
          valueName="Reviews"
          tickEvery={5}
          bars={stats.reviewsPerDay.map((d) => ({
            label: longDay.format(d.day),
            tick: shortDay.format(d.day),
            value: d.count,
          }))}
        />
      </section>
      <section aria-labelledby="forecast">
        <h2 id="forecast">Due in the next 7 days</h2>
        <BarChart
          title="Cards due per day, next 7 days"
          summary={forecastSummary(stats)}
          valueName="Cards due"
          bars={stats.forecast.map((d, i) => ({
            label: i === 0 ? 'Today' : i === 1 ? 'Tomorrow' : longDay.format(d.day),
            tick: i === 0 ? 'Today' : weekday.format(d.day),
            value: d.count,
          }))}
        />
      </section>
      <section aria-labelledby="retention">
        <h2 id="retention">Retention</h2>
        <RetentionChart
          summary={retentionSummary(stats)}
          points={stats.weeklyRetention.map((w) => ({
            label: shortDay.format(w.week),
            rate: w.rate,
            tests: w.tests,
          }))}
        />
      </section>
    </>
  );
}
