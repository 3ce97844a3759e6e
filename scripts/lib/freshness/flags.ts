/** What the freshness check can find, and which findings block a release (docs/publishing.md, "Freshness check"). */
export const FLAG_KINDS = [
  'dead',
  'off-site-redirect',
  'title-mismatch',
  'phone-missing',
  'phone-changed',
  'changed',
  'review-overdue',
  'not-checked',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/**
 * A person could be sent to nothing, to someone else's site, to a parked domain, or told a
 * number that is no longer the service's: `feed build` refuses these until they are fixed or
 * waived. The others are prompts to re-read a page.
 */
export const CRITICAL: ReadonlySet<FlagKind> = new Set(['dead', 'off-site-redirect', 'title-mismatch', 'phone-missing', 'phone-changed']);

export interface FreshnessFlag {
  kind: FlagKind;
  critical: boolean;
  /** `service:camden-quit`, `message:alcohol-units`, `translation:topic:smoking:pl`. */
  item: string;
  /** The page the finding is about (none for review-overdue). */
  url?: string;
  role?: 'link' | 'source';
  detail: string;
  boroughs: string[];
  needs: string[];
}

export const flagKey = (f: Pick<FreshnessFlag, 'kind' | 'item' | 'url'>) => `${f.kind} ${f.item} ${f.url ?? ''}`;
