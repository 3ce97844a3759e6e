/**
 * A feed's content checked by the same validateContent as `npm run content:check`,
 * used both when a browser accepts a feed (check-payload.ts) and when the publisher
 * builds one (scripts/lib/feed-build.ts), so both reach the same verdict.
 *
 * For a local overlay, the main content it will be merged over (minus anything the
 * overlay replaces) is validated alongside as context: an overlay may refer to main
 * topics, services and areas, and only the overlay's own problems are reported.
 */
import type { ContentBundle } from '../content/content-schema';
import { CONTENT_SECTIONS, type ContentSection } from '../content/content-sections';
import { validateContent, type ContentFileInput, type ContentProblem } from '../content/validate-content';

export type FeedContentValidation = { ok: true; bundle: ContentBundle } | { ok: false; problems: ContentProblem[] };

/** Not a path a publisher could use, so context problems are never mistaken for theirs. */
const CONTEXT_PATH = '(main feed)';

/**
 * Areas and ICBs are pan-London facts: an overlay may use them, not change them. Translations
 * are refused too rather than silently dropped: the merge keeps only the main feed's. Urgent
 * routes too: one borough's key must not be able to change, or silence, what every browser
 * shows when a life is at risk.
 */
const OVERLAY_FORBIDDEN = ['areas', 'icbs', 'translations', 'urgentRoutes', 'urgentWords', 'equivalents'] as const;

const keyOf = (entry: unknown) => {
  const e = entry as { id?: unknown; term?: unknown } | null;
  return String(e?.id ?? e?.term ?? '');
};

function sectionOf(file: ContentFileInput, section: ContentSection): unknown[] {
  const data = file.data as Record<string, unknown> | null | undefined;
  const value = typeof data === 'object' && data !== null ? data[section] : undefined;
  return Array.isArray(value) ? value : [];
}

export function validateFeedContent(files: ContentFileInput[], today: string, overlayBase?: ContentBundle): FeedContentValidation {
  if (!overlayBase) {
    const { bundle, problems } = validateContent(files, today);
    return problems.length ? { ok: false, problems } : { ok: true, bundle };
  }

  const forbidden = files.flatMap((file) =>
    OVERLAY_FORBIDDEN.filter((s) => sectionOf(file, s).length > 0).map((s) => ({
      file: file.path,
      item: 'file',
      problem: `an overlay feed may not carry ${s}`,
    })),
  );
  if (forbidden.length) return { ok: false, problems: forbidden };

  const own = Object.fromEntries(CONTENT_SECTIONS.map((s) => [s, new Set(files.flatMap((f) => sectionOf(f, s).map(keyOf)))])) as Record<
    ContentSection,
    Set<string>
  >;
  const context = Object.fromEntries(
    CONTENT_SECTIONS.map((s) => [s, (overlayBase[s] as unknown[]).filter((item) => !own[s].has(keyOf(item)))]),
  );
  const { bundle, problems } = validateContent([...files, { path: CONTEXT_PATH, data: context }], today);
  const mine = problems.filter((p) => p.file !== CONTEXT_PATH);
  if (mine.length) return { ok: false, problems: mine };
  // The validated bundle holds the context too; keep only what the overlay carries.
  const overlayOnly = Object.fromEntries(
    CONTENT_SECTIONS.map((s) => [s, (bundle[s] as unknown[]).filter((item) => own[s].has(keyOf(item)))]),
  ) as unknown as ContentBundle;
  return { ok: true, bundle: overlayOnly };
}
