/**
 * The dashboard's pages, rendered on the server as plain HTML with the extension's own
 * NHS.UK styles (components/base.css, sidebar.css and the sheets in components/evaluation/:
 * NHS blue header, Frutiger/Arial, yellow focus, the evaluation page's tables). No script: tables and links only, so keyboard
 * and screen-reader use need nothing beyond the HTML.
 *
 * Small numbers are suppressed on every view: each count goes through the publishable rule
 * (1 to 7 as "*", others to the nearest 5; docs/evaluation.md "Publishable summary").
 */
import { LEVELS, OUTCOMES } from '../utils/contacts/contact-record';
import { LEVEL_LABELS, OUTCOME_LABELS } from '../utils/contacts/refinement-options';
import { publishableCount } from '../utils/evaluation/summary';
import type { ContentNames } from './content-names';
import type { Cell, Dimension, ScopeFigures } from './dashboard-data';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${esc(title)} — MECC evaluation dashboard</title>
<link rel="stylesheet" href="/dashboard/style.css">
</head>
<body class="evaluation">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="header"><p class="header__title"><span class="header__logo" aria-hidden="true">MECC</span> Making Every Contact Count: evaluation dashboard</p></header>
<main id="main" class="evaluation__main" tabindex="-1">
${body}
</main>
</body>
</html>
`;
}

export function signInPage(problem?: string): string {
  return page(
    'Sign in',
    `<h1 class="evaluation__title">Sign in</h1>
<p class="lede">Use the dashboard token your receiver's administrator gave you. It decides which organisations you can see.</p>
${problem ? `<p class="evaluation__error" role="alert">${esc(problem)}</p>` : ''}
<form method="post" action="/dashboard/sign-in" class="dashboard-form">
<div class="evaluation__field"><label for="token">Dashboard token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required class="search__input"></div>
<button class="button" type="submit">Sign in</button>
</form>`,
  );
}

export interface ViewLink {
  href: string;
  label: string;
}

function signedIn(viewer: string): string {
  return `<form method="post" action="/dashboard/sign-out" class="dashboard-signed-in"><p class="organisation">Signed in as ${esc(viewer)}.</p>
<button class="button button--secondary" type="submit">Sign out</button></form>`;
}

export function indexPage(viewer: string, groups: { heading: string; links: ViewLink[] }[]): string {
  const sections = groups
    .filter((g) => g.links.length)
    .map(
      (g) => `<h2>${esc(g.heading)}</h2>
<ul class="dashboard-links">${g.links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.label)}</a></li>`).join('')}</ul>`,
    )
    .join('\n');
  return page(
    'Views',
    `${signedIn(viewer)}
<h1 class="evaluation__title">MECC contacts across London</h1>
<p class="lede">Contacts logged with MECC Sidebar and uploaded to this receiver. Choose a view.</p>
${sections || "<p>No views are open to you yet: ask the receiver's administrator.</p>"}`,
  );
}

const RULE = `Every number is rounded for publication: 1 to 7 is shown as <strong>*</strong>, every other number is rounded to the nearest 5 (0 stays 0), so rows need not add up to totals.`;

function table(id: string, caption: string, rowHeading: string, quarters: string[], rows: { label: string; cells: number[] }[]): string {
  if (rows.length === 0) return `<p>None in these quarters.</p>`;
  return `<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${id}">
<table class="data-table">
<caption id="${id}">${esc(caption)}</caption>
<thead><tr><th scope="col">${esc(rowHeading)}</th>${quarters.map((q) => `<th scope="col">${esc(q)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr><th scope="row">${esc(r.label)}</th>${r.cells.map((n) => `<td>${publishableCount(n)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
</div>`;
}

/** Rows of one dimension, in the order the extension uses (content order, levels and outcomes as listed). */
function dimensionRows(cells: Cell[], starts: string[], order: string[], label: (v: string) => string) {
  const values = [...new Set(cells.map((c) => c.value))];
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  values.sort((a, b) => rank(a) - rank(b) || label(a).localeCompare(label(b), 'en-GB'));
  return values.map((value) => ({
    label: label(value),
    cells: starts.map((s) => cells.find((c) => c.value === value && c.start === s)?.contacts ?? 0),
  }));
}

export interface ScopePageInput {
  viewer: string;
  title: string;
  figures: ScopeFigures;
  names: ContentNames;
  /** This view's base path, e.g. "/dashboard/london". */
  base: string;
}

export function scopePage({ viewer, title, figures, names, base }: ScopePageInput): string {
  const starts = figures.quarters.map((q) => q.start);
  const labels = figures.quarters.map((q) => q.label);
  const total = (s: string) => figures.totals.get(s);
  const order: Record<Dimension, string[]> = {
    topic: [...names.topicIds, '(none)'],
    level: [...LEVELS, 'not-recorded'],
    outcome: [...OUTCOMES, 'not-recorded'],
    service: [],
  };
  const label: Record<Dimension, (v: string) => string> = {
    topic: names.topic,
    level: (v) => LEVEL_LABELS[v as keyof typeof LEVEL_LABELS] ?? 'Not recorded',
    outcome: (v) =>
      v === 'referral-offered-or-accepted'
        ? 'Referral offered or accepted (older records)'
        : (OUTCOME_LABELS[v as keyof typeof OUTCOME_LABELS] ?? 'Not recorded'),
    service: names.service,
  };
  const section = (d: Dimension, heading: string, caption: string, rowHeading: string) =>
    `<h2>${heading}</h2>\n${table(`table-${d}`, caption, rowHeading, labels, dimensionRows(figures.by[d], starts, order[d], label[d]))}`;
  const download = (href: string, text: string) => `<li><a href="${esc(`${base}/${href}`)}" download>${esc(text)}</a></li>`;
  return page(
    title,
    `${signedIn(viewer)}
<p><a class="back-link" href="/dashboard">All views</a></p>
<h1 class="evaluation__title">${esc(title)}</h1>
<p class="lede">Contacts logged with MECC Sidebar in the last ${figures.quarters.length} quarters (NHS financial-year quarters: Q1 is April to June).</p>
<p class="hint">${RULE}</p>
<h2>Contacts by quarter</h2>
${table('table-quarters', 'Contacts and signposted contacts by quarter', 'Measure', labels, [
  { label: 'Contacts', cells: starts.map((s) => total(s)?.contacts ?? 0) },
  { label: 'Signposted (a named service or the outcome)', cells: starts.map((s) => total(s)?.signposted ?? 0) },
])}
${section('topic', 'By topic', 'Contacts by topic and quarter (a contact about two topics counts under each)', 'Topic')}
${section('level', 'By level', 'Contacts by level and quarter', 'Level')}
${section('outcome', 'By outcome', 'Contacts by outcome and quarter', 'Outcome')}
${section('service', 'Signposting by service', 'Contacts that named each service, by quarter', 'Service')}
<h2>Downloads (CSV)</h2>
<p>Every download is publishable: the same rounding as on this page.</p>
<ul class="dashboard-links">
${download('summary.csv?kind=quarter', 'Summary by quarter, topic, level and outcome')}
${download('summary.csv?kind=month', 'Summary by month, topic, level and outcome')}
${download('summary.csv?kind=week', 'Summary by week, topic, level and outcome')}
${download('services.csv', 'Signposting by service and quarter')}
</ul>`,
  );
}
