// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { sequentialColours } from './drawHeatmap';
import { Heatmap } from './Heatmap';
import type { HeatmapCell } from './Heatmap';
import { cellAt, cellSize, labelStep, MIN_CELL, moveCell } from './heatmapGeometry';

const rowsText = ['the', 'cat', 'sat'];
const values = [0.5, 0.25, 0.25, 0.1, NaN, 0.9, 1 / 3, 1 / 3, 1 / 3];
const colours = sequentialColours([0, 1]);
const fmt = (row: number, col: number) => {
  const v = values[row * 3 + col] ?? NaN;
  return Number.isFinite(v) ? v.toFixed(3) : 'masked';
};

function Harness({ onSelect }: { onSelect?: (row: number) => void }) {
  const [active, setActive] = useState<HeatmapCell | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  return (
    <>
      <Heatmap
        label="Attention weights"
        rowTitle="Queries"
        colTitle="Keys"
        rowLabels={rowsText}
        colLabels={rowsText}
        values={values}
        colours={colours}
        legendTitle="Weight"
        formatLegend={(v) => v.toFixed(2)}
        hasMasked
        formatCell={fmt}
        describeCell={(r, c) => `${rowsText[r]} → ${rowsText[c]}: ${fmt(r, c)}`}
        active={active}
        onActiveChange={setActive}
        selectedRow={selected}
        onSelectRow={(row) => {
          setSelected(row);
          onSelect?.(row);
        }}
        rowNotes={{ title: 'Sum', values: ['1.000', '1.000', '1.000'] }}
      />
      <p data-testid="selected">{selected ?? 'none'}</p>
    </>
  );
}

const plot = () =>
  screen.getByRole('application', { name: /^Attention weights: 3 queries by 3 keys/ });
const announcement = () => document.querySelector('.heatmap__announce')?.textContent;

describe('<Heatmap />', () => {
  it('draws one canvas pixel per cell and lets CSS scale it to the cells', async () => {
    render(<Harness />);
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.heatmap__canvas');
    // the drawing waits for an animation frame
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect([canvas?.width, canvas?.height]).toEqual([3, 3]);
    const cell = parseFloat(canvas?.style.width ?? '') / 3;
    expect(cell).toBeGreaterThanOrEqual(MIN_CELL);
    expect(parseFloat(canvas?.style.height ?? '')).toBe(cell * 3);
  });

  it('is one focusable element whose arrow keys move the announced cell', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(announcement()).toMatch(/use the arrow keys/);
    await user.tab();
    expect(document.activeElement).toBe(plot());
    expect(announcement()).toBe('the → the: 0.500');
    await user.keyboard('{ArrowRight}');
    expect(announcement()).toBe('the → cat: 0.250');
    await user.keyboard('{ArrowDown}');
    expect(announcement()).toBe('cat → cat: masked');
    await user.keyboard('{End}');
    expect(announcement()).toBe('cat → sat: 0.900');
    await user.keyboard('{ArrowRight}');
    expect(announcement()).toBe('cat → sat: 0.900');
    await user.keyboard('{Home}');
    expect(announcement()).toBe('cat → the: 0.100');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(announcement()).toBe('sat → sat: 0.333');
    // focus stayed on the one element: no per-cell tab stops
    expect(document.activeElement).toBe(plot());
    expect(plot().closest('.heatmap')?.querySelector('[aria-live="polite"]')).toBeTruthy();
  });

  it('outlines the focused cell at its position', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness />);
    plot().focus();
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}');
    const outline = container.querySelector<HTMLElement>('.heatmap__outline');
    const cell = parseFloat(outline?.style.width ?? '0');
    expect(cell).toBeGreaterThan(0);
    expect(outline?.style.top).toBe(`${cell}px`);
    expect(outline?.style.left).toBe(`${2 * cell}px`);
  });

  it('selects the focused row with Enter', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    plot().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.getByTestId('selected').textContent).toBe('2');
    expect(document.querySelector('.heatmap__row-band')).toBeTruthy();
  });

  it('selects a row on click', () => {
    render(<Harness />);
    const target = plot();
    target.getBoundingClientRect = () => ({ left: 0, top: 0 }) as DOMRect;
    const cell = parseFloat(target.style.width) / 3;
    fireEvent.click(target, { clientX: cell * 0.5, clientY: cell * 1.5 });
    expect(screen.getByTestId('selected').textContent).toBe('1');
    expect(announcement()).toBe('cat → the: 0.100');
  });

  it('shows the numbers as a table with row and column headers', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Queries \\ Keys', 'the', 'cat', 'sat', 'Sum']);
    const rows = within(table).getAllByRole('row');
    expect(within(rows[2]!).getByRole('rowheader').textContent).toBe('cat');
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0.100', 'masked', '0.900', '1.000']);
    await user.click(toggle);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('prints numbers on big cells, except masked ones', () => {
    render(<Harness />);
    const printed = [...document.querySelectorAll('.heatmap__value')].map((el) => el.textContent);
    expect(printed).toEqual([
      '0.500',
      '0.250',
      '0.250',
      '0.100',
      '0.900',
      '0.333',
      '0.333',
      '0.333',
    ]);
  });

  it('shows a masked swatch in the legend', () => {
    render(<Harness />);
    expect(document.querySelector('.heatmap-legend')?.textContent).toMatch(
      /Weight0\.00.*1\.00masked/,
    );
  });
});

describe('heatmap geometry', () => {
  it('cellSize(available, cols) fits the grid, within limits', () => {
    expect(cellSize(400, 8)).toBe(50);
    expect(cellSize(400, 2)).toBe(56);
    expect(cellSize(300, 128)).toBe(MIN_CELL);
  });

  it('labelStep(cell) skips labels on dense axes', () => {
    expect(labelStep(20)).toBe(1);
    expect(labelStep(4)).toBe(4);
  });

  it('cellAt(x, y) finds the cell under a point and null outside', () => {
    expect(cellAt(25, 5, 10, 3, 3)).toEqual({ row: 0, col: 2 });
    expect(cellAt(35, 5, 10, 3, 3)).toBeNull();
    expect(cellAt(-1, 5, 10, 3, 3)).toBeNull();
  });

  it('moveCell(from, key) moves like a grid and stops at the edges', () => {
    const from = { row: 5, col: 5 };
    expect(moveCell(from, 'ArrowUp', false, 20, 20)).toEqual({ row: 4, col: 5 });
    expect(moveCell(from, 'PageDown', false, 20, 20)).toEqual({ row: 15, col: 5 });
    expect(moveCell(from, 'PageUp', false, 20, 20)).toEqual({ row: 0, col: 5 });
    expect(moveCell(from, 'Home', true, 20, 20)).toEqual({ row: 0, col: 0 });
    expect(moveCell(from, 'x', false, 20, 20)).toBeNull();
  });
});
