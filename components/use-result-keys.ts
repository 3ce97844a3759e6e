import type { RecordKind } from '../utils/search/build-index';

export interface ResultKeyActions {
  focusSearch: () => void;
  /** Enter: open a message, copy a service's link. */
  activate: (kind: RecordKind, id: string) => void;
  /** C copies (message text or link); D copies a service's name, phone and link. */
  copy: (kind: RecordKind, id: string, variant: 'default' | 'details') => void;
}

/** Everything the arrow keys can land on, in page order; not what a closed "Other results" hides. */
function navItems(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-nav]')].filter((el) => {
    const folded = el.closest('details');
    return !folded || folded.open || el.tagName === 'SUMMARY';
  });
}

/**
 * Keyboard handling for a result list, delegated from its container: arrows move
 * between results (and back up to the search box), single keys act on the focused one.
 */
export function useResultKeys(actions: ResultKeyActions) {
  return (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[data-nav]');
    if (!item) return;
    const onItem = item === target;
    const items = navItems();
    const at = items.indexOf(item);
    const kind = item.dataset.result as RecordKind | undefined;
    const id = item.dataset.id;

    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      if (next < 0) actions.focusSearch();
      else items[Math.min(next, items.length - 1)]?.focus();
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.focusSearch();
      return;
    }
    if (!onItem || !kind || !id || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      actions.activate(kind, id);
    } else if (event.key === 'c' || event.key === 'C') {
      event.preventDefault();
      actions.copy(kind, id, 'default');
    } else if (event.key === 'd' || event.key === 'D') {
      event.preventDefault();
      actions.copy(kind, id, 'details');
    }
  };
}
