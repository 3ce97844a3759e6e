import { render, type ComponentChildren } from 'preact';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * Renders a page's UI into its `#app` element inside an error boundary, so a record that cannot
 * be drawn never blanks the whole page (security review T3-QR-LONG). Every entrypoint uses it.
 */
export function renderPage(what: string, page: ComponentChildren) {
  render(<ErrorBoundary what={what}>{page}</ErrorBoundary>, document.getElementById('app')!);
}
