import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../utils/search/build-index';
import { searchIndex } from '../../../utils/search/query-index';
import { inArea } from '../../../utils/search/in-area';
import { normaliseQuery, queryTokens } from '../../../utils/search/normalise-query';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { fixtureFiles } from '../../fixtures/content-fixture';

const index = buildIndex(mergeContentFiles(fixtureFiles().map((f) => f.data)));
const ids = (hits: { record: { id: string } }[]) => hits.map((h) => h.record.id);

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

describe('normaliseQuery', () => {
  it('lower-cases, strips punctuation, apostrophes and accents, collapses spaces', () => {
    expect(normaliseQuery("  Can't   PAY the Rent!! ")).toBe('cant pay the rent');
    expect(normaliseQuery('Café')).toBe('cafe');
  });
  it('drops filler words from tokens', () => {
    expect(queryTokens('help with the rent')).toEqual(['help', 'rent']);
  });
});

describe('searchIndex', () => {
  it('finds nothing for fewer than two characters', () => {
    const r = searchIndex(index, 's', { borough: null });
    expect(r.messages).toEqual([]);
    expect(r.services).toEqual([]);
  });

  it('matches a title with a typo', () => {
    expect(ids(searchIndex(index, 'stoping smokng', { borough: null }).messages)).toEqual(['stop-smoking']);
  });

  it('reaches a topic through a synonym, with its messages and services', () => {
    const r = searchIndex(index, 'fags', { borough: null });
    expect(ids(r.messages)).toEqual(['stop-smoking']);
    expect(ids(r.services)).toEqual(['quit-line', 'camden-quit']);
  });

  it('filters local services to the chosen borough but keeps national ones', () => {
    expect(ids(searchIndex(index, 'quit', { borough: 'islington' }).services)).toEqual(['quit-line']);
    expect(ids(searchIndex(index, 'quit', { borough: 'camden' }).services).sort()).toEqual(['camden-quit', 'quit-line']);
  });

  it('lists a whole topic when browsing with no query', () => {
    const r = searchIndex(index, '', { borough: 'islington', topic: 'smoking' });
    expect(ids(r.messages)).toEqual(['stop-smoking']);
    expect(ids(r.services)).toEqual(['quit-line']);
  });

  it('returns nothing for a query that matches nothing', () => {
    const r = searchIndex(index, 'xylophone', { borough: null });
    expect(r.messages.length + r.services.length).toBe(0);
  });

  it('caps each group at the limit', () => {
    expect(searchIndex(index, 'fags', { borough: null, limit: 1 }).services).toHaveLength(1);
  });
});
