// ComputationGraph's model: graph choice, inputs and the backward-pass step in; the drawing's
// nodes and edges (what is revealed, what is current), the step text, the gradient check and the
// status sentence out. Pure, built on the math core (sigmoid, numericalGradient).
import { gradientCheck } from './check';
import type { CheckRow } from './check';
import { describeGraph } from './describe';
import { buildGraph } from './graphs';
import type { BackwardStep, GraphDef, GraphEdge, GraphId, GraphNode, Inputs } from './graphs';

export type { BackwardStep, CheckRow, GraphId, Inputs };

export interface NodeView extends GraphNode {
  /** ∂out/∂node once the backward pass has reached it, else null. */
  grad: number | null;
  current: boolean;
}

export interface EdgeView extends GraphEdge {
  /** The gradient flowing back along this edge once revealed, else null. */
  grad: number | null;
  current: boolean;
}

export interface GraphView {
  graph: GraphDef;
  nodes: NodeView[];
  edges: EdgeView[];
  /** 0 = forward pass only; steps.length = the whole backward pass. */
  step: number;
  steps: BackwardStep[];
  currentStep: BackwardStep | null;
  check: CheckRow[];
  /** The sigmoid's local derivative for the neuron (null for the chain). */
  sigmoidSlope: number | null;
  status: string;
}

export function graphModel(id: GraphId, inputs: Inputs, requestedStep: number): GraphView {
  const graph = buildGraph(id, inputs);
  const step = Math.min(graph.steps.length, Math.max(0, Math.round(requestedStep)));
  const done = graph.steps.slice(0, step);
  const currentStep = step > 0 ? (graph.steps[step - 1] ?? null) : null;
  const gradOf = new Map(done.map((s) => [s.node, s.grad]));
  const edgeDone = new Set(done.map((s) => s.edge));
  const nodes = graph.nodes.map((n) => ({
    ...n,
    grad: gradOf.get(n.id) ?? null,
    current: currentStep?.node === n.id,
  }));
  const edges = graph.edges.map((e) => ({
    ...e,
    grad: edgeDone.has(e.id) ? (gradOf.get(e.from) ?? null) : null,
    current: currentStep?.edge === e.id,
  }));
  const slope = graph.edges.find((e) => e.id === 's-a')?.local ?? null;
  const partial = {
    graph,
    nodes,
    edges,
    step,
    steps: graph.steps,
    currentStep,
    check: gradientCheck(graph),
    sigmoidSlope: slope,
  };
  return { ...partial, status: describeGraph(partial, inputs) };
}
