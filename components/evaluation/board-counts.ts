/**
 * Every count on the board report follows the publishable rule (T3-BOARD-SMALL): it goes to
 * boards and commissioners beside the organisation's and team's names, where a 1 can point to
 * a person.
 */
import { publishableCount } from '../../utils/evaluation/summary';

/** A count as published: "*" for 1 to 7, otherwise to the nearest 5. */
export const boardCount = (v: number) => {
  const shown = publishableCount(v);
  return shown === '*' ? shown : Number(shown).toLocaleString('en-GB');
};
/** A rate from the published figures only, so it never gives back a suppressed count. */
export const boardRate = (part: number, whole: number) => {
  const [p, w] = [publishableCount(part), publishableCount(whole)];
  return p === '*' || w === '*' || w === '0' ? '–' : `${Math.round((Number(p) / Number(w)) * 100)}%`;
};
/** Topic → published count, leaving out topics with 1 to 7 (too few to model without giving the count away). */
export const publishableTopics = (byTopic: ReadonlyMap<string, number>) =>
  new Map([...byTopic].filter(([, c]) => c > 7).map(([t, c]) => [t, Number(publishableCount(c))]));
