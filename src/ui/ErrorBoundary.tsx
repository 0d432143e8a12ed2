import { Component, Fragment } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** Rendered instead of the children after a crash; `reset` remounts them. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** Called on reset, before the children remount (e.g. to restore default parameters). */
  onReset?: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  generation: number;
}

/** Keeps a crash inside one route or one widget; the rest of the page goes on working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // keep the trace for developers; readers see the fallback
    console.warn('Recovered from a render error:', error, info.componentStack);
  }

  reset = (): void => {
    this.props.onReset?.();
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  override render(): ReactNode {
    if (this.state.error) return this.props.fallback(this.state.error, this.reset);
    return <Fragment key={this.state.generation}>{this.props.children}</Fragment>;
  }
}
