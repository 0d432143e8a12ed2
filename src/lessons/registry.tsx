// The one place that says which tags a lesson may use. Widgets are lazy chunks: a lesson loads
// only the widgets it shows. The content test fails on any tag that is not listed here.
import { lazy, Suspense } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { Callout } from './content/Callout';
import { CommonConfusions, Confusion } from './content/Confusions';
import { ContentLink, ContentTable } from './content/ContentLink';
import { H2, H3 } from './content/Heading';
import { KatexFormula } from './content/KatexFormula';
import { Recap } from './content/Recap';
import { Term } from './content/Term';
import { WorkedExample } from './content/WorkedExample';

function lazyWidget<P extends object>(
  name: string,
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const Widget = lazy(load);
  function LazyWidget(props: P) {
    return (
      <Suspense fallback={<WidgetPlaceholder name={name} />}>
        <Widget {...props} />
      </Suspense>
    );
  }
  LazyWidget.displayName = `Lazy(${name})`;
  return LazyWidget;
}

function WidgetPlaceholder({ name }: { name: string }): ReactNode {
  // reserves the widget's height so the text below does not jump when it arrives
  return (
    <div className="widget widget--loading" aria-busy="true">
      <p className="widget__loading">Loading the {name} widget…</p>
    </div>
  );
}

/** Widgets by the names lessons use. */
export const widgets = {
  CheckYourself: lazyWidget('check yourself', () => import('../cards/CheckYourself')),
  CrossEntropyCurve: lazyWidget(
    'cross-entropy curve',
    () => import('../widgets/CrossEntropyCurve/CrossEntropyCurve'),
  ),
  KLDivergence: lazyWidget('KL divergence', () => import('../widgets/KLDivergence/KLDivergence')),
  CalibrationDiagram: lazyWidget(
    'calibration diagram',
    () => import('../widgets/CalibrationDiagram/CalibrationDiagram'),
  ),
  TinyClassifier: lazyWidget(
    'tiny classifier',
    () => import('../widgets/TinyClassifier/TinyClassifier'),
  ),
  MatrixTransform: lazyWidget(
    'matrix transform',
    () => import('../widgets/MatrixTransform/MatrixTransform'),
  ),
  ShapeChecker: lazyWidget('shape checker', () => import('../widgets/ShapeChecker/ShapeChecker')),
  ComputationGraph: lazyWidget(
    'computation graph',
    () => import('../widgets/ComputationGraph/ComputationGraph'),
  ),
  GradientDescent: lazyWidget(
    'gradient descent',
    () => import('../widgets/GradientDescent/GradientDescent'),
  ),
  AttentionHeatmap: lazyWidget(
    'attention heatmap',
    () => import('../widgets/AttentionHeatmap/AttentionHeatmap'),
  ),
  VectorPlayground: lazyWidget(
    'vector playground',
    () => import('../widgets/VectorPlayground/VectorPlayground'),
  ),
  SoftmaxTemperature: lazyWidget(
    'softmax temperature',
    () => import('../widgets/SoftmaxTemperature/SoftmaxTemperature'),
  ),
  BayesUpdate: lazyWidget('Bayes update', () => import('../widgets/BayesUpdate/BayesUpdate')),
  SamplingLab: lazyWidget('sampling lab', () => import('../widgets/SamplingLab/SamplingLab')),
  BootstrapCI: lazyWidget('bootstrap interval', () => import('../widgets/BootstrapCI/BootstrapCI')),
  SignificanceLab: lazyWidget(
    'significance lab',
    () => import('../widgets/SignificanceLab/SignificanceLab'),
  ),
};

/** Content components by the names lessons use. */
export const contentComponents = {
  Callout,
  Recap,
  CommonConfusions,
  Confusion,
  WorkedExample,
  Term,
};

/** Everything handed to a compiled lesson, including overrides of plain markdown elements. */
export const mdxComponents: MDXComponents = {
  ...contentComponents,
  ...widgets,
  // inserted by the build for each formula (build/katex-html.ts), never written by an author
  KatexFormula,
  a: ContentLink,
  h2: H2,
  h3: H3,
  table: ContentTable,
};

/** Tag names a lesson may use as JSX (the content test checks every lesson against this). */
export const registeredTags: ReadonlySet<string> = new Set([
  ...Object.keys(contentComponents),
  ...Object.keys(widgets),
]);
