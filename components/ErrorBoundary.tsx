import { Component, type ComponentChildren } from 'preact';
import { couldNotShow } from '../utils/pages/could-not-show';

export interface ErrorBoundaryProps {
  /** What is inside, for the sentence shown instead: "this service", "the sidebar". */
  what: string;
  children: ComponentChildren;
}

/**
 * Keeps one bad record from blanking a page (security review T3-QR-LONG): a render error
 * below is caught here, and a short sentence takes the place of that part only.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    // The page stays usable; the console keeps the detail for whoever looks at diagnostics.
    console.error(`${this.props.what} could not be shown:`, error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p class="render-error" role="alert">
        {couldNotShow(this.props.what)}
      </p>
    );
  }
}
