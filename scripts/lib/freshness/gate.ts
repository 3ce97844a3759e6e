/**
 * The release gate `feed build` runs: a critical finding of the last freshness check blocks
 * the build unless a waiver that has not expired covers it. Findings about a link the content
 * no longer has (it was fixed) no longer count; the next check confirms the fix.
 */
import type { ContentBundle } from '../../../utils/content/content-schema';
import { readState, readWaivers, stateFile, waiverFor } from './state';
import { checkTargets } from './targets';

export interface GateResult {
  problems: string[];
  warnings: string[];
  /** Said on stdout: content that was never checked (a test fixture, a new overlay) still builds. */
  notes: string[];
}

export function freshnessGate(contentDir: string, content: ContentBundle, today: string): GateResult {
  let state;
  let waivers;
  try {
    state = readState(contentDir);
    waivers = readWaivers(contentDir);
  } catch (error) {
    return { problems: [`freshness: ${(error as Error).message}`], warnings: [], notes: [] };
  }
  const warnings: string[] = [];
  if (!state) {
    return {
      problems: [],
      warnings: [],
      notes: [`freshness: no check on record (${stateFile(contentDir)}): run \`npm run feed -- check\` before a release`],
    };
  }
  const targets = checkTargets(content);
  const current = new Set(targets.map((t) => `${t.item} ${t.url}`));
  const problems: string[] = [];
  for (const f of state.flags) {
    if (!f.critical || f.url === undefined || !current.has(`${f.item} ${f.url}`)) continue;
    const waiver = waiverFor(f, waivers, today);
    if (waiver) {
      warnings.push(`freshness: ${f.kind} ${f.item} ${f.url}: waived until ${waiver.expires} (${waiver.reason})`);
      continue;
    }
    const expired = waivers.find((w) => w.item === f.item && w.flag === f.kind && (w.url === undefined || w.url === f.url));
    problems.push(
      `freshness: ${f.kind} ${f.item} ${f.url}: ${f.detail}` +
        (expired
          ? ` (its waiver expired on ${expired.expires})`
          : ': fix the content, or record a waiver with a reason and an expiry date'),
    );
  }
  const unchecked = new Set(targets.map((t) => t.url).filter((u) => !(u in state.pages) && !state.flags.some((f) => f.url === u)));
  if (unchecked.size) {
    warnings.push(
      `freshness: ${unchecked.size} page(s) not covered by the check of ${state.checkedAt}: run \`npm run feed -- check\` again`,
    );
  }
  return { problems, warnings, notes: [] };
}
