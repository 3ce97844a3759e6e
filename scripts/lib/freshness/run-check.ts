/**
 * The freshness check itself: fetch every page once (robots.txt respected, paced per host),
 * then judge each item's link or source page against what the content records.
 */
import type { ContentBundle } from '../../../utils/content/content-schema';
import { CRITICAL, type FlagKind, type FreshnessFlag } from './flags';
import { fetchPage, type FetchedPage, type FetchOptions } from './fetch-page';
import { HostPacer, type PacerOptions } from './host-pacer';
import { fingerprint, isHtml, isUkNumber, mainText, pageTitle, phoneNumbersIn, recordedDigits, siteOf, titleNames } from './page-facts';
import { RobotsCache } from './robots';
import type { FreshnessState, PageState } from './state';
import { checkTargets, reviewItems, type CheckTarget } from './targets';

export interface CheckOptions extends FetchOptions, PacerOptions {
  today: string;
  now: Date;
  previous: FreshnessState | null;
  onProgress?: (done: number, total: number, url: string) => void;
}

export interface CheckResult {
  state: FreshnessState;
  flags: FreshnessFlag[];
  pagesChecked: number;
}

type Visit = { robots: string } | { page: FetchedPage };

interface PageFacts {
  title?: string;
  text: string;
  html: string;
  state: PageState;
}

function flag(kind: FlagKind, t: Pick<CheckTarget, 'item' | 'url' | 'role' | 'boroughs' | 'needs'>, detail: string): FreshnessFlag {
  return { kind, critical: CRITICAL.has(kind), item: t.item, url: t.url, role: t.role, detail, boroughs: t.boroughs, needs: t.needs };
}

/** Dead or moved away: what a person would meet instead of the page. */
function reachFlags(t: CheckTarget, page: FetchedPage): FreshnessFlag[] {
  const out: FreshnessFlag[] = [];
  const final = page.chain.at(-1)!;
  if (page.status === undefined) out.push(flag('dead', t, page.error ?? 'no answer'));
  else if (page.error) out.push(flag('dead', t, `${page.error} (last ${page.status})`));
  else if (page.status >= 400) out.push(flag('dead', t, `the page answers ${page.status}`));
  const away = page.chain.find((hop) => siteOf(hop) !== siteOf(t.url));
  if (away) out.push(flag('off-site-redirect', t, `redirects to another site: ${away}${away === final ? '' : ` (then ${final})`}`));
  return out;
}

function contentFlags(t: CheckTarget, facts: PageFacts): FreshnessFlag[] {
  const out: FreshnessFlag[] = [];
  if (facts.title !== undefined && !titleNames(facts.title, t.names)) {
    out.push(flag('title-mismatch', t, `the page title "${facts.title.slice(0, 120)}" names none of: ${t.names.join(' / ')}`));
  } else if (facts.title === undefined && isHtml(undefined, facts.html)) {
    out.push(flag('title-mismatch', t, 'the page has no title or heading: it may be parked or empty'));
  }
  if (t.role === 'source' && t.phone) {
    const wanted = recordedDigits(t.phone);
    const numbers = phoneNumbersIn(facts.html, facts.text);
    if (!numbers.some((n) => n.includes(wanted))) {
      const others = numbers.filter(isUkNumber);
      out.push(
        others.length
          ? flag('phone-changed', t, `the page no longer shows ${t.phone}; it shows ${others.slice(0, 3).join(', ')}`)
          : flag('phone-missing', t, `the page no longer shows ${t.phone}`),
      );
    }
  }
  if (facts.state.changedOn && t.checked <= facts.state.changedOn) {
    out.push(
      flag('changed', t, `the page changed (seen ${facts.state.changedOn}) since the item was checked on ${t.checked}: re-compare it`),
    );
  }
  return out;
}

export async function runFreshnessCheck(content: ContentBundle, options: CheckOptions): Promise<CheckResult> {
  const targets = checkTargets(content);
  const urls = [...new Set(targets.map((t) => t.url))];
  const pacer = new HostPacer(options);
  const robots = new RobotsCache(options, (host, task) => pacer.run(host, task));
  let done = 0;

  const visits = new Map<string, Promise<Visit>>(
    urls.map((url) => [
      url,
      (async (): Promise<Visit> => {
        const host = new URL(url).host;
        const verdict = await robots.check(url);
        let visit: Visit;
        if (!verdict.allowed) visit = { robots: verdict.why };
        else {
          if (verdict.crawlDelayMs) pacer.setHostDelay(host, verdict.crawlDelayMs);
          visit = { page: await pacer.run(host, () => fetchPage(url, options)) };
        }
        done += 1;
        options.onProgress?.(done, urls.length, url);
        return visit;
      })(),
    ]),
  );
  const settled = new Map<string, Visit>();
  for (const [url, visit] of visits) settled.set(url, await visit);

  // Fingerprints: a page seen before with other text has changed today; pages not reached keep their record.
  const pages: Record<string, PageState> = { ...(options.previous?.pages ?? {}) };
  const facts = new Map<string, PageFacts>();
  for (const [url, visit] of settled) {
    if (!('page' in visit) || visit.page.body === undefined || visit.page.status !== 200) continue;
    const { body, contentType } = visit.page;
    const html = isHtml(contentType, body);
    const text = html ? mainText(body) : body;
    const print = fingerprint(text);
    const before = options.previous?.pages[url];
    const changedOn = before && before.fingerprint !== print ? options.today : before?.changedOn;
    const state: PageState = { fingerprint: print, lastSeen: options.today, ...(changedOn ? { changedOn } : {}) };
    pages[url] = state;
    facts.set(url, { ...(html ? { title: pageTitle(body) } : {}), text, html: html ? body : '', state });
  }

  const flags: FreshnessFlag[] = [];
  for (const t of targets) {
    const visit = settled.get(t.url)!;
    if ('robots' in visit) {
      flags.push(flag('not-checked', t, visit.robots));
      continue;
    }
    const reach = reachFlags(t, visit.page);
    flags.push(...reach);
    const seen = facts.get(t.url);
    // A page on another site says nothing about the service's own page.
    if (seen && !reach.some((f) => f.kind === 'off-site-redirect')) flags.push(...contentFlags(t, seen));
  }
  for (const r of reviewItems(content)) {
    if (r.reviewBy < options.today) {
      flags.push({
        kind: 'review-overdue',
        critical: false,
        item: r.item,
        detail: `reviewBy ${r.reviewBy} has passed: review the item against its source`,
        boroughs: r.boroughs,
        needs: r.needs,
      });
    }
  }
  return { state: { checkedAt: options.now.toISOString(), pages, flags }, flags, pagesChecked: settled.size };
}
