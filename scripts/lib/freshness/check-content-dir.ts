/**
 * `feed check` without the argument parsing: check a content directory's pages, record the
 * result in its committed state file, and write the report next to where the publisher asked.
 */
import { writeFileSync } from 'node:fs';
import { todayIso } from '../../../utils/content/today';
import { validateContent } from '../../../utils/content/validate-content';
import { readContentDir } from '../read-content-dir';
import { buildReport, reportMarkdown, type FreshnessReport } from './report';
import { runFreshnessCheck, type CheckOptions } from './run-check';
import { readState, writeState } from './state';

export interface CheckDirOptions extends Omit<CheckOptions, 'today' | 'previous'> {
  contentDir: string;
  /** Writes `<reportPrefix>.json` and `<reportPrefix>.md`. */
  reportPrefix: string;
}

export async function checkContentDir(options: CheckDirOptions): Promise<FreshnessReport> {
  const files = readContentDir(options.contentDir);
  if (files.length === 0) throw new Error(`${options.contentDir}: no .json content files found`);
  const today = todayIso(options.now);
  // Items that fail validation are left out of the bundle; content:check reports them.
  const { bundle } = validateContent(files, today);
  const result = await runFreshnessCheck(bundle, { ...options, today, previous: readState(options.contentDir) });
  writeState(options.contentDir, result.state);
  const report = buildReport(
    result.flags,
    { checkedAt: result.state.checkedAt, pagesChecked: result.pagesChecked },
    new Map(bundle.areas.map((a) => [a.id, a.name])),
  );
  writeFileSync(`${options.reportPrefix}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${options.reportPrefix}.md`, reportMarkdown(report));
  return report;
}
