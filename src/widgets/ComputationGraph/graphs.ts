// The two computation graphs the lesson uses, as data: forward values on nodes, local
// derivatives on edges, and the backward pass as an ordered list of chain-rule steps.
// Both graphs are trees (each value feeds exactly one other), so the gradient that flows along
// an edge is the gradient of the node it leaves.
import { sigmoid } from '../../math';

export type GraphId = 'chain' | 'neuron';

export interface Inputs {
  x: number;
  w: number;
  b: number;
  /** The neuron's target. */
  y: number;
}

export type NodeKind = 'input' | 'param' | 'target' | 'op';

export interface GraphNode {
  id: string;
  /** What the node computes, e.g. "u = 3x + 1"; for an input just its name. */
  expr: string;
  value: number;
  kind: NodeKind;
  /** Grid position for the drawing: column (left to right) and row. */
  col: number;
  row: number;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  /** The local derivative ∂to/∂from, e.g. "∂z/∂u", its rule ("2u") and its value here. */
  localSymbol: string;
  rule: string;
  /** The rule short enough to sit on the edge in the drawing. */
  shortRule: string;
  local: number;
  /** False for the target y: nothing is learned there, so the backward pass skips it. */
  differentiated: boolean;
}

export interface BackwardStep {
  /** The edge whose local derivative this step multiplies in (null for the seed ∂out/∂out = 1). */
  edge: string | null;
  node: string;
  /** ∂out/∂node, e.g. "∂z/∂u". */
  symbol: string;
  upstreamSymbol: string;
  upstream: number;
  local: number;
  grad: number;
}

export interface GraphDef {
  id: GraphId;
  output: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  steps: BackwardStep[];
  /** The inputs the gradient check perturbs, the output as a function of them, and ∂out/∂input. */
  checked: {
    names: string[];
    at: number[];
    f: (v: readonly number[]) => number;
    analytic: number[];
  };
}

/** x → u = 3x + 1 → z = u²: the lesson's worked chain rule, dz/dx = 2u·3 = 24 at x = 1. */
export function chainGraph({ x }: Inputs): GraphDef {
  const u = 3 * x + 1;
  const z = u * u;
  const dzdu = 2 * u;
  const dzdx = dzdu * 3;
  return {
    id: 'chain',
    output: 'z',
    nodes: [
      { id: 'x', expr: 'x', value: x, kind: 'input', col: 0, row: 0 },
      { id: 'u', expr: 'u = 3x + 1', value: u, kind: 'op', col: 1, row: 0 },
      { id: 'z', expr: 'z = u²', value: z, kind: 'op', col: 2, row: 0 },
    ],
    edges: [
      {
        id: 'x-u',
        from: 'x',
        to: 'u',
        localSymbol: '∂u/∂x',
        rule: '3',
        shortRule: '3',
        local: 3,
        differentiated: true,
      },
      {
        id: 'u-z',
        from: 'u',
        to: 'z',
        localSymbol: '∂z/∂u',
        rule: '2u',
        shortRule: '2u',
        local: dzdu,
        differentiated: true,
      },
    ],
    steps: [
      {
        edge: null,
        node: 'z',
        symbol: '∂z/∂z',
        upstreamSymbol: '',
        upstream: 1,
        local: 1,
        grad: 1,
      },
      {
        edge: 'u-z',
        node: 'u',
        symbol: '∂z/∂u',
        upstreamSymbol: '∂z/∂z',
        upstream: 1,
        local: dzdu,
        grad: dzdu,
      },
      {
        edge: 'x-u',
        node: 'x',
        symbol: '∂z/∂x',
        upstreamSymbol: '∂z/∂u',
        upstream: dzdu,
        local: 3,
        grad: dzdx,
      },
    ],
    checked: {
      names: ['x'],
      at: [x],
      f: ([t = 0]) => {
        // u·u rather than u ** 2: plain products round the same way in every engine
        const v = 3 * t + 1;
        return v * v;
      },
      analytic: [dzdx],
    },
  };
}

/** One neuron with a squared error: p = w·x, s = p + b, a = σ(s), L = (a − y)². */
export function neuronGraph({ x, w, b, y }: Inputs): GraphDef {
  const p = w * x;
  const s = p + b;
  const a = sigmoid(s);
  const L = (a - y) ** 2;
  const dLda = 2 * (a - y);
  // σ′(s) = σ(s)(1 − σ(s)): at most 0.25, at s = 0
  const dads = a * (1 - a);
  const dLds = dLda * dads;
  const dLdw = dLds * x;
  const edge = (from: string, to: string, localSymbol: string, rule: string, local: number) => ({
    id: `${from}-${to}`,
    from,
    to,
    localSymbol,
    rule,
    // σ(s)(1 − σ(s)) is too long for an edge label
    shortRule: rule.startsWith('σ') ? 'σ′(s)' : rule,
    local,
    differentiated: true,
  });
  const step = (e: string, node: string, up: string, upstream: number, local: number) => ({
    edge: e,
    node,
    symbol: `∂L/∂${node}`,
    upstreamSymbol: up,
    upstream,
    local,
    grad: upstream * local,
  });
  return {
    id: 'neuron',
    output: 'L',
    nodes: [
      { id: 'w', expr: 'w', value: w, kind: 'param', col: 0, row: 0 },
      { id: 'x', expr: 'x', value: x, kind: 'input', col: 0, row: 1 },
      { id: 'b', expr: 'b', value: b, kind: 'param', col: 1, row: 1.5 },
      { id: 'p', expr: 'p = w·x', value: p, kind: 'op', col: 1, row: 0.5 },
      { id: 's', expr: 's = p + b', value: s, kind: 'op', col: 2, row: 1 },
      { id: 'a', expr: 'a = σ(s)', value: a, kind: 'op', col: 3, row: 1 },
      { id: 'y', expr: 'y (target)', value: y, kind: 'target', col: 3, row: 2 },
      { id: 'L', expr: 'L = (a − y)²', value: L, kind: 'op', col: 4, row: 1.5 },
    ],
    edges: [
      edge('w', 'p', '∂p/∂w', 'x', x),
      edge('x', 'p', '∂p/∂x', 'w', w),
      edge('p', 's', '∂s/∂p', '1', 1),
      edge('b', 's', '∂s/∂b', '1', 1),
      edge('s', 'a', '∂a/∂s', 'σ(s)(1 − σ(s))', dads),
      edge('a', 'L', '∂L/∂a', '2(a − y)', dLda),
      { ...edge('y', 'L', '∂L/∂y', '−2(a − y)', -dLda), differentiated: false },
    ],
    steps: [
      {
        edge: null,
        node: 'L',
        symbol: '∂L/∂L',
        upstreamSymbol: '',
        upstream: 1,
        local: 1,
        grad: 1,
      },
      step('a-L', 'a', '∂L/∂L', 1, dLda),
      step('s-a', 's', '∂L/∂a', dLda, dads),
      step('b-s', 'b', '∂L/∂s', dLds, 1),
      step('p-s', 'p', '∂L/∂s', dLds, 1),
      step('w-p', 'w', '∂L/∂p', dLds, x),
      step('x-p', 'x', '∂L/∂p', dLds, w),
    ],
    checked: {
      names: ['w', 'b'],
      at: [w, b],
      f: ([wt = 0, bt = 0]) => (sigmoid(wt * x + bt) - y) ** 2,
      analytic: [dLdw, dLds],
    },
  };
}

export function buildGraph(id: GraphId, inputs: Inputs): GraphDef {
  return id === 'chain' ? chainGraph(inputs) : neuronGraph(inputs);
}

/** How many backward steps each graph has (the URL's `step` is clamped to this). */
export const stepCount: Record<GraphId, number> = { chain: 3, neuron: 7 };
