/**
 * The whole-content rules for translations (see validate-content.ts for the rest):
 * - each set names a real topic or message, and keeps review dates like any item;
 * - a link is listed once per topic or message;
 * - a language code has the same English and native names everywhere (staff and the
 *   person read those names, so "Panjabi" here and "Punjabi" there would look like two);
 * - every link is hosted by a publisher on the allow-list (translation-publishers.ts);
 * - a language recorded as not found is not also linked for the same topic or message.
 */
import type { ContentBundle, TranslationSet } from './content-schema';
import { translationPublisher } from './translation-publishers';

type Report = (entry: object, item: string, problem: string) => void;
type Dangling = (entry: object, item: string, kind: string, ref: string, known: Set<string>) => void;
type ReviewRules = (entry: object, item: string, from: string, fromName: string, reviewBy: string) => void;

/** `pt-BR` and `pt` are both Portuguese when asking "is there anything in Portuguese?". */
export const primaryLanguage = (code: string) => code.split('-')[0]!;

const targetOf = (set: TranslationSet) => (set.message !== undefined ? `message "${set.message}"` : `topic "${set.topic}"`);
const kindOf = (set: TranslationSet) => (set.message !== undefined ? 'message' : 'topic');

export function checkTranslations(
  bundle: ContentBundle,
  ids: { topicIds: Set<string>; messageIds: Set<string> },
  report: Report,
  dangling: Dangling,
  reviewRules: ReviewRules,
) {
  const urlsFor = new Map<string, Set<string>>();
  const linkedLanguages = new Map<string, Set<string>>();
  const names = new Map<string, { language: string; nativeName: string }>();
  for (const set of bundle.translations) {
    const target = targetOf(set);
    const item = `translations for ${target}`;
    if (set.message !== undefined) dangling(set, item, 'message', set.message, ids.messageIds);
    if (set.topic !== undefined) dangling(set, item, 'topic', set.topic, ids.topicIds);
    reviewRules(set, item, set.checked, 'checked', set.reviewBy);
    const urls = urlsFor.get(target) ?? new Set<string>();
    urlsFor.set(target, urls);
    const languages = linkedLanguages.get(target) ?? new Set<string>();
    linkedLanguages.set(target, languages);
    for (const link of set.links) {
      if (urls.has(link.url)) report(set, item, `link ${link.url} is listed twice for this ${kindOf(set)}`);
      urls.add(link.url);
      languages.add(primaryLanguage(link.code));
      if (!translationPublisher(link.url)) {
        report(
          set,
          item,
          `link ${link.url} is not from an allowed translation publisher: only GOV.UK, the NHS, Doctors of the World and ` +
            `recognised charities listed in utils/content/translation-publishers.ts`,
        );
      }
      const first = names.get(link.code);
      if (!first) names.set(link.code, { language: link.language, nativeName: link.nativeName });
      else if (first.language !== link.language || first.nativeName !== link.nativeName) {
        report(
          set,
          item,
          `language "${link.code}" is named "${link.language}" / "${link.nativeName}" here but "${first.language}" / "${first.nativeName}" elsewhere`,
        );
      }
    }
  }
  // Gaps are checked once every link is known: a set's links may come from another file.
  for (const set of bundle.translations) {
    const seen = new Set<string>();
    for (const code of set.notFound?.languages ?? []) {
      const item = `translations for ${targetOf(set)}`;
      if (seen.has(code)) report(set, item, `language "${code}" is recorded as not found twice`);
      seen.add(code);
      if (linkedLanguages.get(targetOf(set))?.has(primaryLanguage(code))) {
        report(set, item, `language "${code}" is recorded as not found, but this ${kindOf(set)} has a link in it: remove it from notFound`);
      }
    }
  }
}
