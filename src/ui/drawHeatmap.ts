// Heatmap drawing as a plain function (like excalidraw's renderScene): values in, pixels out.
// One ImageData per frame, filled scanline by scanline, so a 128×128 grid costs a few
// typed-array copies instead of 16,384 fillRect calls or DOM nodes.
import { scaleLinear } from 'd3-scale';

/** Red, green, blue, alpha, each 0–255. */
export type Rgba = readonly [number, number, number, number];

/** A sequential colour scale baked into a lookup table, plus the colour of "no value". */
export interface HeatmapColours {
  /** Values at or below `min` get the ramp's first colour. */
  min: number;
  /** Values at or above `max` get the ramp's last colour. */
  max: number;
  /** RAMP_SIZE RGBA entries, low to high. */
  ramp: Uint8ClampedArray;
  /** Cells whose value is NaN or ±Infinity (e.g. a masked attention score). */
  masked: Rgba;
}

export const RAMP_SIZE = 256;

/**
 * Five anchors of matplotlib's viridis: dark violet → blue → teal → green → yellow. Lightness
 * rises steadily, so the order reads in greyscale and for colour-blind readers, and both ends
 * stay distinct from the light and the dark page background.
 */
export const VIRIDIS_STOPS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;

/** A neutral grey no viridis colour comes near, with ≥ 3:1 contrast on both themes' pages. */
export const MASKED_COLOUR = '#7b8494';

/** '#rrggbb' → [r, g, b, 255]. */
export function parseHex(hex: string): Rgba {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`parseHex: expected a colour like #1d4ed8, got ${hex}`);
  return [
    parseInt(match[1] ?? '0', 16),
    parseInt(match[2] ?? '0', 16),
    parseInt(match[3] ?? '0', 16),
    255,
  ];
}

/** [r, g, b, a] → '#rrggbb' (alpha dropped), for SVG legends. */
export function toHex([r, g, b]: Rgba): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A sequential scale from `domain[0]` to `domain[1]` through evenly spaced colour `stops`,
 * interpolated channel by channel in RGB (stops close together keep RGB lerp perceptually
 * even enough, and need no colour-space library).
 */
export function sequentialColours(
  domain: readonly [number, number],
  stops: readonly string[] = VIRIDIS_STOPS,
  masked: string = MASKED_COLOUR,
): HeatmapColours {
  if (stops.length < 2) throw new RangeError('sequentialColours: give at least two stops');
  return { min: domain[0], max: domain[1], ramp: rampOf(stops), masked: parseHex(masked) };
}

// a ramp depends only on its stops; a slider that moves the domain reuses it
const ramps = new Map<string, Uint8ClampedArray>();

function rampOf(stops: readonly string[]): Uint8ClampedArray {
  const key = stops.join(' ');
  const hit = ramps.get(key);
  if (hit) return hit;
  const rgb = stops.map(parseHex);
  const positions = rgb.map((_, i) => i / (rgb.length - 1));
  const channels = [0, 1, 2].map((c) =>
    scaleLinear()
      .domain(positions)
      .range(rgb.map((colour) => colour[c] ?? 0))
      .clamp(true),
  );
  const ramp = new Uint8ClampedArray(RAMP_SIZE * 4);
  for (let k = 0; k < RAMP_SIZE; k++) {
    const t = k / (RAMP_SIZE - 1);
    for (let c = 0; c < 3; c++) ramp[k * 4 + c] = Math.round(channels[c]?.(t) ?? 0);
    ramp[k * 4 + 3] = 255;
  }
  ramps.set(key, ramp);
  return ramp;
}

/** Index into the ramp for a finite value, or -1 for "masked" (NaN, ±Infinity). */
export function rampIndex(colours: HeatmapColours, value: number): number {
  if (!Number.isFinite(value)) return -1;
  const span = colours.max - colours.min;
  // a zero-width domain (every value equal) draws everything at the top colour
  const t = span > 0 ? (value - colours.min) / span : 1;
  return Math.round(Math.min(1, Math.max(0, t)) * (RAMP_SIZE - 1));
}

/** The colour a value is drawn in. */
export function colourOf(colours: HeatmapColours, value: number): Rgba {
  const k = rampIndex(colours, value);
  if (k < 0) return colours.masked;
  const { ramp } = colours;
  return [ramp[k * 4] ?? 0, ramp[k * 4 + 1] ?? 0, ramp[k * 4 + 2] ?? 0, ramp[k * 4 + 3] ?? 255];
}

/** Relative luminance (WCAG) of a colour, to pick dark or light text on top of it. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Whether a value's cell is light enough for dark text: above the luminance where black and
 * white text have equal contrast. */
export function onLight(colours: HeatmapColours, value: number): boolean {
  return luminance(colourOf(colours, value)) > 0.18;
}

/** The text colours of `.heatmap__value--on-light` and `--on-dark` (Heatmap.css). */
export const VALUE_INK = { light: '#111827', dark: '#ffffff' } as const;

/** What drawHeatmap needs from a canvas context (a CanvasRenderingContext2D has all of it). */
export interface HeatmapTarget {
  readonly canvas: { readonly width: number; readonly height: number };
  createImageData(width: number, height: number): ImageData;
  putImageData(image: ImageData, dx: number, dy: number): void;
}

/**
 * Fills the whole canvas with a rows × cols grid of `cells` (row-major; NaN and ±Infinity are
 * drawn in the masked colour). Cell edges are rounded to whole device pixels, so cells differ in
 * width by at most one pixel and no seams appear. Returns the ImageData it put.
 */
export function drawHeatmap(
  ctx: HeatmapTarget,
  cells: ArrayLike<number>,
  rows: number,
  cols: number,
  colours: HeatmapColours,
): ImageData {
  const width = ctx.canvas.width;
  const height = ctx.canvas.height;
  const image = ctx.createImageData(width, height);
  if (rows < 1 || cols < 1 || width < 1 || height < 1) {
    ctx.putImageData(image, 0, 0);
    return image;
  }
  const { data } = image;
  const { ramp, masked } = colours;
  const edges = new Int32Array(cols + 1);
  for (let j = 0; j <= cols; j++) edges[j] = Math.round((j * width) / cols);
  const rowBytes = width * 4;
  for (let i = 0; i < rows; i++) {
    const y0 = Math.round((i * height) / rows);
    const y1 = Math.round(((i + 1) * height) / rows);
    if (y1 <= y0) continue;
    // paint the first pixel row of this cell row, then copy it down the cell's height
    const start = y0 * rowBytes;
    for (let j = 0; j < cols; j++) {
      const k = rampIndex(colours, cells[i * cols + j] ?? NaN);
      const r = k < 0 ? masked[0] : (ramp[k * 4] ?? 0);
      const g = k < 0 ? masked[1] : (ramp[k * 4 + 1] ?? 0);
      const b = k < 0 ? masked[2] : (ramp[k * 4 + 2] ?? 0);
      const x1 = edges[j + 1] ?? width;
      for (let x = edges[j] ?? 0; x < x1; x++) {
        const p = start + x * 4;
        data[p] = r;
        data[p + 1] = g;
        data[p + 2] = b;
        data[p + 3] = 255;
      }
    }
    const line = data.subarray(start, start + rowBytes);
    for (let y = y0 + 1; y < y1; y++) data.set(line, y * rowBytes);
  }
  ctx.putImageData(image, 0, 0);
  return image;
}
