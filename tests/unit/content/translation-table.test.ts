/** The needs × languages translation table in docs/content.md, generated from the content. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import type { TranslationSet } from '../../../utils/content/content-schema';
import { SIGNPOSTING_NEEDS } from '../../../utils/content/local-coverage';
import {
  CORE_TRANSLATION_LANGUAGES,
  TRANSLATION_TABLE_END,
  TRANSLATION_TABLE_START,
  translationTable,
  translationTableMarkdown,
  withTranslationTable,
} from '../../../utils/content/translation-table';

const source = { title: 'x', url: 'https://www.gov.uk/x' };
const link = (code: string, url: string) => ({ language: code, nativeName: code, code, title: 't', url, organisation: 'GOV.UK', source });
const set = (over: Partial<TranslationSet>): TranslationSet => ({
  topic: 'smoking',
  checked: '2026-12-07',
  reviewBy: '2027-06-07',
  links: [],
  ...over,
});
const content = (translations: TranslationSet[]) => ({
  translations,
  messages: [{ id: 'stop-smoking', topic: 'smoking' }] as never,
  topics: [{ id: 'smoking', title: 'Smoking and vaping' }] as never,
});
const smokingCell = (translations: TranslationSet[], language: string) =>
  translationTable(content(translations))[0]!.cells[CORE_TRANSLATION_LANGUAGES.indexOf(language as never)]!;

describe('translationTable', () => {
  it('has a row for each of the eight needs and a column for each of the eight languages', () => {
    const rows = translationTable(content([]));
    expect(rows.map((r) => r.need)).toEqual([...SIGNPOSTING_NEEDS]);
    expect(CORE_TRANSLATION_LANGUAGES).toEqual(['ro', 'es', 'pl', 'bn', 'pt', 'tr', 'ar', 'ur']);
    for (const row of rows) expect(row.cells).toHaveLength(8);
  });

  it('fills a cell from a topic link, a message link of the topic, or a regional code of the language', () => {
    expect(smokingCell([set({ links: [link('pl', 'https://www.gov.uk/pl')] })], 'pl').kind).toBe('links');
    expect(smokingCell([set({ topic: undefined, message: 'stop-smoking', links: [link('pl', 'https://www.gov.uk/m')] })], 'pl').kind).toBe(
      'links',
    );
    expect(smokingCell([set({ links: [link('pt-BR', 'https://www.gov.uk/pt')] })], 'pt').kind).toBe('links');
  });

  it('shows a gap with its latest search date, and flags a cell nobody searched', () => {
    const gaps = [
      set({ checked: '2026-11-01', notFound: { languages: ['tr'], searched: ['a'] } }),
      set({ notFound: { languages: ['tr'], searched: ['b'] } }),
    ];
    expect(smokingCell(gaps, 'tr')).toEqual({ kind: 'none-found', checked: '2026-12-07' });
    expect(smokingCell(gaps, 'ur')).toEqual({ kind: 'not-searched' });
    expect(translationTableMarkdown(content(gaps))).toMatch(/Not yet searched: 63\./);
  });
});

describe('the translation table of the bundled content', () => {
  const bundle = bundledContent();

  it('has a link or a dated "none found" in every one of the 64 cells', () => {
    const unsearched = translationTable(bundle).flatMap((r) =>
      r.cells.flatMap((c, i) => (c.kind === 'not-searched' ? [`${r.need} × ${CORE_TRANSLATION_LANGUAGES[i]}`] : [])),
    );
    expect(unsearched).toEqual([]);
  });

  it('matches docs/content.md (run `npm run docs:generate` to regenerate it)', () => {
    const doc = readFileSync('docs/content.md', 'utf8');
    expect(withTranslationTable(doc, translationTableMarkdown(bundle))).toBe(doc);
  });

  it('says clearly when the markers are missing', () => {
    expect(() => withTranslationTable('# Content\n', 'table')).toThrow(/translation table markers are missing/);
    expect(withTranslationTable(`a\n${TRANSLATION_TABLE_START}\nold\n${TRANSLATION_TABLE_END}\nb`, 'new')).toBe(
      `a\n${TRANSLATION_TABLE_START}\n\nnew\n\n${TRANSLATION_TABLE_END}\nb`,
    );
  });
});
