import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { GraphChoice, InputSliders, StepControls } from './Controls';
import { Formula } from './Formula';
import { graphModel } from './model';
import { numpyCode } from './numpy';
import { GradientCheck, ValuesTable } from './Tables';
import { clampNotices, codecs, defaults, switchGraph, WIDGET_ID } from './urlState';
import './ComputationGraph.css';
import { GraphView } from './GraphView';

const TITLE = 'Computation graph';

function ComputationGraphInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (search, state) =>
    clampNotices(search, state),
  );
  const { state, setState } = url;
  // a few dozen flops and one central difference per parameter: no memo needed
  const view = graphModel(state.graph, state, state.step);
  const total = view.steps.length;

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={view.status}
      formula={<Formula view={view} />}
      numpy={numpyCode(state.graph, state)}
    >
      <div className="computation-graph">
        <GraphChoice
          graph={state.graph}
          onChange={(graph) => setState((s) => switchGraph(s, graph))}
        />
        <InputSliders
          params={state}
          onChange={(name, value) => setState((s) => ({ ...s, [name]: value }))}
        />
        <StepControls
          step={view.step}
          total={total}
          onStep={(step) => setState((s) => ({ ...s, step }))}
        />
        <div
          className="cg-graph-scroll"
          tabIndex={0}
          role="region"
          aria-label="Graph drawing (the tables below hold the same numbers); scrolls sideways on narrow screens"
        >
          <GraphView view={view} />
        </div>
        <div className="cg-tables">
          <ValuesTable view={view} />
          <GradientCheck view={view} />
        </div>
      </div>
    </WidgetFrame>
  );
}

/** Forward values and backward gradients on a small graph, one chain-rule step at a time. */
export default function ComputationGraph() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <ComputationGraphInner />
    </WidgetBoundary>
  );
}
