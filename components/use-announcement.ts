import { useEffect, useState } from 'preact/hooks';

export interface Announcement {
  text: string;
  /** Changes on every call so the same words ("Link copied") are announced again. */
  n: number;
}

const SHOWN_FOR_MS = 4000;

/** A short confirmation that is shown, spoken by screen readers, then cleared. */
export function useAnnouncement(): [Announcement | null, (text: string) => void] {
  const [current, setCurrent] = useState<Announcement | null>(null);
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => setCurrent(null), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [current]);
  return [current, (text) => setCurrent((prev) => ({ text, n: (prev?.n ?? 0) + 1 }))];
}
