import { describe, expect, it } from 'vitest';
import type { ContentBundle, Service } from '../../../utils/content/content-schema';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { buildIndex } from '../../../utils/search/build-index';
import { inArea } from '../../../utils/search/in-area';
import { compact, normaliseQuery, queryTokens } from '../../../utils/search/normalise-query';
import { othersFolded, resultsOnScreen } from '../../../utils/search/results-on-screen';
import { runSearch, type SearchResults } from '../../../utils/search/run-search';
import { fixtureFiles } from '../../fixtures/content-fixture';

const fixture = () => mergeContentFiles(fixtureFiles().map((f) => f.data));
const index = buildIndex(fixture());
const ids = (hits: { record: { id: string } }[]) => hits.map((h) => h.record.id);
const shown = (r: SearchResults) => ids(resultsOnScreen(r));
/** Services on screen, the best match included. */
const services = (r: SearchResults) => ids([...(r.best ? [r.best] : []), ...r.services]);

/** The fixture plus what a test needs: services, messages, synonyms, staff resources. */
function withExtra(extra: Partial<ContentBundle>): ContentBundle {
  const base = fixture();
  return {
    ...base,
    topics: [...base.topics, ...(extra.topics ?? [])],
    messages: [...base.messages, ...(extra.messages ?? [])],
    services: [...base.services, ...(extra.services ?? [])],
    synonyms: [...base.synonyms, ...(extra.synonyms ?? [])],
    resources: [...base.resources, ...(extra.resources ?? [])],
  };
}

const service = (id: string, name: string, area: Service['area'], topics = ['smoking'], organisation = 'Some Council'): Service => ({
  ...fixture().services[0]!,
  id,
  name,
  organisation,
  area,
  topics,
});

describe('inArea', () => {
  it('always includes national and pan-London services', () => {
    expect(inArea('national', 'camden')).toBe(true);
    expect(inArea('london', 'islington')).toBe(true);
  });
  it('includes a borough service only in its boroughs, or when no borough is chosen', () => {
    expect(inArea(['camden'], 'camden')).toBe(true);
    expect(inArea(['camden'], 'islington')).toBe(false);
    expect(inArea(['camden'], null)).toBe(true);
  });
});

describe('normaliseQuery and queryTokens', () => {
  it('lower-cases, strips punctuation, apostrophes and accents, collapses spaces', () => {
    expect(normaliseQuery("  Can't   PAY the Rent!! ")).toBe('cant pay the rent');
    expect(normaliseQuery('Café’s')).toBe('cafes');
    expect(compact('step change')).toBe('stepchange');
  });
  it('drops filler words, unless nothing else is left', () => {
    expect(queryTokens(['help', 'with', 'the', 'rent'])).toEqual(['rent']);
    expect(queryTokens(['help'])).toEqual(['help']);
  });
});

describe('runSearch', () => {
  it('finds nothing for fewer than two characters', () => {
    const r = runSearch(index, 's', { borough: null });
    expect(shown(r)).toEqual([]);
    expect(r.suggestions).toBeNull();
  });

  it('matches a title with a typo, and says the match is by spelling', () => {
    const r = runSearch(index, 'stoping smokng', { borough: null });
    expect(ids(r.messages)).toEqual(['stop-smoking']);
    expect(r.typos).toBe(true);
    expect(runSearch(index, 'stopping smoking', { borough: null }).typos).toBe(false);
  });

  it('reaches a topic through a synonym, with its messages and services (national first)', () => {
    const r = runSearch(index, 'fags', { borough: null });
    expect(ids(r.messages)).toEqual(['stop-smoking']);
    expect(ids(r.services)).toEqual(['quit-line', 'camden-quit']);
  });

  it('filters local services to the chosen borough but keeps national ones', () => {
    expect(services(runSearch(index, 'quit', { borough: 'islington' }))).toEqual(['quit-line']);
    expect(services(runSearch(index, 'smoking', { borough: 'camden' })).sort()).toEqual(['camden-quit', 'quit-line']);
  });

  it('lists a whole topic when browsing with nothing typed', () => {
    const r = runSearch(index, '', { borough: 'islington', topic: 'smoking' });
    expect(ids(r.messages)).toEqual(['stop-smoking']);
    expect(ids(r.services)).toEqual(['quit-line']);
  });

  it('caps each list at the limit', () => {
    expect(runSearch(index, 'fags', { borough: null, limit: 1 }).services).toHaveLength(1);
  });
});

describe('names win', () => {
  it('shows a service named in full above the messages, as the best match', () => {
    const r = runSearch(index, 'Quit Line', { borough: null });
    expect(r.best?.record.id).toBe('quit-line');
    expect(shown(r)[0]).toBe('quit-line');
    expect(ids(r.services)).not.toContain('quit-line');
  });

  it('shows a service whose name starts with the query first, when no message or topic does', () => {
    expect(runSearch(index, 'camden qui', { borough: null }).best?.record.id).toBe('camden-quit');
    // "smok" starts the Smoking topic's title: the messages come first, no best match.
    expect(runSearch(index, 'smok', { borough: null }).best).toBeNull();
  });

  it('takes a short form of a name ("Breathe" for "Breathe: It\'s About Living"), but not everyday wording', () => {
    const content = withExtra({
      services: [
        service('breathe', "Breathe: It's About Living", ['camden']),
        service('harrow-da', 'Staying safe: quitting', ['islington']),
      ],
      synonyms: [{ term: 'staying safe', topics: ['smoking'] }],
    });
    const idx = buildIndex(content);
    expect(runSearch(idx, 'breathe', { borough: null }).best?.record.id).toBe('breathe');
    expect(runSearch(idx, 'staying safe', { borough: null }).best).toBeNull();
  });

  it('never lifts a fuzzy match over an exact one', () => {
    const r = runSearch(index, 'quit line', { borough: null });
    for (const hit of r.services) expect(hit.tier).toBeGreaterThanOrEqual(r.best!.tier);
  });
});

describe('every word counts', () => {
  const content = withExtra({
    messages: [
      { ...fixture().messages[0]!, id: 'alcohol-units', topic: 'alcohol', title: 'Units of alcohol', keywords: ['pints', 'wine'] },
    ],
  });
  const idx = buildIndex(content);

  it('ranks results matching all the words above those matching some', () => {
    const r = runSearch(idx, 'stopping wine', { borough: null });
    expect(r.allWords).toBe(false);
    expect(shown(r)).toEqual(expect.arrayContaining(['stop-smoking', 'alcohol-units']));
  });

  it('folds far weaker results under "Other results"', () => {
    const r = runSearch(idx, 'stopping smoking', { borough: null });
    expect(ids(r.messages)).toEqual(['stop-smoking']);
    expect(othersFolded(r)).toBe(true);
  });
});

describe('words meaning the same (equivalents)', () => {
  const signs = { ...fixture().messages[0]!, id: 'signs', topic: 'smoking', title: 'Signs to get checked', keywords: ['blood in pee'] };
  const withGroup = buildIndex({ ...withExtra({ messages: [signs] }), equivalents: [{ words: ['wee', 'pee', 'urine'] }] });
  const without = buildIndex(withExtra({ messages: [signs] }));

  it("find the content's word from the person's, whole and in another form", () => {
    for (const q of ['blood in wee', 'blood in urine', 'blood in wees']) {
      const r = runSearch(withGroup, q, { borough: null });
      expect(r.allWords, q).toBe(true);
      expect(ids(r.messages)[0], q).toBe('signs');
    }
  });

  it('cost a little more than the word itself, so the content’s own word ranks first', () => {
    const own = runSearch(withGroup, 'blood in pee', { borough: null }).messages[0]!;
    const same = runSearch(withGroup, 'blood in wee', { borough: null }).messages[0]!;
    expect(same.score).toBeGreaterThan(own.score);
  });

  it('do nothing without the group', () => {
    const r = runSearch(without, 'blood in urine', { borough: null });
    expect(ids(resultsOnScreen(r))).not.toContain('signs');
  });
});

describe('borough words', () => {
  const content = withExtra({
    services: [service('islington-quit', 'Smokefree Islington', ['islington'])],
  });
  const idx = buildIndex(content);

  it('filter services to the borough named, whatever the picker says, and put its own service first', () => {
    const r = runSearch(idx, 'islington smoking', { borough: 'camden' });
    expect(r.boroughs).toEqual(['islington']);
    expect(r.best?.record.id).toBe('islington-quit');
    expect([...ids(r.services), r.best!.record.id]).not.toContain('camden-quit');
    expect(ids(r.services)).toContain('quit-line');
  });

  it('alone, list the borough’s own services and name none of them best', () => {
    const r = runSearch(idx, 'islington', { borough: null });
    expect(ids(r.services)).toEqual(['islington-quit']);
    expect(r.best).toBeNull();
  });
});

describe('staff resources', () => {
  it('are never searched: they are not services to point a person to', () => {
    const content = withExtra({
      resources: [
        {
          id: 'quit-line-training',
          title: 'Quit Line training',
          organisation: 'NHS',
          description: 'Training.',
          url: 'https://training.example.org/',
          topics: ['smoking'],
          source: fixture().services[0]!.source,
          checked: '2026-11-01',
          reviewBy: '2027-11-01',
        },
      ],
    });
    const r = runSearch(buildIndex(content), 'quit line training', { borough: null });
    expect([...shown(r), ...ids(r.others)]).not.toContain('quit-line-training');
  });
});

describe('nothing found', () => {
  it('returns nothing, and suggests nothing, for words that mean nothing here', () => {
    const r = runSearch(index, 'xylophone', { borough: null });
    expect(shown(r)).toEqual([]);
    expect(r.suggestions).toEqual({ topics: [], routes: [] });
  });

  it('offers the topics the words point at, and their national routes', () => {
    // Browsing Alcohol, someone types a word for smoking.
    const r = runSearch(index, 'fags', { borough: 'camden', topic: 'alcohol' });
    expect(shown(r)).toEqual([]);
    expect(r.suggestions?.topics).toEqual(['smoking']);
    expect(r.suggestions?.routes.map((s) => s.id)).toEqual(['quit-line']);
  });
});
