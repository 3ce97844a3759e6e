/**
 * The link on a service card is the one a receptionist copies, prints on a slip or turns
 * into a QR code: it must be a public page about the service, or its booking or
 * self-referral page. The content audit of 7 December 2026 found 49 of 155 local links
 * were something else: news stories, committee papers, privacy notices, CQC inspection
 * reports, pages for professionals, COVID-era pages, case studies. Such a page may still be
 * a good `source` (where a fact was found); it is rarely where a person should go.
 *
 * These are URL patterns, so they are heuristics: a match needs either a better link or a
 * recorded, reasoned exception on the service (`urlException`).
 */

export type NonPublicLinkKind = 'news' | 'minutes' | 'privacy' | 'cqc' | 'professional' | 'covid' | 'case-study';

interface LinkPattern {
  kind: NonPublicLinkKind;
  /** What the page usually is, as the check says it. */
  label: string;
  /** Tested against the lower-cased host. */
  host?: RegExp;
  /** Tested against the lower-cased path and query. */
  path?: RegExp;
}

const PATTERNS: LinkPattern[] = [
  {
    kind: 'news',
    label: 'a news story or press release',
    host: /^news\./,
    path: /(^|[/_-])(news|newsroom|latest-news|trust-news|press-?releases?|newspage\.asp)([/_.?-]|$)|\/blog\//,
  },
  {
    kind: 'minutes',
    label: 'committee papers or minutes',
    host: /^(democracy|modgov|moderngov|committees?)\./,
    path: /(mgai|mgissuehistory|iedecisiondetails|ieissuedetails|ielistdocuments)\.aspx|(^|[/_-])(minutes|committees?)([/_.?-]|$)/,
  },
  { kind: 'privacy', label: 'a privacy notice', path: /privacy/ },
  { kind: 'cqc', label: 'a CQC inspection page', host: /(^|\.)cqc\.org\.uk$/ },
  {
    kind: 'professional',
    label: 'a page for professionals or GPs',
    host: /^gps\./,
    path: /professional|for-gps|information-for-gps|gphcp|duty-to-refer|refer-service-user/,
  },
  { kind: 'covid', label: 'a COVID-era page', path: /covid|coronavirus/ },
  { kind: 'case-study', label: 'a case study', path: /case-stud/ },
];

export interface NonPublicLink {
  kind: NonPublicLinkKind;
  label: string;
}

/** The first pattern the link matches, or undefined when it looks like a public page. */
export function nonPublicLink(url: string): NonPublicLink | undefined {
  let host: string;
  let rest: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    rest = `${u.pathname}${u.search}`.toLowerCase();
  } catch {
    return undefined; // the schema reports a malformed URL
  }
  const hit = PATTERNS.find((p) => (p.host?.test(host) ?? false) || (p.path?.test(rest) ?? false));
  return hit && { kind: hit.kind, label: hit.label };
}
