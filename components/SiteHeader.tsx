/** The NHS-blue header every MECC Sidebar page starts with. */
export function SiteHeader() {
  return (
    <header class="header">
      <p class="header__title">
        <span class="header__logo" aria-hidden="true">
          MECC
        </span>{' '}
        Making Every Contact Count
      </p>
    </header>
  );
}
