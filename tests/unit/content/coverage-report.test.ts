/** docs/coverage.md is generated from the content; a stale copy in the repository fails here. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { coverageReport, DATED_SECTION_HEADING } from '../../../utils/content/coverage-report';

const undated = (report: string) => report.slice(0, report.indexOf(DATED_SECTION_HEADING));

describe('coverage report', () => {
  const report = coverageReport(bundledContent(), '2026-12-01');

  it('has a row for every area and a column for every need', () => {
    const rows = report.split('\n').filter((l) => /^\| [A-Z]/.test(l) && !l.startsWith('| Area'));
    expect(rows).toHaveLength(33);
    for (const row of rows) expect(row.split('|').length - 2).toBe(10);
  });

  it('gives the totals', () => {
    expect(report).toMatch(/- Local \(borough\) services: \d+/);
    expect(report).toMatch(/- Areas with a local service for 6 or more needs: \d+ of 33/);
  });

  it('lists what is due for review within 60 days, counted from the day it runs', () => {
    expect(coverageReport(bundledContent(), '2027-11-30')).toMatch(/item\(s\) reach their review date by 2028-01-29/);
  });

  it('matches docs/coverage.md (run `npm run docs:generate` to regenerate it)', () => {
    expect(undated(readFileSync('docs/coverage.md', 'utf8'))).toBe(undated(report));
  });
});
