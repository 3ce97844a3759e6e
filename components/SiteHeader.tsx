import type { ComponentChildren } from 'preact';

export interface SiteHeaderProps {
  /**
   * The narrow sidebar: "MECC" alone in view (the full name for screen readers), as the page's
   * heading, with room for the tools beside it. The full title wrapped to two lines at 360 px.
   */
  compact?: boolean;
  /** Tools on the right of the header (the sidebar's text size). */
  children?: ComponentChildren;
}

/** The NHS-blue header every MECC Sidebar page starts with. */
export function SiteHeader({ compact = false, children }: SiteHeaderProps) {
  const Title = compact ? 'h1' : 'p';
  return (
    <header class="header">
      <Title class="header__title">
        <span class="header__logo" aria-hidden="true">
          MECC
        </span>{' '}
        <span class={compact ? 'visually-hidden' : undefined}>Making Every Contact Count</span>
      </Title>
      {children}
    </header>
  );
}
