/**
 * The freshness report, per borough and need: the same findings for the terminal, as
 * Markdown for a person to read and attach to the release, and as JSON for tools.
 */
import { FLAG_KINDS, type FlagKind, type FreshnessFlag } from './flags';

export interface FreshnessReport {
  checkedAt: string;
  pagesChecked: number;
  summary: Record<FlagKind, number>;
  critical: number;
  boroughs: Array<{ borough: string; name: string; needs: Array<{ need: string; flags: FreshnessFlag[] }> }>;
}

/** `national` and `london` first, then boroughs by name. */
function boroughOrder(a: string, b: string, names: ReadonlyMap<string, string>) {
  const rank = (x: string) => (x === 'national' ? 0 : x === 'london' ? 1 : 2);
  return rank(a) - rank(b) || (names.get(a) ?? a).localeCompare(names.get(b) ?? b);
}

export function buildReport(
  flags: readonly FreshnessFlag[],
  meta: { checkedAt: string; pagesChecked: number },
  areaNames: ReadonlyMap<string, string>,
): FreshnessReport {
  const names = new Map([['national', 'National'], ['london', 'Pan-London'], ...areaNames]);
  const summary = Object.fromEntries(FLAG_KINDS.map((k) => [k, flags.filter((f) => f.kind === k).length])) as Record<FlagKind, number>;
  const grouped = new Map<string, Map<string, FreshnessFlag[]>>();
  for (const f of flags) {
    for (const b of f.boroughs) {
      const needs = grouped.get(b) ?? new Map<string, FreshnessFlag[]>();
      grouped.set(b, needs);
      for (const n of f.needs) needs.set(n, [...(needs.get(n) ?? []), f]);
    }
  }
  const boroughs = [...grouped.keys()]
    .sort((a, b) => boroughOrder(a, b, names))
    .map((borough) => ({
      borough,
      name: names.get(borough) ?? borough,
      needs: [...grouped.get(borough)!].sort(([a], [b]) => a.localeCompare(b)).map(([need, list]) => ({ need, flags: list })),
    }));
  return { ...meta, summary, critical: flags.filter((f) => f.critical).length, boroughs };
}

const line = (f: FreshnessFlag) => `${f.critical ? 'CRITICAL ' : ''}${f.kind}: ${f.item}${f.url ? ` ${f.url}` : ''}: ${f.detail}`;

function summaryLine(r: FreshnessReport): string {
  const counts = FLAG_KINDS.filter((k) => r.summary[k] > 0).map((k) => `${r.summary[k]} ${k}`);
  return `${r.pagesChecked} page(s) checked; ${r.critical} critical finding(s)${counts.length ? `: ${counts.join(', ')}` : ''}`;
}

export function reportText(r: FreshnessReport): string {
  const out = [`freshness check ${r.checkedAt}: ${summaryLine(r)}`];
  for (const b of r.boroughs) {
    out.push(`\n${b.name}`);
    for (const n of b.needs) {
      out.push(`  ${n.need}`);
      for (const f of n.flags) out.push(`    ${line(f)}`);
    }
  }
  return out.join('\n');
}

export function reportMarkdown(r: FreshnessReport): string {
  const out = [`# Freshness check, ${r.checkedAt}`, '', `${summaryLine(r)}.`, ''];
  if (r.boroughs.length === 0) out.push('Nothing to report: every page answered, on its own site, naming its service.');
  for (const b of r.boroughs) {
    out.push(`## ${b.name}`, '');
    for (const n of b.needs) {
      out.push(`### ${n.need}`, '');
      for (const f of n.flags)
        out.push(`- ${f.critical ? '**critical** ' : ''}\`${f.kind}\` \`${f.item}\`${f.url ? ` <${f.url}>` : ''}: ${f.detail}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
