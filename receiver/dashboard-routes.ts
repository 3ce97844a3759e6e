/**
 * The dashboard's routes under /dashboard: sign-in with a token (kept in an HttpOnly,
 * SameSite=Strict cookie, or sent as `Authorization: Bearer` by a script), the views a viewer
 * may open (receiver/access.ts), and their publishable CSV downloads. Every answer forbids
 * framing and scripts, and is never cached.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { csvCell } from '../utils/evaluation/export-csv';
import type { PeriodKind } from '../utils/evaluation/period';
import { publishableCount } from '../utils/evaluation/summary';
import { boroughOrganisations, maySee, viewerFor, type AccessConfig, type Viewer } from './access';
import { loadContentNames, type ContentNames } from './content-names';
import { knownOrganisations, scopeFigures } from './dashboard-data';
import { indexPage, page, scopePage, signInPage, esc } from './dashboard-pages';
import type { Database } from './database';
import { scopeSlug, type Scope } from './scope';
import { summaryCsvFromDb, summaryFileName } from './summaries';

const COOKIE = 'mecc_dashboard';
const HEADERS = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
const BOM = '\uFEFF';

function css(): string {
  const file = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');
  // The evaluation page's sheets, in the order entrypoints/evaluation/main.tsx loads them.
  // sidebar.css imports the refinement styles, which the dashboard does not use.
  return [
    file('../components/base.css'),
    file('../components/sidebar.css').replace(/^@import .*$/m, ''),
    file('../components/forced-colours.css'),
    ...['evaluation', 'data-table', 'weekly-chart', 'top-services', 'clear-all-contacts', 'board-report'].map((name) =>
      file(`../components/evaluation/${name}.css`),
    ),
    file('./dashboard.css'),
  ].join('\n');
}

/** Today in London, YYYY-MM-DD: quarters and zero-filled periods run up to it. */
export const londonToday = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, ...extra }).end(body);
}
const html = (res: ServerResponse, status: number, body: string, extra?: Record<string, string>) =>
  send(res, status, 'text/html; charset=utf-8', body, extra);

function tokenOf(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 4096) return null;
  }
  return new URLSearchParams(body);
}

export interface DashboardOptions {
  db: Database;
  access: AccessConfig;
  names?: ContentNames;
  now?: () => Date;
}

export function dashboardRoutes(options: DashboardOptions) {
  const dashboard: Dashboard = {
    db: options.db,
    access: options.access,
    names: options.names ?? loadContentNames(),
    style: css(),
    now: options.now ?? (() => new Date()),
  };
  return (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => route(dashboard, req, res, path);
}

/** The options with their defaults filled in, read once when the receiver starts. */
interface Dashboard {
  db: Database;
  access: AccessConfig;
  names: ContentNames;
  style: string;
  now: () => Date;
}

/** Answers a request under /dashboard and returns true, or returns false for any other path. */
async function route(dashboard: Dashboard, req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  if (path !== '/dashboard' && !path.startsWith('/dashboard/')) return false;
  const parts = path.split('/').slice(2).filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'style.css' && parts.length === 1) {
    send(res, 200, 'text/css; charset=utf-8', dashboard.style);
    return true;
  }
  if (parts[0] === 'sign-in' && req.method === 'POST') {
    await signIn(dashboard, req, res);
    return true;
  }
  if (parts[0] === 'sign-out' && req.method === 'POST') {
    html(res, 303, '', { Location: '/dashboard', 'Set-Cookie': `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/dashboard; Max-Age=0` });
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', { Allow: 'GET' });
    return true;
  }
  const viewer = viewerFor(dashboard.access, tokenOf(req));
  if (!viewer) {
    html(res, 401, signInPage());
    return true;
  }
  if (parts.length === 0) await index(dashboard, res, viewer);
  else await scopeView(dashboard, req, res, viewer, parts);
  return true;
}

/** A known token becomes the session cookie; an unknown one gets the sign-in page again, with why. */
async function signIn(dashboard: Dashboard, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  const token = form?.get('token') ?? undefined;
  if (!viewerFor(dashboard.access, token)) {
    html(res, 401, signInPage("That token is not known here. Check it, or ask the receiver's administrator."));
    return;
  }
  const secure = req.headers['x-forwarded-proto'] === 'https' ? '; Secure' : '';
  html(res, 303, '', {
    Location: '/dashboard',
    'Set-Cookie': `${COOKIE}=${encodeURIComponent(token!)}; HttpOnly; SameSite=Strict; Path=/dashboard${secure}`,
  });
}

async function organisationName(dashboard: Dashboard, code: string): Promise<string | null> {
  return (await knownOrganisations(dashboard.db)).find((o) => o.code === code)?.name ?? null;
}

/** "/dashboard/london", "/dashboard/borough/camden", "/dashboard/organisation/RV3" → its scope and title. */
async function scopeOf(dashboard: Dashboard, parts: string[]): Promise<{ scope: Scope; title: string } | null> {
  if (parts[0] === 'london' && parts.length === 1) return { scope: { kind: 'london' }, title: 'London' };
  if (parts[0] === 'borough' && parts.length === 2) {
    const id = parts[1]!;
    const organisations = boroughOrganisations(dashboard.access, id);
    if (organisations.length === 0) return null;
    return { scope: { kind: 'borough', id, organisations }, title: `${dashboard.names.borough(id)} (borough)` };
  }
  if (parts[0] === 'organisation' && parts.length === 2) {
    const code = parts[1]!;
    const name = await organisationName(dashboard, code);
    return { scope: { kind: 'organisation', code }, title: name ? `${name} (${code})` : code };
  }
  return null;
}

/** The views this viewer may open: London and the boroughs for a London-wide viewer, then organisations. */
async function index(dashboard: Dashboard, res: ServerResponse, viewer: Viewer): Promise<void> {
  const { access, names } = dashboard;
  const all = viewer.organisations === '*';
  const known = await knownOrganisations(dashboard.db);
  const codes = [...new Set([...known.map((o) => o.code), ...Object.keys(access.organisations)])].sort();
  const boroughs = [...new Set(Object.values(access.organisations).map((o) => o.borough))].sort();
  const nameOf = (code: string) => known.find((o) => o.code === code)?.name;
  html(
    res,
    200,
    indexPage(viewer.name, [
      { heading: 'London', links: all ? [{ href: '/dashboard/london', label: 'London: every organisation' }] : [] },
      { heading: 'Boroughs', links: all ? boroughs.map((b) => ({ href: `/dashboard/borough/${b}`, label: names.borough(b) })) : [] },
      {
        heading: 'Organisations',
        links: codes
          .filter((code) => maySee(viewer, { kind: 'organisation', code }))
          .map((code) => ({
            href: `/dashboard/organisation/${encodeURIComponent(code)}`,
            label: nameOf(code) ? `${nameOf(code)} (${code})` : code,
          })),
      },
    ]),
  );
}

/** One scope's page, or one of its two CSV downloads (the last part of the path names it). */
async function scopeView(dashboard: Dashboard, req: IncomingMessage, res: ServerResponse, viewer: Viewer, parts: string[]): Promise<void> {
  const download = ['summary.csv', 'services.csv'].includes(parts.at(-1)!) ? parts.pop() : undefined;
  const found = await scopeOf(dashboard, parts);
  if (!found) {
    html(res, 404, page('Not found', '<h1 class="evaluation__title">No such view</h1><p><a href="/dashboard">All views</a></p>'));
    return;
  }
  if (!maySee(viewer, found.scope)) {
    html(
      res,
      403,
      page(
        'Not open to you',
        `<h1 class="evaluation__title">Not open to you</h1><p>${esc(viewer.name)} may not see ${esc(found.title)}.</p><p><a href="/dashboard">All views</a></p>`,
      ),
    );
    return;
  }
  const today = londonToday(dashboard.now());
  if (download === 'summary.csv') return sendSummaryCsv(dashboard, req, res, found.scope, today);
  if (download === 'services.csv') {
    send(res, 200, 'text/csv; charset=utf-8', BOM + (await servicesCsv(dashboard, found.scope, today)), {
      'Content-Disposition': `attachment; filename="mecc-services-by-quarter-publishable-${scopeSlug(found.scope)}-${today}.csv"`,
    });
    return;
  }
  const base = `/dashboard/${parts.map(encodeURIComponent).join('/')}`;
  const figures = await scopeFigures(dashboard.db, found.scope, today);
  html(res, 200, scopePage({ viewer: viewer.name, title: found.title, figures, names: dashboard.names, base }));
}

/** The publishable summary for one scope, by `?kind=` quarter (the default), month or week. */
async function sendSummaryCsv(dashboard: Dashboard, req: IncomingMessage, res: ServerResponse, scope: Scope, today: string): Promise<void> {
  const kind = (new URL(req.url ?? '', 'http://receiver').searchParams.get('kind') ?? 'quarter') as PeriodKind;
  if (!['quarter', 'month', 'week'].includes(kind)) {
    send(res, 400, 'text/plain; charset=utf-8', 'kind must be quarter, month or week\n');
    return;
  }
  const organisation =
    scope.kind === 'organisation' ? { code: scope.code, name: await organisationName(dashboard, scope.code), team: null } : undefined;
  const request = { scope, kind, today, topicIds: dashboard.names.topicIds, publishable: true, organisation };
  const text = await summaryCsvFromDb(dashboard.db, request);
  send(res, 200, 'text/csv; charset=utf-8', BOM + text, {
    'Content-Disposition': `attachment; filename="${summaryFileName(request)}"`,
  });
}

/** Contacts per service per quarter, publishable: 1–7 shown as "*", the rest rounded to 5 (publishableCount). */
async function servicesCsv(dashboard: Dashboard, scope: Scope, today: string): Promise<string> {
  const figures = await scopeFigures(dashboard.db, scope, today);
  const lines = [['period', 'period_start', 'period_end', 'service', 'service_name', 'contacts'].join(',')];
  for (const q of figures.quarters) {
    for (const cell of figures.by.service.filter((c) => c.start === q.start)) {
      lines.push(
        [q.label, q.start, q.end, cell.value, dashboard.names.service(cell.value), publishableCount(cell.contacts)].map(csvCell).join(','),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
}
