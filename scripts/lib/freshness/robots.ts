/**
 * robots.txt, read once per origin (RFC 9309) with robots-parser, a small dependency-free
 * parser that follows the RFC's longest-match and wildcard rules; hand-written matching gets
 * exactly those cases wrong. As the RFC says: a robots.txt that is missing (4xx) allows
 * everything; one that cannot be read (5xx) disallows everything, so the page is reported
 * as not checked rather than fetched against the site's wishes.
 */
import robotsParser from 'robots-parser';
import { fetchPage, ROBOTS_AGENT, type FetchOptions } from './fetch-page';

export type RobotsVerdict = { allowed: true; crawlDelayMs?: number } | { allowed: false; why: string };

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<(url: string) => RobotsVerdict>>();

  constructor(
    private readonly options: FetchOptions,
    /** How a robots.txt request is paced: the same per-host queue as the pages. */
    private readonly paced: <T>(host: string, task: () => Promise<T>) => Promise<T>,
  ) {}

  check(address: string): Promise<RobotsVerdict> {
    const url = new URL(address);
    let rules = this.byOrigin.get(url.origin);
    if (!rules) {
      rules = this.load(url);
      this.byOrigin.set(url.origin, rules);
    }
    return rules.then((verdict) => verdict(address));
  }

  private async load(url: URL): Promise<(url: string) => RobotsVerdict> {
    const robotsUrl = `${url.origin}/robots.txt`;
    const page = await this.paced(url.host, () => fetchPage(robotsUrl, this.options));
    // No answer at all: the page fetch will say why (DNS, refused, timeout).
    if (page.status === undefined) return () => ({ allowed: true });
    if (page.status >= 500) {
      return () => ({ allowed: false, why: `${robotsUrl} answered ${page.status}: the site asks crawlers to wait` });
    }
    if (page.status !== 200 || page.body === undefined) return () => ({ allowed: true });
    const robot = robotsParser(robotsUrl, page.body);
    const delay = robot.getCrawlDelay(ROBOTS_AGENT);
    return (address) =>
      robot.isDisallowed(address, ROBOTS_AGENT)
        ? { allowed: false, why: `${robotsUrl} disallows this page for crawlers` }
        : { allowed: true, ...(delay ? { crawlDelayMs: Math.min(delay, 30) * 1000 } : {}) };
  }
}
