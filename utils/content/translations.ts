/**
 * The translated material to show with a message: links for the message itself and for
 * its topic, grouped by language. The chosen borough's most common languages come first,
 * in the order the area lists them; the rest follow in English alphabetical order.
 */
import type { Area, ContentBundle, Message, TranslatedLink } from './content-schema';

export interface LanguageGroup {
  code: string;
  language: string;
  nativeName: string;
  /** One of the chosen area's common languages. */
  local: boolean;
  links: TranslatedLink[];
}

export function translationsFor(
  content: Pick<ContentBundle, 'translations' | 'areas'>,
  message: Pick<Message, 'id' | 'topic'>,
  borough: string | null,
): LanguageGroup[] {
  const sets = content.translations.filter((t) => t.message === message.id || (t.message === undefined && t.topic === message.topic));
  // The message's own links before its topic's, each link once.
  sets.sort((a, b) => Number(b.message !== undefined) - Number(a.message !== undefined));
  const groups = new Map<string, LanguageGroup>();
  const seen = new Set<string>();
  const local = areaLanguages(content.areas, borough);
  for (const link of sets.flatMap((s) => s.links)) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    const group = groups.get(link.code) ?? {
      code: link.code,
      language: link.language,
      nativeName: link.nativeName,
      local: local.includes(link.code),
      links: [],
    };
    group.links.push(link);
    groups.set(link.code, group);
  }
  const rank = (g: LanguageGroup) => (g.local ? local.indexOf(g.code) : local.length);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.language.localeCompare(b.language, 'en'));
}

/** The languages an area lists, or none for "all of London". */
function areaLanguages(areas: Area[], borough: string | null): string[] {
  return borough ? (areas.find((a) => a.id === borough)?.languages ?? []) : [];
}
