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
