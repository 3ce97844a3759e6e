/**
 * A loopback web site for the freshness check's tests: one node http server on 127.0.0.1
 * that answers for many host names (the Host header picks the site; a custom DNS lookup
 * sends every `*.test` name there, and `nodns-*.test` names fail as unknown hosts).
 * Each content item gets its pages, healthy or with one seeded fault, and the test knows
 * exactly which finding each fault must produce.
 */
import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import type { ContentFile } from '../../../utils/content/content-schema';
import type { FlagKind } from '../../../scripts/lib/freshness/flags';
import { fixtureFiles } from '../../fixtures/content-fixture';

type Page = { status: number; title?: string; text?: string | ((round: number) => string); location?: string; type?: string } | 'hang';

export interface SeededSite {
  port: number;
  lookup: LookupFunction;
  /** Round 2 changes the pages seeded as "changed". */
  setRound(round: number): void;
  /** Every path requested, as `host/path`. */
  requested: string[];
  maxInFlight: number;
  maxInFlightPerHost: number;
  close(): Promise<void>;
}

export interface SeededContent {
  files: Array<{ path: string; data: ContentFile }>;
  /** `kind item` for every finding the seeded faults must produce, and nothing else. */
  expected: Set<string>;
  /** Items whose every page is healthy and unchanged between rounds. */
  healthyItems: string[];
  pages: Map<string, Page>;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const HOSTS = ['camden.test', 'islington.test', 'health.test', 'advice.test'];
const LEAFLET_HOST = 'leaflets-test.nhs.uk';

function html(title: string | undefined, text: string) {
  return `<!doctype html><html><head>${title === undefined ? '' : `<title>${title}</title>`}</head><body><nav>Menu</nav><main><p>${text}</p></main><footer>© ${new Date().getFullYear()}</footer></body></html>`;
}

export function seededContent(): SeededContent {
  const pages = new Map<string, Page>();
  const expected = new Set<string>();
  const healthyItems: string[] = [];
  const services: NonNullable<ContentFile['services']> = [];
  let n = 0;

  /** One service, its link page and its source page; `fault` breaks one of them. */
  const service = (
    kind: FlagKind | 'healthy',
    tweak: (s: { link: string; source: string; id: string; name: string }) => void = () => {},
  ) => {
    n += 1;
    const host = HOSTS[n % HOSTS.length]!;
    const id = `camden-service-${n}`;
    const name = `Camden Wellbeing Clinic ${n}`;
    const link = `https://${host}/services/${n}`;
    const source = `https://${host}/services/${n}/contact`;
    const phone = `020 7946 0${String(n).padStart(3, '0')}`;
    pages.set(link, { status: 200, title: `${name} | Camden`, text: 'What the clinic offers and how to book.' });
    pages.set(source, { status: 200, title: `Contact ${name}`, text: `Call us on ${phone}, Monday to Friday 9am to 5pm.` });
    const s = { link, source, id, name };
    tweak(s);
    services.push({
      id,
      name,
      organisation: 'Camden Council',
      description: 'A local clinic.',
      url: s.link,
      phone,
      selfReferral: true,
      topics: [n % 2 ? 'smoking' : 'alcohol'],
      area: [n % 3 ? 'camden' : 'islington'],
      source: { title: `Contact ${name}`, url: s.source },
      checked: day(-30),
      reviewBy: kind === 'review-overdue' ? day(-1) : day(300),
    });
    if (kind === 'healthy') healthyItems.push(`service:${id}`);
    else expected.add(`${kind} service:${id}`);
  };

  // At least 10 healthy items (20 healthy pages), one of them behind a same-site redirect (www).
  for (let i = 0; i < 12; i += 1) service('healthy');
  service('healthy', (s) => {
    const moved = s.link.replace('https://', 'https://www.');
    pages.set(moved, pages.get(s.link)!);
    pages.set(s.link, { status: 301, location: moved });
  });
  // Dead: 404, 410, 500, 503, an unknown host, a server that never answers.
  for (const status of [404, 410, 500, 503]) service('dead', (s) => pages.set(s.link, { status, text: 'gone' }));
  service('dead', (s) => (s.link = `https://nodns-${s.id}.test/`));
  service('dead', (s) => {
    s.link = `https://slow.test/${s.id}`;
    pages.set(s.link, 'hang');
  });
  // Off-site redirects: to another site, directly or after a same-site hop.
  for (let i = 0; i < 5; i += 1) {
    service('off-site-redirect', (s) => {
      const hop = i % 2 ? `${s.link}/moved` : `https://elsewhere-${i}.test/landing`;
      pages.set(s.link, { status: i % 2 ? 302 : 301, location: hop });
      if (i % 2) pages.set(hop, { status: 308, location: `https://elsewhere-${i}.test/landing` });
      pages.set(`https://elsewhere-${i}.test/landing`, { status: 200, title: 'Cheap flights and hotels', text: 'Book now.' });
    });
  }
  // Parked or re-used domains answering 200.
  const parked = ['This domain is for sale', 'Domain parked free, courtesy of a registrar', 'Casino bonus offers', undefined, 'Index of /'];
  for (const title of parked) {
    service('title-mismatch', (s) =>
      pages.set(s.link, { status: 200, ...(title === undefined ? {} : { title }), text: 'Buy this domain.' }),
    );
  }
  // The recorded number is gone from the source page.
  for (let i = 0; i < 5; i += 1) {
    service('phone-missing', (s) =>
      pages.set(s.source, { status: 200, title: `Contact ${s.name}`, text: 'Use our online form. Open 9am to 5pm, Monday to Friday.' }),
    );
  }
  // A different UK number in its place (written in several styles).
  const others = ['020 7946 0999', '0300-123-4567', '+44 (0)20 7946 0998', '(020) 7946 0997', '0800 999 1234'];
  for (const other of others) {
    service('phone-changed', (s) => pages.set(s.source, { status: 200, title: `Contact ${s.name}`, text: `Call ${other} today.` }));
  }
  // Pages whose text changes between round 1 and round 2.
  for (let i = 0; i < 5; i += 1) {
    service('changed', (s) => {
      const before = pages.get(s.source) as { text: string };
      pages.set(s.source, {
        status: 200,
        title: `Contact ${s.name}`,
        text: (round) => (round === 1 ? before.text : `${before.text} From January the clinic moves to the health centre.`),
      });
    });
  }
  // Items past their reviewBy date, with healthy pages.
  for (let i = 0; i < 5; i += 1) service('review-overdue');
  // robots.txt disallows one page: it is reported as not checked, and never requested.
  service('not-checked', (s) => {
    s.link = `https://camden.test/private/${s.id}`;
    pages.set(s.link, { status: 200, title: s.name, text: 'secret' });
  });
  pages.set('https://camden.test/robots.txt', { status: 200, type: 'text/plain', text: 'User-agent: *\nDisallow: /private/\n' });

  // A message and a translation with healthy pages, one of them a PDF (no title to check).
  const messageSource = 'https://health.test/guidance/drinking';
  pages.set(messageSource, { status: 200, title: 'Alcohol: guidance on drinking', text: 'The low-risk guidelines.' });
  // Translations must come from an allowed publisher (utils/content/translation-publishers.ts): an nhs.uk
  // name, answered by the loopback server like every other host here.
  const leaflet = `https://${LEAFLET_HOST}/leaflets/smoking-pl.pdf`;
  pages.set(leaflet, { status: 200, type: 'application/pdf', text: '%PDF-1.4 leaflet' });
  pages.set(`https://${LEAFLET_HOST}/leaflets`, { status: 200, title: 'Stop smoking leaflets in other languages', text: 'Leaflets.' });
  healthyItems.push('message:alcohol-units', 'translation:topic:smoking:pl');

  const files: SeededContent['files'] = [
    // The fixture's topics (smoking, alcohol) and areas (Camden, Islington).
    ...fixtureFiles()
      .filter((f) => f.data.topics || f.data.areas)
      .map((f) => ({ path: f.path.replace(/^content\//, ''), data: f.data })),
    { path: 'services.json', data: { services } },
    {
      path: 'messages.json',
      data: {
        messages: [
          {
            id: 'alcohol-units',
            topic: 'alcohol',
            title: 'Drinking less',
            say: 'Keeping to 14 units a week keeps the risk low.',
            ask: 'How much do you drink?',
            assist: 'Talk about cutting down.',
            act: 'Point to local support.',
            facts: [{ text: 'Spread drinking over 3 or more days.', source: { title: 'Alcohol guidance', url: messageSource } }],
            sources: [{ title: 'Alcohol guidance', url: messageSource }],
            services: [],
            keywords: ['drink'],
            reviewed: day(-30),
            reviewBy: day(300),
          },
        ],
      },
    },
    {
      path: 'translations.json',
      data: {
        translations: [
          {
            topic: 'smoking',
            links: [
              {
                language: 'Polish',
                nativeName: 'Polski',
                code: 'pl',
                title: 'Rzuć palenie',
                url: leaflet,
                organisation: 'Advice Charity',
                source: { title: 'Stop smoking leaflets', url: `https://${LEAFLET_HOST}/leaflets` },
              },
            ],
            checked: day(-30),
            reviewBy: day(300),
          },
        ],
      },
    },
  ];
  return { files, expected, healthyItems, pages };
}

export async function startSeededSite(pages: ReadonlyMap<string, Page>): Promise<SeededSite> {
  let round = 1;
  let inFlight = 0;
  const perHost = new Map<string, number>();
  const site = { requested: [] as string[], maxInFlight: 0, maxInFlightPerHost: 0 };
  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    const key = `https://${host}${req.url}`;
    site.requested.push(`${host}${req.url}`);
    inFlight += 1;
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
    site.maxInFlight = Math.max(site.maxInFlight, inFlight);
    site.maxInFlightPerHost = Math.max(site.maxInFlightPerHost, perHost.get(host)!);
    // Over when the server has answered (the client may start its next request at once) or gave up.
    let over = false;
    const done = () => {
      if (over) return;
      over = true;
      inFlight -= 1;
      perHost.set(host, perHost.get(host)! - 1);
    };
    res.on('close', done);
    const end = res.end.bind(res);
    res.end = ((...args: Parameters<typeof end>) => {
      done();
      return end(...args);
    }) as typeof res.end;
    const page = pages.get(key);
    // Never answers: the check's timeout must end it. Not counted as in flight: the server only
    // learns that the client gave up a moment after the client has moved on.
    if (page === 'hang') return done();
    // Let requests overlap a little, so the concurrency limits are really exercised.
    setTimeout(() => {
      if (!page) return res.writeHead(404, { 'content-type': 'text/html' }).end(html('Not found', 'No such page'));
      if (page.location) return res.writeHead(page.status, { location: page.location }).end();
      const text = typeof page.text === 'function' ? page.text(round) : (page.text ?? '');
      const type = page.type ?? 'text/html; charset=utf-8';
      res.writeHead(page.status, { 'content-type': type }).end(type.startsWith('text/html') ? html(page.title, text) : text);
    }, 5);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const lookup = ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if ((!hostname.endsWith('.test') && hostname !== LEAFLET_HOST) || hostname.startsWith('nodns-')) {
      return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    }
    if (options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
    return callback(null, '127.0.0.1', 4);
  }) as unknown as LookupFunction;
  return {
    port: (server.address() as AddressInfo).port,
    lookup,
    setRound: (r) => (round = r),
    get requested() {
      return site.requested;
    },
    get maxInFlight() {
      return site.maxInFlight;
    },
    get maxInFlightPerHost() {
      return site.maxInFlightPerHost;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
