/** In place of the figures while there is nothing to count. */
export function EmptyLog() {
  return (
    <section class="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No contacts logged yet</h2>
      <p>Contacts you log with the toolbar button, the keyboard shortcut or from the sidebar will be counted here.</p>
    </section>
  );
}
