/**
 * The overlay scope rule (overlay-scope.ts, security review H1) over its whole domain, one row per
 * case: services for one borough, for several, for boroughs partly inside the overlay's areas, for
 * none; national and pan-London services; added, replaced and hidden; with and without a grant;
 * ids at the edge of the overlay's namespace. overlay-scope.test.tsx runs the same rule end to end
 * through a signed update.
 */
import { describe, expect, it } from 'vitest';
import type { ContentBundle, Service, ServiceArea } from '../../../utils/content/content-schema';
import { checkOverlayScope, type OverlayChange, type OverlayScope } from '../../../utils/feed/overlay-scope';
import { fixtureContent } from './feed-test-kit';

const fixture = fixtureContent();
const template = fixture.services.find((s) => s.id === 'camden-quit')!;
const service = (id: string, area: ServiceArea): Service => ({ ...template, id, area });

/** The main content: one service for each shape of area. */
const base: ContentBundle = {
  ...fixture,
  services: [
    service('national-line', 'national'),
    service('london-line', 'london'),
    service('islington-clinic', ['islington']),
    service('camden-clinic', ['camden']),
    service('shared-clinic', ['islington', 'camden']),
    service('north-clinic', ['islington', 'camden', 'hackney']),
  ],
};
const message = fixture.messages[0]!;
const topic = fixture.topics[0]!;

const scope = (
  areas: string[],
  grants: Partial<Pick<OverlayScope, 'allowReplace' | 'allowHide' | 'otherOverlays'>> = {},
): OverlayScope => ({
  name: 'islington',
  areas,
  allowReplace: [],
  allowHide: [],
  ...grants,
});
const islington = scope(['islington']);
const islingtonAndCamden = scope(['islington', 'camden']);
const adds = (id: string, area: ServiceArea): OverlayChange => ({ content: { services: [service(id, area)] } });
const hides = (id: string): OverlayChange => ({ content: {}, hide: [id] });

/** Each row: what the overlay does, under which scope, and the refusal (null: allowed). */
const CASES: [string, OverlayChange, OverlayScope, RegExp | null][] = [
  // Adding a service: every one of its boroughs must be the overlay's.
  ['adds a service for its one borough', adds('islington-new', ['islington']), islington, null],
  ['adds a service for its borough and another', adds('islington-new', ['islington', 'camden']), islington, /islington, camden is outside/],
  ['adds a service for another borough then its own', adds('islington-new', ['camden', 'islington']), islington, /outside/],
  [
    'adds a service for three boroughs, two of them its own',
    adds('new', ['islington', 'camden', 'hackney']),
    islingtonAndCamden,
    /outside/,
  ],
  ['adds a service for exactly its two boroughs', adds('islington-new', ['camden', 'islington']), islingtonAndCamden, null],
  ['adds a service for one of its two boroughs', adds('islington-new', ['camden']), islingtonAndCamden, null],
  ['adds a service for another borough', adds('islington-new', ['camden']), islington, /camden is outside/],
  ['adds a service with an empty area list', adds('islington-new', []), islington, /outside/],
  ['adds a national service', adds('islington-new', 'national'), islington, /national service is outside/],
  ['adds a pan-London service', adds('islington-new', 'london'), islington, /pan-London service is outside/],
  [
    'adds a service under a scope with no areas',
    adds('islington-new', ['islington']),
    scope([]),
    /outside this overlay's areas \(no areas\)/,
  ],
  ['adds an in-area service outside its namespace', adds('clinic-new', ['islington']), islington, /must start with "islington-"/],
  [
    'adds an in-area service in another overlay namespace',
    adds('camden-new', ['islington']),
    scope(['islington'], { otherOverlays: ['camden'] }),
    /belongs to overlay "camden"/,
  ],
  // Replacing a main service: the main one must be in scope, and so must the replacement.
  ['replaces its own borough service', adds('islington-clinic', ['islington']), islington, null],
  [
    'replaces a service it shares with another borough',
    adds('shared-clinic', ['islington', 'camden']),
    islington,
    /replacing a service for islington, camden needs "allowReplace"/,
  ],
  [
    'narrows a shared service to its own borough',
    adds('shared-clinic', ['islington']),
    islington,
    /replacing a service for islington, camden/,
  ],
  [
    'widens its own service to another borough',
    adds('islington-clinic', ['islington', 'camden']),
    islington,
    /islington, camden is outside/,
  ],
  ['replaces a shared service both its boroughs cover', adds('shared-clinic', ['islington', 'camden']), islingtonAndCamden, null],
  [
    'replaces a three-borough service covering two of its own',
    adds('north-clinic', ['islington']),
    islingtonAndCamden,
    /replacing a service for islington, camden, hackney/,
  ],
  ['replaces a national service', adds('national-line', 'national'), islington, /replacing a national service needs "allowReplace"/],
  [
    'replaces a national service with a grant',
    adds('national-line', 'national'),
    scope(['islington'], { allowReplace: ['national-line'] }),
    null,
  ],
  [
    'replaces a national service with a grant for another id',
    adds('national-line', 'national'),
    scope(['islington'], { allowReplace: ['london-line'] }),
    /needs "allowReplace"/,
  ],
  [
    'replaces a national service with only a hide grant',
    adds('national-line', 'national'),
    scope(['islington'], { allowHide: ['national-line'] }),
    /needs "allowReplace"/,
  ],
  [
    'replaces a shared service with a grant',
    adds('shared-clinic', ['islington', 'camden']),
    scope(['islington'], { allowReplace: ['shared-clinic'] }),
    null,
  ],
  // Hiding a main service: the same rule, with its own grant.
  ['hides its own borough service', hides('islington-clinic'), islington, null],
  [
    'hides a service it shares with another borough',
    hides('shared-clinic'),
    islington,
    /hiding a service for islington, camden needs "allowHide"/,
  ],
  [
    'hides a three-borough service covering two of its own',
    hides('north-clinic'),
    islingtonAndCamden,
    /hiding a service for islington, camden, hackney/,
  ],
  ['hides another borough service', hides('camden-clinic'), islington, /hiding a service for camden/],
  ['hides a pan-London service', hides('london-line'), islington, /hiding a pan-London service needs "allowHide"/],
  ['hides a shared service with a grant', hides('shared-clinic'), scope(['islington'], { allowHide: ['shared-clinic'] }), null],
  [
    'hides a shared service with only a replace grant',
    hides('shared-clinic'),
    scope(['islington'], { allowReplace: ['shared-clinic'] }),
    /needs "allowHide"/,
  ],
  // Messages and topics: the overlay's own namespace is `islington-`, nothing wider.
  ['adds a message in its namespace', { content: { messages: [{ ...message, id: 'islington-quit' }] } }, islington, null],
  [
    'adds a message named like its borough but outside the namespace',
    { content: { messages: [{ ...message, id: 'islingtonquit' }] } },
    islington,
    /must start with "islington-"/,
  ],
  [
    'adds a message in another overlay namespace',
    { content: { messages: [{ ...message, id: 'camden-quit-msg' }] } },
    islingtonAndCamden,
    /must start with "islington-"/,
  ],
  ['rewrites a pan-London message', { content: { messages: [message] } }, islington, /replacing a pan-London message needs "allowReplace"/],
  [
    'rewrites a pan-London message with a grant',
    { content: { messages: [message] } },
    scope(['islington'], { allowReplace: [message.id] }),
    null,
  ],
  ['adds a topic in its namespace', { content: { topics: [{ ...topic, id: 'islington-gambling' }] } }, islington, null],
  ['rewrites a pan-London topic', { content: { topics: [topic] } }, islington, /replacing a pan-London topic needs "allowReplace"/],
  ['hides a pan-London topic', hides(topic.id), islington, /hiding a pan-London topic needs "allowHide"/],
  ['hides a pan-London message with a grant', hides(message.id), scope(['islington'], { allowHide: [message.id] }), null],
  // Synonyms: new terms only, unless granted.
  ['adds a new synonym', { content: { synonyms: [{ term: 'ciggies', topics: ['smoking'] }] } }, islington, null],
  ['re-points a pan-London synonym', { content: { synonyms: [{ term: 'fags', topics: ['alcohol'] }] } }, islington, /synonym "fags"/],
  [
    're-points a pan-London synonym with a grant',
    { content: { synonyms: [{ term: 'fags', topics: ['alcohol'] }] } },
    scope(['islington'], { allowReplace: ['fags'] }),
    null,
  ],
];

describe('overlay scope, every edge (H1)', () => {
  it.each(CASES)('an Islington overlay that %s', (_what, change, rules, refusal) => {
    const { problems } = checkOverlayScope(change, base, rules);
    if (refusal === null) expect(problems).toEqual([]);
    else expect(problems).toEqual([expect.stringMatching(refusal)]);
  });

  it('lists a hide that names nothing apart, as a typo, not a refusal', () => {
    expect(checkOverlayScope(hides('islington-clinc'), base, islington)).toEqual({ problems: [], unknownHides: ['islington-clinc'] });
  });

  it('reports every problem in one overlay, not only the first', () => {
    const change: OverlayChange = {
      content: { services: [service('shared-clinic', ['islington'])], messages: [message], topics: [topic] },
      hide: ['camden-clinic'],
    };
    expect(checkOverlayScope(change, base, islington).problems).toHaveLength(4);
  });
});
