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
  // sidebar.css imports the refinement styles, which the dashboard does not use.
  return [
    file('../components/sidebar.css').replace(/^@import .*$/m, ''),
    file('../components/evaluation.css'),
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
  const names = options.names ?? loadContentNames();
  const style = css();
  const now = options.now ?? (() => new Date());

  async function organisationName(code: string): Promise<string | null> {
    return (await knownOrganisations(options.db)).find((o) => o.code === code)?.name ?? null;
  }

  /** "/dashboard/london", "/dashboard/borough/camden", "/dashboard/organisation/RV3" → its scope and title. */
  async function scopeOf(parts: string[]): Promise<{ scope: Scope; title: string } | null> {
    if (parts[0] === 'london' && parts.length === 1) return { scope: { kind: 'london' }, title: 'London' };
    if (parts[0] === 'borough' && parts.length === 2) {
      const id = parts[1]!;
      const organisations = boroughOrganisations(options.access, id);
      if (organisations.length === 0) return null;
      return { scope: { kind: 'borough', id, organisations }, title: `${names.borough(id)} (borough)` };
    }
    if (parts[0] === 'organisation' && parts.length === 2) {
      const code = parts[1]!;
      const name = await organisationName(code);
      return { scope: { kind: 'organisation', code }, title: name ? `${name} (${code})` : code };
    }
    return null;
  }

  async function index(res: ServerResponse, viewer: Viewer): Promise<void> {
    const all = viewer.organisations === '*';
    const known = await knownOrganisations(options.db);
    const codes = [...new Set([...known.map((o) => o.code), ...Object.keys(options.access.organisations)])].sort();
    const boroughs = [...new Set(Object.values(options.access.organisations).map((o) => o.borough))].sort();
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

  async function servicesCsv(scope: Scope, today: string): Promise<string> {
    const figures = await scopeFigures(options.db, scope, today);
    const lines = [['period', 'period_start', 'period_end', 'service', 'service_name', 'contacts'].join(',')];
    for (const q of figures.quarters) {
      for (const cell of figures.by.service.filter((c) => c.start === q.start)) {
        lines.push(
          [q.label, q.start, q.end, cell.value, names.service(cell.value), publishableCount(cell.contacts)].map(csvCell).join(','),
        );
      }
    }
    return lines.join('\r\n') + '\r\n';
  }

  return async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    if (path !== '/dashboard' && !path.startsWith('/dashboard/')) return false;
    const parts = path.split('/').slice(2).filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'style.css' && parts.length === 1) {
      send(res, 200, 'text/css; charset=utf-8', style);
      return true;
    }
    if (parts[0] === 'sign-in' && req.method === 'POST') {
      const form = await readForm(req);
      const token = form?.get('token') ?? undefined;
      if (!viewerFor(options.access, token)) {
        html(res, 401, signInPage("That token is not known here. Check it, or ask the receiver's administrator."));
        return true;
      }
      const secure = req.headers['x-forwarded-proto'] === 'https' ? '; Secure' : '';
      html(res, 303, '', {
        Location: '/dashboard',
        'Set-Cookie': `${COOKIE}=${encodeURIComponent(token!)}; HttpOnly; SameSite=Strict; Path=/dashboard${secure}`,
      });
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
    const viewer = viewerFor(options.access, tokenOf(req));
    if (!viewer) {
      html(res, 401, signInPage());
      return true;
    }
    if (parts.length === 0) {
      await index(res, viewer);
      return true;
    }
    const download = ['summary.csv', 'services.csv'].includes(parts.at(-1)!) ? parts.pop() : undefined;
    const found = await scopeOf(parts);
    if (!found) {
      html(res, 404, page('Not found', '<h1 class="evaluation__title">No such view</h1><p><a href="/dashboard">All views</a></p>'));
      return true;
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
      return true;
    }
    const today = londonToday(now());
    if (download === 'summary.csv') {
      const kind = (new URL(req.url ?? '', 'http://receiver').searchParams.get('kind') ?? 'quarter') as PeriodKind;
      if (!['quarter', 'month', 'week'].includes(kind)) {
        send(res, 400, 'text/plain; charset=utf-8', 'kind must be quarter, month or week\n');
        return true;
      }
      const organisation =
        found.scope.kind === 'organisation'
          ? { code: found.scope.code, name: await organisationName(found.scope.code), team: null }
          : undefined;
      const request = { scope: found.scope, kind, today, topicIds: names.topicIds, publishable: true, organisation };
      const text = await summaryCsvFromDb(options.db, request);
      send(res, 200, 'text/csv; charset=utf-8', BOM + text, {
        'Content-Disposition': `attachment; filename="${summaryFileName(request)}"`,
      });
      return true;
    }
    if (download === 'services.csv') {
      send(res, 200, 'text/csv; charset=utf-8', BOM + (await servicesCsv(found.scope, today)), {
        'Content-Disposition': `attachment; filename="mecc-services-by-quarter-publishable-${scopeSlug(found.scope)}-${today}.csv"`,
      });
      return true;
    }
    const base = `/dashboard/${parts.map(encodeURIComponent).join('/')}`;
    html(
      res,
      200,
      scopePage({ viewer: viewer.name, title: found.title, figures: await scopeFigures(options.db, found.scope, today), names, base }),
    );
    return true;
  };
}
