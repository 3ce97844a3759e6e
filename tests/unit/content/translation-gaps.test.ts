/** A dated "none found" record (notFound) in a translation set, and what content:check refuses about it. */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../../utils/content/validate-content';
import { cloneFiles, FIXTURE_TODAY } from '../../fixtures/content-fixture';
import { translatedLink } from '../../fixtures/translated-link';

const FILE = 'content/translations/t.json';
const link = translatedLink;
const notFound = (languages: string[], searched = ['"quit smoking leaflet" in Romanian: none']) => ({ languages, searched });
const set = (over: Record<string, unknown>) => ({ topic: 'smoking', checked: '2026-11-01', reviewBy: '2027-05-01', links: [], ...over });

function problems(translations: unknown[]) {
  const files = cloneFiles();
  files.push({ path: FILE, data: { translations } as never });
  return validateContent(files, FIXTURE_TODAY).problems.map(formatProblem);
}

describe('notFound in the content model', () => {
  it('accepts a set that only records where we looked, and one with links and gaps together', () => {
    expect(problems([set({ notFound: notFound(['ro', 'tr']) })])).toEqual([]);
    expect(
      problems([
        set({ links: [link('pt-BR', 'Portuguese (Brazil)', 'Português (Brasil)', 'https://www.gov.uk/pt')], notFound: notFound(['ro']) }),
      ]),
    ).toEqual([]);
  });

  it('refuses a set with neither links nor notFound', () => {
    expect(problems([set({})])).toEqual([
      `${FILE}: translations for "smoking": links needs at least one link, or a notFound record of where you looked`,
    ]);
  });

  it('refuses a gap without a language, without where we looked, or with a bad language code', () => {
    expect(problems([set({ notFound: notFound([]) })])).toEqual([
      `${FILE}: translations for "smoking": notFound.languages needs at least one language`,
    ]);
    expect(problems([set({ notFound: notFound(['ro'], []) })])).toEqual([
      `${FILE}: translations for "smoking": notFound.searched needs at least one place searched`,
    ]);
    expect(problems([set({ notFound: notFound(['Romanian']) })])).toEqual([
      `${FILE}: translations for "smoking": notFound.languages.0 must be a language code such as "pl", "pa-Arab" or "pt-BR"`,
    ]);
  });

  it('refuses a language recorded as not found where the topic has a link in it, even from another set or region', () => {
    const linked = set({ links: [link('pt-BR', 'Portuguese (Brazil)', 'Português (Brasil)', 'https://www.gov.uk/pt')] });
    expect(problems([linked, set({ notFound: notFound(['pt', 'ro']) })])).toEqual([
      `${FILE}: translations for topic "smoking": language "pt" is recorded as not found, but this topic has a link in it: remove it from notFound`,
    ]);
    // Another topic's link does not count.
    expect(problems([linked, set({ topic: 'alcohol', notFound: notFound(['pt']) })])).toEqual([]);
  });

  it('refuses the same language twice in one gap record', () => {
    expect(problems([set({ notFound: notFound(['ro', 'ro']) })])).toEqual([
      `${FILE}: translations for topic "smoking": language "ro" is recorded as not found twice`,
    ]);
  });

  it('dates a gap like any item: a passed reviewBy is refused', () => {
    expect(problems([set({ notFound: notFound(['ro']), checked: '2025-06-01', reviewBy: '2026-01-01' })])).toEqual([
      `${FILE}: translations for topic "smoking": reviewBy 2026-01-01 has passed: review it against its source and set a new date`,
    ]);
  });
});
