// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createRng } from '../math';
import { nextSeed, SEED_MAX } from './seed';
import { SeedField } from './SeedField';

function Harness(props: {
  start: number;
  onSeed: (seed: number) => void;
  newSeed?: string | false;
}) {
  const [seed, setSeed] = useState(props.start);
  return (
    <SeedField
      seed={seed}
      newSeed={props.newSeed}
      onChange={(next) => {
        props.onSeed(next);
        setSeed(next);
      }}
    />
  );
}

const field = () => screen.getByRole('textbox', { name: 'Seed' });

describe('SeedField', () => {
  it('moves to the next seed with the button, drawn from the current one', () => {
    const onSeed = vi.fn();
    render(<Harness start={42} onSeed={onSeed} />);
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    const first = createRng(42).int(1_000_000);
    expect(onSeed).toHaveBeenLastCalledWith(first);
    expect(field()).toHaveProperty('value', String(first));
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(onSeed).toHaveBeenLastCalledWith(nextSeed(first));
    expect(nextSeed(first)).not.toBe(first);
  });

  it('passes typed whole numbers on and rounds typed fractions', () => {
    const onSeed = vi.fn();
    render(<Harness start={7} onSeed={onSeed} />);
    fireEvent.change(field(), { target: { value: '123' } });
    expect(onSeed).toHaveBeenLastCalledWith(123);
    fireEvent.change(field(), { target: { value: '2.6' } });
    expect(onSeed).toHaveBeenLastCalledWith(3);
  });

  it('keeps the last good seed and says why when the text is not a seed', () => {
    const onSeed = vi.fn();
    render(<Harness start={7} onSeed={onSeed} />);
    for (const bad of ['abc', '-1', String(SEED_MAX + 1), '']) {
      fireEvent.change(field(), { target: { value: bad } });
      expect(field().getAttribute('aria-invalid')).toBe('true');
    }
    expect(onSeed).not.toHaveBeenCalled();
    const message = document.getElementById(field().getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('Enter a number. Still using 7.');
  });

  it('has no button when asked for none', () => {
    render(<Harness start={7} onSeed={() => {}} newSeed={false} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
