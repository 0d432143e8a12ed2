import { useId } from 'react';
import { colourOf, toHex } from './drawHeatmap';
import type { HeatmapColours } from './drawHeatmap';

export interface HeatmapLegendProps {
  colours: HeatmapColours;
  /** What the colour stands for, e.g. "Weight". */
  title: string;
  format: (value: number) => string;
  /** Adds a swatch for the masked colour. */
  showMasked?: boolean;
  maskedLabel?: string;
}

const SAMPLES = 11;

/** The colour ramp with its two ends labelled, drawn from the same lookup table as the cells. */
export function HeatmapLegend(props: HeatmapLegendProps) {
  const gradientId = `heatmap-legend-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { colours } = props;
  const stops = Array.from({ length: SAMPLES }, (_, k) => {
    const t = k / (SAMPLES - 1);
    return {
      offset: t,
      colour: toHex(colourOf(colours, colours.min + t * (colours.max - colours.min))),
    };
  });
  return (
    <div className="heatmap-legend">
      <span className="heatmap-legend__title">{props.title}</span>
      <span className="heatmap-legend__end">{props.format(colours.min)}</span>
      <svg
        className="heatmap-legend__ramp"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <defs>
          <linearGradient id={gradientId}>
            {stops.map((s) => (
              <stop key={s.offset} offset={s.offset} stopColor={s.colour} />
            ))}
          </linearGradient>
        </defs>
        <rect width="100" height="10" fill={`url(#${gradientId})`} />
      </svg>
      <span className="heatmap-legend__end">{props.format(colours.max)}</span>
      {props.showMasked ? (
        <span className="heatmap-legend__masked">
          <span
            className="heatmap-legend__swatch"
            style={{ backgroundColor: toHex(colours.masked) }}
            aria-hidden="true"
          />
          {props.maskedLabel ?? 'masked'}
        </span>
      ) : null}
    </div>
  );
}
