import { useEffect, useState } from 'preact/hooks';

/** How long a mis-click can be undone, in the popup and the sidebar alike. */
export const UNDO_MS = 8000;

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
