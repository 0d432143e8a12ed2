import { useState } from 'react';
import type { ReactNode } from 'react';
import { CodeBlock } from './CodeBlock';
import { ErrorBoundary } from './ErrorBoundary';
import { Tabs } from './Tabs';
import { useSettledValue } from './useSettledValue';
import { clearUrlState } from './useUrlState';
import type { UrlStateNotice } from './useUrlState';

export interface WidgetFrameProps {
  /** kebab-case widget name; also the URL-state namespace and the element id. */
  widgetId: string;
  title: string;
  /**
   * One sentence stating the result in words (screen readers and tests read it). While a pointer
   * drags a slider the frame shows it as it was, and catches up when the hand rests or lets go,
   * so the polite live region is not rewritten every frame.
   */
  status: string;
  notices: readonly UrlStateNotice[];
  onDismissNotices: () => void;
  onReset: () => void;
  /** The shareable URL of the current state. */
  shareUrl: () => string;
  /** The rule with the current numbers substituted. */
  formula: ReactNode;
  /** The equivalent NumPy for the current parameters. */
  numpy: string;
  children: ReactNode;
}

function CopyLinkButton({ shareUrl }: { shareUrl: () => string }) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    const url = shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied.');
    } catch {
      window.history.replaceState(window.history.state, '', url);
      setMessage('Copying is blocked here; the address bar now holds the link.');
    }
  };
  return (
    <>
      <button type="button" className="button button--small" onClick={() => void copy()}>
        Copy link to this state
      </button>
      <span className="widget__copied" role="status">
        {message}
      </span>
    </>
  );
}

/** The shared chrome of every widget: title, actions, notices, status, formula and NumPy. */
export function WidgetFrame(props: WidgetFrameProps) {
  const { widgetId, title, notices, children } = props;
  const status = useSettledValue(props.status);
  return (
    <section className="widget" id={widgetId} aria-labelledby={`${widgetId}-title`}>
      <header className="widget__header">
        <h3 id={`${widgetId}-title`} className="widget__title">
          {title}
        </h3>
        <div className="widget__actions">
          <button type="button" className="button button--small" onClick={props.onReset}>
            Reset
          </button>
          <CopyLinkButton shareUrl={props.shareUrl} />
        </div>
      </header>
      {notices.length > 0 ? (
        <div className="notice notice--warning widget__notices" role="alert">
          <ul>
            {notices.map((notice) => (
              <li key={notice.key}>{notice.message}</li>
            ))}
          </ul>
          <button type="button" className="button button--small" onClick={props.onDismissNotices}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="widget__body">{children}</div>
      <p className="widget__status" role="status">
        {status}
      </p>
      <Tabs
        label={`${title}: formula and code`}
        items={[
          { label: 'Formula', content: <div className="live-formula">{props.formula}</div> },
          { label: 'NumPy', content: <CodeBlock code={props.numpy} /> },
        ]}
      />
    </section>
  );
}

/**
 * Wraps a whole widget: a crash shows what happened and a "Reset widget" button that clears the
 * widget's URL parameters and remounts it; the rest of the lesson keeps working.
 */
export function WidgetBoundary({
  widgetId,
  title,
  children,
}: {
  widgetId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      onReset={() => clearUrlState(widgetId)}
      fallback={(error, reset) => (
        <section className="widget widget--crashed" aria-labelledby={`${widgetId}-title`}>
          <h3 id={`${widgetId}-title`} className="widget__title">
            {title}
          </h3>
          <div role="alert">
            <p>This widget hit a problem and stopped: {error.message}</p>
            <button type="button" className="button" onClick={reset}>
              Reset widget
            </button>
          </div>
        </section>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
