import { useEffect, useState } from 'preact/hooks';
import { UNDO_WINDOW_MS } from '../utils/contacts/undo-window';

/** How long a mis-click can be undone: one value, shared with the upload's timing. */
export const UNDO_MS = UNDO_WINDOW_MS;

export interface Logged {
  id: string;
  label: string;
}

/** The last logged contact, offered for undo until the window closes. */
export function useUndoWindow(): [Logged | null, (logged: Logged | null) => void] {
  const [logged, setLogged] = useState<Logged | null>(null);
  useEffect(() => {
    if (!logged) return;
    const timer = setTimeout(() => setLogged(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [logged]);
  return [logged, setLogged];
}
