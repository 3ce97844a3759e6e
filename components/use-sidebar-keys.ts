import { useEffect } from 'preact/hooks';
import type { SidebarNavigation } from './use-sidebar-navigation';

/**
 * The sidebar's keys beyond the result list's own: ↓ or Enter in the search box moves
 * into the results, Esc clears the query then leaves the topic, Esc in a message view
 * goes back, and "/" jumps to the search box from anywhere (as on GOV.UK and GitHub).
 */
export function useSidebarKeys(nav: SidebarNavigation) {
  const { openMessage, closeMessage, focusSearch } = nav;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA';
      if (event.key === 'Escape' && openMessage) {
        event.preventDefault();
        closeMessage();
      } else if (event.key === '/' && !typing) {
        event.preventDefault();
        if (openMessage) closeMessage();
        focusSearch();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openMessage, closeMessage, focusSearch]);

  /** For the search box's own keydown. */
  return (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      document.querySelector<HTMLElement>('[data-nav]')?.focus();
    } else if (event.key === 'Enter') {
      document.querySelector<HTMLElement>('[data-nav]')?.focus();
    } else if (event.key === 'Escape') {
      if (nav.query) nav.setQuery('');
      else if (nav.topicId) nav.setTopicId(null);
    }
  };
}
