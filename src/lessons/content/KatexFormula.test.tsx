// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KatexFormula } from './KatexFormula';
import type { KatexNode } from './KatexFormula';

const tree: KatexNode[] = [
  ['span', { class: 'katex-mathml' }, ['math', { display: 'block' }, ['mi', {}, 'x']]],
  [
    'span',
    { class: 'katex-html', 'aria-hidden': 'true' },
    ['svg', { viewBox: '0 0 10 10', preserveAspectRatio: 'none' }, ['path', { d: 'M0 0h10' }]],
    ['span', { class: 'mord k-0123abcd' }, '<img src=x onerror=alert(1)>'],
  ],
];

describe('KatexFormula', () => {
  it('builds the DOM of its tree, each part in its namespace', () => {
    const { container } = render(<KatexFormula tree={JSON.stringify(tree)} />);
    const root = container.querySelector('span.katex');
    expect(root?.querySelector('math')?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(root?.querySelector('mi')?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(root?.querySelector('math')?.getAttribute('display')).toBe('block');
    const svg = root?.querySelector('svg');
    expect(svg?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 10 10');
    expect(root?.querySelector('path')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root?.querySelector('.katex-html')?.getAttribute('aria-hidden')).toBe('true');
    expect(root?.querySelector('.mord')?.className).toBe('mord k-0123abcd');
  });

  it('puts text in as text: markup inside a text is never parsed', () => {
    const { container } = render(<KatexFormula tree={JSON.stringify(tree)} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.mord')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('builds once per tree: a re-render with the same tree keeps the same nodes', () => {
    const json = JSON.stringify(tree);
    const { container, rerender } = render(<KatexFormula tree={json} />);
    const first = container.querySelector('mi');
    rerender(<KatexFormula tree={json} />);
    expect(container.querySelector('mi')).toBe(first);
  });
});
