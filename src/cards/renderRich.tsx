// Build-time-rendered markdown (compact hast) → React elements. hast-util-to-jsx-runtime turns
// KaTeX's style strings into style objects, which React applies through the CSSOM: allowed
// under the site's CSP (style-src 'self'), unlike inline style attributes or innerHTML.
import type { Element, ElementContent, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { CompactNode, Rich } from './cardData';

function expand(node: CompactNode): ElementContent {
  if (typeof node === 'string') return { type: 'text', value: node };
  const element: Element = {
    type: 'element',
    tagName: node.t,
    properties: { ...node.p },
    children: (node.c ?? []).map(expand),
  };
  return element;
}

/** Renders one rendered-markdown field. */
export function renderRich(rich: Rich): ReactNode {
  const root: Root = { type: 'root', children: rich.map(expand) };
  // its return type is the global JSX.Element, which React 19's types no longer declare
  return toJsxRuntime(root, { Fragment, jsx, jsxs }) as ReactNode;
}
