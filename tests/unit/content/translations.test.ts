import { describe, expect, it } from 'vitest';
import type { TranslationSet } from '../../../utils/content/content-schema';
import { languageName } from '../../../utils/content/language-names';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { bundledContent } from '../../../utils/content/bundled-content';
import { translationsFor } from '../../../utils/content/translations';
import { formatProblem, validateContent } from '../../../utils/content/validate-content';
import { mergeOverlay } from '../../../utils/feed/merge-overlay';
import { cloneFiles, FIXTURE_TODAY } from '../../fixtures/content-fixture';
import { translatedLink } from '../../fixtures/translated-link';

const link = translatedLink;
const set = (over: Partial<TranslationSet> & Record<string, unknown>) => ({
  topic: 'smoking',
  links: [link('pl', 'Polish', 'Polski', 'https://www.gov.uk/pl.pdf')],
  checked: '2026-11-01',
  reviewBy: '2027-11-01',
  ...over,
});

function check(translations: unknown[], extra: (files: ReturnType<typeof cloneFiles>) => void = () => {}) {
  const files = cloneFiles();
  files.push({ path: 'content/translations/translations.json', data: { translations } as never });
  extra(files);
  return validateContent(files, FIXTURE_TODAY);
}
const problems = (translations: unknown[], extra?: Parameters<typeof check>[1]) => check(translations, extra).problems.map(formatProblem);
const FILE = 'content/translations/translations.json';

describe('translations in the content model', () => {
  it('accepts a set for a topic and one for a message, and merges them', () => {
    const { problems: p, bundle } = check([set({}), set({ topic: undefined, message: 'stop-smoking' })]);
    expect(p).toEqual([]);
    expect(bundle.translations).toHaveLength(2);
  });

  it('needs exactly one of topic or message', () => {
    expect(problems([set({ message: 'stop-smoking' })])).toEqual([
      `${FILE}: translations for "stop-smoking": needs exactly one of topic or message`,
    ]);
    expect(problems([set({ topic: undefined })])).toEqual([`${FILE}: translations for #1: needs exactly one of topic or message`]);
  });

  it('refuses a bad language code and a link that is not https', () => {
    expect(problems([set({ links: [link('Polish', 'Polish', 'Polski', 'https://www.gov.uk/a')] })])).toEqual([
      `${FILE}: translations for "smoking": links.0.code must be a language code such as "pl", "pa-Arab" or "pt-BR"`,
    ]);
    expect(problems([set({ links: [link('pl', 'Polish', 'Polski', 'http://www.gov.uk/a')] })])).toEqual([
      `${FILE}: translations for "smoking": links.0.url must be an https:// link`,
    ]);
    for (const good of ['ro', 'bn', 'pa-Arab', 'pt-BR', 'zh-Hant', 'prs', 'es-419']) {
      expect(problems([set({ links: [link(good, 'X', 'Y', 'https://www.gov.uk/a')] })]), good).toEqual([]);
    }
    for (const bad of ['PL', 'pl_PL', 'p', 'polish', 'pl-', 'pa-arab']) {
      expect(problems([set({ links: [link(bad, 'X', 'Y', 'https://www.gov.uk/a')] })]), bad).toHaveLength(1);
    }
  });

  it('names unknown topics and messages, a link listed twice, and a language named two ways', () => {
    expect(problems([set({ topic: 'nope' })])).toEqual([`${FILE}: translations for topic "nope": refers to unknown topic "nope"`]);
    expect(problems([set({ topic: undefined, message: 'gone' })])).toEqual([
      `${FILE}: translations for message "gone": refers to unknown message "gone"`,
    ]);
    expect(problems([set({}), set({})])).toEqual([
      `${FILE}: translations for topic "smoking": link https://www.gov.uk/pl.pdf is listed twice for this topic`,
    ]);
    expect(problems([set({}), set({ topic: 'alcohol', links: [link('pl', 'Polish', 'polski', 'https://www.gov.uk/b')] })])).toEqual([
      `${FILE}: translations for topic "alcohol": language "pl" is named "Polish" / "polski" here but "Polish" / "Polski" elsewhere`,
    ]);
  });

  it('keeps review dates like every other item', () => {
    expect(problems([set({ reviewBy: '2026-01-01', checked: '2025-06-01' })])).toEqual([
      `${FILE}: translations for topic "smoking": reviewBy 2026-01-01 has passed: review it against its source and set a new date`,
    ]);
  });

  it('accepts languages on services and areas, and checks their codes', () => {
    const withLanguages = (codes: string[]) =>
      problems([], (files) => {
        const data = files.find((f) => f.path === 'content/services/all.json')!.data as { services: Array<Record<string, unknown>> };
        data.services[0]!.languages = codes;
        const areas = files.find((f) => f.path === 'content/areas.json')!.data as { areas: Array<Record<string, unknown>> };
        areas.areas[0]!.languages = ['bn', 'so'];
      });
    expect(withLanguages(['pl', 'ro'])).toEqual([]);
    expect(withLanguages(['Polish'])).toEqual([
      'content/services/all.json: service "quit-line": languages.0 must be a language code such as "pl", "pa-Arab" or "pt-BR"',
    ]);
  });

  it('drops the translations of a hidden topic in the overlay merge', () => {
    const bundle = check([set({}), set({ topic: 'alcohol', links: [link('ro', 'Romanian', 'Română', 'https://www.gov.uk/ro')] })]).bundle;
    expect(mergeOverlay(bundle, { content: {}, hide: ['smoking'] }).translations.map((t) => t.topic)).toEqual(['alcohol']);
  });
});

describe('translationsFor', () => {
  const base = mergeContentFiles(cloneFiles().map((f) => f.data));
  const content = {
    areas: base.areas.map((a) => (a.id === 'camden' ? { ...a, languages: ['bn', 'so'] } : a)),
    translations: [
      set({
        links: [
          link('so', 'Somali', 'Soomaali', 'https://www.gov.uk/so'),
          link('ar', 'Arabic', 'العربية', 'https://www.gov.uk/ar'),
          link('bn', 'Bengali', 'বাংলা', 'https://www.gov.uk/bn'),
        ],
      }),
      set({ topic: undefined, message: 'stop-smoking', links: [link('bn', 'Bengali', 'বাংলা', 'https://www.gov.uk/bn-message')] }),
      set({ topic: 'alcohol', links: [link('pl', 'Polish', 'Polski', 'https://www.gov.uk/alcohol-pl')] }),
    ] as TranslationSet[],
  };
  const message = { id: 'stop-smoking', topic: 'smoking' };

  it('lists the message’s and its topic’s links by language, alphabetically in English for all of London', () => {
    const groups = translationsFor(content, message, null);
    expect(groups.map((g) => g.code)).toEqual(['ar', 'bn', 'so']);
    expect(groups.find((g) => g.code === 'bn')!.links.map((l) => l.url)).toEqual([
      'https://www.gov.uk/bn-message',
      'https://www.gov.uk/bn',
    ]);
    expect(groups.every((g) => !g.local)).toBe(true);
  });

  it('puts the borough’s common languages first, in the area’s order', () => {
    const groups = translationsFor(content, message, 'camden');
    expect(groups.map((g) => [g.code, g.local])).toEqual([
      ['bn', true],
      ['so', true],
      ['ar', false],
    ]);
  });

  it('is empty when nothing is translated', () => {
    expect(translationsFor(content, { id: 'x', topic: 'housing' }, 'camden')).toEqual([]);
  });
});

describe('languageName', () => {
  it('names a language in English and in itself', () => {
    expect(languageName('pl')).toEqual({ code: 'pl', english: 'Polish', native: 'Polski' });
    expect(languageName('tr')).toEqual({ code: 'tr', english: 'Turkish', native: 'Türkçe' });
    expect(languageName('bn').english).toBe('Bengali');
  });
  it('falls back to the code for a code the browser does not know', () => {
    expect(languageName('qq')).toEqual({ code: 'qq', english: 'qq', native: 'qq' });
  });
});

describe('the bundled translations reach the message cards', () => {
  const bundle = bundledContent();
  it.each([
    ['wellbeing-talking-therapies', 'pl', 'https://www.rcpsych.ac.uk/mental-health/translations/polish/cognitive-behavioural-therapy'],
    ['domestic-abuse-asking-safely', 'pl', 'https://gov.uk/guidance/domestic-abuse-how-to-get-help.pl'],
  ])('%s lists its topic’s %s page', (id, code, url) => {
    const message = bundle.messages.find((m) => m.id === id)!;
    const group = translationsFor(bundle, message, null).find((g) => g.code === code);
    expect(group?.links.map((l) => l.url)).toContain(url);
  });
});
