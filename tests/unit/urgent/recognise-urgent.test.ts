/**
 * The urgent floor's recogniser on the bundled content's routes (content/urgent-routes.json):
 * the ways people say a life is at risk, in word forms, word orders and typos it was not
 * given one by one, reach the right route; everyday wording that merely looks alike does
 * not. The public ranking sets measure the same on queries written by others
 * (ranking-set.test.ts, blind-set.test.ts); these pin the rules themselves.
 */
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import { normaliseQuery } from '../../../utils/search/normalise-query';
import { buildUrgentMatcher, recogniseUrgent } from '../../../utils/urgent/recognise-urgent';
import { editDistance } from '../../../utils/urgent/edit-distance';

const index = buildIndex(bundledContent());
const routeFor = (q: string) => recogniseUrgent(index.urgent, normaliseQuery(q), index.isKnownWord)?.route.id ?? null;

describe('the urgent recogniser', () => {
  it.each([
    [
      'suicide-self-harm',
      [
        'Thinking of ending my life',
        'he wants to kill himself',
        'killing herself',
        'they talk about killing themselves',
        'suicidal',
        'sucidal thoughts',
        'wants to die',
        'took her own life',
        'dont want to live anymore',
        'self-harm',
        'cutting himself',
        'better off dead',
        "can't go on",
        // Warning signs from the "OK to Ask" campaign's list (docs/clinical-safety.md, H-23).
        'she has been giving away her things',
        'gave all his belongings away',
        'keeps saying goodbye to everyone',
      ],
    ],
    [
      'overdose-poisoning',
      [
        'took an overdose',
        'has overdosed',
        'took too many paracetamol',
        'taken too much of her medication',
        'swallowed a whole packet of pills',
        'drank bleach',
        'overdoes on tablets',
      ],
    ],
    [
      'medical-emergency',
      [
        'chest pain',
        'pain in his chest',
        'face drooping',
        'slurred speech',
        'cant breathe',
        'struggling to breathe',
        'having a stroke',
        'collapsed',
        'not breathing',
        'choking',
      ],
    ],
    [
      'violence-now',
      [
        'husband beats me',
        'stabbed',
        'he is hitting her',
        'threatening to kill me',
        'not safe at home',
        'scared to go home',
        'being attacked',
      ],
    ],
    [
      'child-at-risk',
      [
        'child being hit',
        'neglected children',
        'kids left home alone',
        'baby in danger',
        'worried child is being abused',
        // Burns (the NSPCC's physical abuse page) and the signs of exploitation (BCP Council's list): H-23.
        'stepdad burns the boy',
        'son has cigarette burns',
        'daughter has an older boyfriend',
        'older man buying her phones',
        'gifts from strangers',
        'teen keeps going missing',
      ],
    ],
    [
      'mental-health-crisis',
      ['hearing voices', 'psychosis', 'thinks people are watching him', 'seeing things that arent there', 'paranoid'],
    ],
  ])('sends %s wording to its route', (route, queries) => {
    for (const q of queries) expect(routeFor(q), q).toBe(route);
  });

  it.each([
    'cant sleep',
    'killing time',
    'dying for a cuppa',
    'my back is killing me',
    'cooking on a budget',
    'food poisoning',
    'stroke risk',
    'stop smoking to breathe better',
    'suicide prevention training',
    'printer not working',
    'parents kicked him out',
    'end of life care',
    'panic attack',
    'drinking too much',
    'breathe',
    'stressed',
    'toddler burnt hand on the oven',
    'walking group for older men',
    'giving away baby clothes',
  ])('raises no alarm for "%s"', (q) => {
    expect(routeFor(q)).toBeNull();
  });

  it('takes a typo only in a long word, past its first two letters ("cooking" is not "choking")', () => {
    expect(routeFor('chokking')).toBe('medical-emergency');
    expect(routeFor('cooking')).toBeNull();
    expect(index.isKnownWord('smoking')).toBe(true);
    // "hti" is not "hit": short words are matched as typed.
    expect(routeFor('husband hti me')).toBeNull();
  });

  it('lets an unless pattern cover only its own words: "killing time" then "killing myself" still alarms', () => {
    expect(routeFor('killing time before killing myself')).toBe('suicide-self-harm');
  });

  it('finds nothing with no routes in the content, and leaves out a pattern it cannot read', () => {
    expect(recogniseUrgent(buildUrgentMatcher({ urgentRoutes: [], urgentWords: [] }), 'suicidal')).toBeNull();
    const route = { ...bundledContent().urgentRoutes[0]!, patterns: ['@nowhere', 'suicid*'] };
    expect(recogniseUrgent(buildUrgentMatcher({ urgentRoutes: [route], urgentWords: [] }), 'suicidal')?.pattern).toBe('suicid*');
  });
});

describe('editDistance', () => {
  it.each([
    ['suicide', 'suicide', 0],
    ['sucide', 'suicide', 1],
    ['suicdie', 'suicide', 1],
    ['overdoes', 'overdose', 1],
    ['abc', 'abcdef', 3],
  ])('%s → %s is %i (capped at limit + 1)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });
});
