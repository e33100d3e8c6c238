// Error boundaries: a panel that throws shows a small message in its place; an error above the panels shows a page.
import { Component, type ReactNode } from 'react';
import { CrashPage } from './ErrorPages';

interface BoundaryState {
  error: Error | null;
}

function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/** Keeps one panel's error to that panel: its place says what failed and offers to try again; the rest works. */
export class PanelBoundary extends Component<{ name: string; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): BoundaryState {
    return { error: asError(thrown) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel-error" role="alert" aria-label={`${this.props.name} failed`}>
        <p>
          <strong>{this.props.name} could not be shown.</strong> The rest of the app still works.
        </p>
        <p className="panel-error-message">{error.message || error.name}</p>
        <button type="button" className="link-button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}

/** Catches what no panel caught and shows a page that says so, instead of a blank one. */
export class AppBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): BoundaryState {
    return { error: asError(thrown) };
  }

  override render() {
    return this.state.error ? <CrashPage error={this.state.error} /> : this.props.children;
  }
}
