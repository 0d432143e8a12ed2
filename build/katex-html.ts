// Build-time formulas as compact trees instead of JSX trees.
//
// rehype-katex turns each formula into a few dozen hast elements, and MDX would compile each into
// a React element: a lesson of ~100 formulas became ~4,000 elements for React to create on every
// visit (most of a lesson chunk's bytes and most of its first render). This plugin keeps KaTeX's
// output as one JSON string per formula (`[tag, attributes, ...children]` nodes), rendered by the
// KatexFormula component (src/lessons/content/KatexFormula.tsx), which builds the DOM with
// createElement and setAttribute: no HTML string is ever parsed in the browser.
//
// KaTeX writes sizes as `style="height:0.69em"`, and the guide's CSP (style-src 'self') blocks
// style attributes. So every distinct style becomes a class `k-<hash>` in a CSS module the lesson
// imports (`virtual:katex-styles/<key>.css`), served by katexStylesPlugin. The markup is KaTeX's
// (trust: false) output for the guide's own lessons, fixed at build time; nothing a reader types
// ever reaches it. The MathML stays (it is what screen readers read), less the TeX source
// annotation in it.
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { find, html, svg } from 'property-information';
import type { Plugin } from 'vite';
import type { KatexNode } from '../src/lessons/content/KatexFormula';

const PREFIX = 'virtual:katex-styles/';
const RESOLVED = '\0' + PREFIX;

/** Styles seen per compiled file: key → (class name → declarations). */
const stylesByKey = new Map<string, Map<string, string>>();

/** `k-` + 8 hex digits of the declarations' hash: the same style gets the same class everywhere. */
export function styleClass(declarations: string): string {
  return 'k-' + createHash('sha256').update(declarations).digest('hex').slice(0, 8);
}

/** The CSS for one file's formulas: one rule per distinct style. */
export function katexStylesCss(key: string): string {
  const styles = stylesByKey.get(key) ?? new Map<string, string>();
  // !important: an inline style beat every KaTeX rule, and so must the class that replaces it
  const important = (css: string) =>
    css
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => `${d} !important`)
      .join(';');
  return [...styles].map(([name, css]) => `.katex .${name}{${important(css)}}`).join('\n') + '\n';
}

function classList(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** Moves every style attribute under `node` into a class, recording it in `styles`. */
function classifyStyles(node: ElementContent, styles: Map<string, string>): void {
  if (node.type !== 'element') return;
  const style = node.properties.style;
  if (typeof style === 'string' && style.trim() !== '') {
    const declarations = style.trim().replace(/;$/, '');
    const name = styleClass(declarations);
    styles.set(name, declarations);
    node.properties.className = [...classList(node), name];
    delete node.properties.style;
  }
  for (const child of node.children) classifyStyles(child, styles);
}

/**
 * Drops the TeX source KaTeX repeats inside each formula's MathML
 * (`<annotation encoding="application/x-tex">`). Screen readers read the MathML itself, and the
 * TeX was 5–9 % of a lesson chunk's gzip bytes (1.1 kB of matrices' 15.5 kB, which had gone over
 * its 110 kB first-load target by 0.4 kB).
 */
function dropTexSource(node: ElementContent): void {
  if (node.type !== 'element') return;
  node.children = node.children.filter(
    (child) => !(child.type === 'element' && child.tagName === 'annotation'),
  );
  for (const child of node.children) dropTexSource(child);
}

/**
 * A formula's hast as KatexFormula's nodes: hast's property names back to attribute names
 * (`className` → `class`, SVG's `viewBox` kept), lists joined, comments dropped. The namespace
 * follows from the tag on the client (`svg`, `math`), so `xmlns` is left out.
 */
export function toKatexNodes(nodes: readonly ElementContent[], inSvg = false): KatexNode[] {
  const out: KatexNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(node.value);
    if (node.type !== 'element') continue;
    const svgHere = inSvg || node.tagName === 'svg';
    const attributes: Record<string, string> = {};
    for (const [property, value] of Object.entries(node.properties)) {
      if (value === null || value === undefined || value === false) continue;
      const info = find(svgHere ? svg : html, property);
      if (info.attribute === 'xmlns') continue;
      attributes[info.attribute] =
        value === true
          ? ''
          : Array.isArray(value)
            ? value.join(info.commaSeparated ? ',' : ' ')
            : String(value);
    }
    out.push([node.tagName, attributes, ...toKatexNodes(node.children, svgHere)]);
  }
  return out;
}

interface Options {
  /**
   * Add `import 'virtual:katex-styles/<key>.css'` to the compiled module (the build and the dev
   * server do; the content tests compile without Vite and leave it out).
   */
  importStyles: boolean;
}

/** Replaces each `span.katex` (after rehype-katex) with `<KatexFormula tree="…" />`. */
export function rehypeKatexTrees({ importStyles }: Options) {
  return (tree: Root, file: { path?: string }) => {
    const styles = new Map<string, string>();
    // walks elements and MDX JSX nodes alike (formulas sit inside <Callout> and friends too)
    const visit = (parent: Root | Element) => {
      parent.children.forEach((child, index) => {
        if (
          child.type === 'element' &&
          child.tagName === 'span' &&
          classList(child).includes('katex')
        ) {
          for (const node of child.children) {
            dropTexSource(node);
            classifyStyles(node, styles);
          }
          // an MDX JSX node in hast: MDX compiles it like <KatexFormula tree="…" /> in the source
          const tree = JSON.stringify(toKatexNodes(child.children));
          parent.children[index] = {
            type: 'mdxJsxTextElement',
            name: 'KatexFormula',
            attributes: [{ type: 'mdxJsxAttribute', name: 'tree', value: tree }],
            children: [],
          } as unknown as Element;
          return;
        }
        if ('children' in child) visit(child as Element);
      });
    };
    visit(tree);
    // the key names the file and its styles, so an edited lesson imports a new module in dev
    const key = createHash('sha256')
      .update(file.path ?? 'unnamed')
      .update([...styles.keys()].sort().join())
      .digest('hex')
      .slice(0, 12);
    stylesByKey.set(key, styles);
    if (importStyles && styles.size > 0) {
      const source = `${PREFIX}${key}.css`;
      tree.children.unshift({
        type: 'mdxjsEsm',
        value: `import '${source}'`,
        data: {
          estree: {
            type: 'Program',
            sourceType: 'module',
            body: [
              {
                type: 'ImportDeclaration',
                specifiers: [],
                attributes: [],
                source: { type: 'Literal', value: source, raw: `'${source}'` },
              },
            ],
          },
        },
      } as unknown as Element);
    }
  };
}

/** Serves the CSS modules rehypeKatexTrees imports. */
export function katexStylesPlugin(): Plugin {
  return {
    name: 'math-for-ml:katex-styles',
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      return katexStylesCss(id.slice(RESOLVED.length).replace(/\.css$/, ''));
    },
  };
}
