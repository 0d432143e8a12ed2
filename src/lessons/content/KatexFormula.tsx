import { useCallback } from 'react';

/**
 * One node of a build-time formula (build/katex-html.ts): a text, or an element as
 * `[tag, attributes, ...children]`. The tag and the names are KaTeX's HTML, SVG and MathML;
 * attribute values are plain strings.
 */
export type KatexNode = string | [tag: string, attributes: Record<string, string>, ...KatexNode[]];

const NAMESPACES: Record<string, string> = {
  svg: 'http://www.w3.org/2000/svg',
  math: 'http://www.w3.org/1998/Math/MathML',
};

/** DOM nodes for a formula's tree: no HTML parser involved, texts are text nodes. */
function build(node: KatexNode, namespace: string | undefined): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const space = NAMESPACES[tag] ?? namespace;
  const element = space ? document.createElementNS(space, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(build(child, space));
  return element;
}

export interface KatexFormulaProps {
  /** The formula's HTML + MathML as JSON `KatexNode[]`, written at build time. */
  tree: string;
}

/**
 * One build-time formula. The build hands each formula over as one JSON string (a constant in
 * the lesson chunk) instead of ~40 React elements, and this builds its DOM once, when the span
 * is attached, with `createElement` and `setAttribute`: never through an HTML string.
 */
export function KatexFormula({ tree }: KatexFormulaProps) {
  const fill = useCallback(
    (span: HTMLSpanElement | null) => {
      if (!span) return;
      const nodes = JSON.parse(tree) as KatexNode[];
      span.replaceChildren(...nodes.map((node) => build(node, undefined)));
    },
    [tree],
  );
  return <span className="katex" ref={fill} />;
}
