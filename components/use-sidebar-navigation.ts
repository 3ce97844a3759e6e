import { useEffect, useRef, useState } from 'preact/hooks';
import type { Message, Topic } from '../utils/content/content-schema';

/**
 * Where the sidebar is: the query, the topic being browsed and the message open, plus
 * the focus moves that go with each step, so keyboard and screen-reader users always
 * land somewhere sensible (the search box on open, the result they came from on back).
 */
export function useSidebarNavigation(messages: ReadonlyMap<string, Message>, initialQuery = '') {
  const [query, setQuery] = useState(initialQuery);
  const [topicId, setTopicId] = useState<string | null>(null);
  const [openMessageId, setOpenMessageId] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const returnFocusTo = useRef<string | null>(null);
  const openMessage = openMessageId ? messages.get(openMessageId) : undefined;

  // Focus the search box on open: the first thing anyone does is type. Firefox keeps its
  // sidebar document alive when hidden and gives it focus later, without a new load: so
  // also on the window's focus, when nothing inside has focus yet.
  useEffect(() => {
    searchRef.current?.focus();
    const refocus = () => {
      if (document.activeElement === document.body || document.activeElement === null) searchRef.current?.focus();
    };
    window.addEventListener('focus', refocus);
    document.addEventListener('visibilitychange', refocus);
    return () => {
      window.removeEventListener('focus', refocus);
      document.removeEventListener('visibilitychange', refocus);
    };
  }, []);

  // Coming back from a message view: put focus back on the result that opened it.
  useEffect(() => {
    if (openMessage || !returnFocusTo.current) return;
    document.querySelector<HTMLElement>(`[data-id="${returnFocusTo.current}"]`)?.focus();
    returnFocusTo.current = null;
  }, [openMessage]);

  return {
    query,
    setQuery,
    topicId,
    setTopicId,
    openMessage,
    searchRef,
    focusSearch: () => searchRef.current?.focus(),
    open(message: Message) {
      returnFocusTo.current = message.id;
      setOpenMessageId(message.id);
    },
    closeMessage: () => setOpenMessageId(null),
    openTopic(topic: Topic) {
      setTopicId(topic.id);
      setQuery('');
      searchRef.current?.focus();
    },
  };
}

export type SidebarNavigation = ReturnType<typeof useSidebarNavigation>;
