import { useEffect, useState } from 'preact/hooks';

/**
 * How many message and service cards, together, a new set of results draws in its first frame
 * (messages first, as they are listed): with the best match, the local strip and the urgent
 * card, more than a 900 px panel shows. The rest (and "Other results") follow in the next task
 * after that frame is painted, so the first answer is not held back by two dozen cards below the
 * fold (issue 18, "first results").
 */
export const FIRST_SCREENFUL = 3;

/**
 * False while `results` are new and only their first screenful has been drawn; true from the
 * task after that frame. Counts, headings and the screen-reader summary always describe all
 * the results: only the cards below the fold arrive a frame later.
 */
export function useAllShown(results: object): boolean {
  const [shownFor, setShownFor] = useState<object | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the frame is drawn; its task runs after.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setShownFor(results))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [results]);
  return shownFor === results;
}
