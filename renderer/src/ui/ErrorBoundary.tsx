import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18next from 'i18next';

interface State {
  failed: boolean;
}

/** Last line of defence: an unexpected error shows a Japanese explanation, never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('unexpected UI error', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="fatal" role="alert">
        <h1>{i18next.t('error.heading')}</h1>
        <p>{i18next.t('error.body')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {i18next.t('error.reload')}
        </button>
      </div>
    );
  }
}

/**
 * One part of the window (an area's screen, a top-bar badge, a home notice) that fails alone: during an outage the
 * menu, the emergency button and every other screen must stay usable when one screen meets a bug or a failing read.
 * A new `resetKey` (the route, for a screen) draws the part again.
 */
export class PartBoundary extends Component<{ children: ReactNode; resetKey?: string; inline?: boolean }, State & { key?: string }> {
  override state: State & { key?: string } = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey?: string }, state: State & { key?: string }): Partial<State & { key?: string }> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('a part of the window failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const retry = () => this.setState({ failed: false });
    if (this.props.inline)
      return (
        <button type="button" className="part-failed inline" onClick={retry}>
          {i18next.t('error.partShort')}
        </button>
      );
    return (
      <div className="part-failed" role="alert">
        {i18next.t('error.part')}{' '}
        <button type="button" className="link-button" onClick={retry}>
          {i18next.t('error.partRetry')}
        </button>
      </div>
    );
  }
}
