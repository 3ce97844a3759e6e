import type { Area } from '../utils/content/content-schema';
import type { LanguageGroup } from '../utils/content/translations';

export interface TranslatedLinksProps {
  groups: LanguageGroup[];
  /** The chosen borough: its common languages are listed first and marked. */
  borough?: Area | null;
  /** Copy a link to hand over; absent hides the copy buttons. */
  onCopy?: (url: string, language: string) => void;
}

/**
 * Material in other languages from official or recognised publishers, never machine
 * translated. Each language is named in English and in itself, so staff and the person
 * can both find theirs.
 */
export function TranslatedLinks({ groups, borough, onCopy }: TranslatedLinksProps) {
  const local = groups.some((g) => g.local);
  return (
    <section class="translations" aria-labelledby="translations-title">
      <h3 id="translations-title">In other languages</h3>
      {local && borough && <p class="translations__note">Languages most spoken in {borough.name} come first.</p>}
      <ul class="translations__list">
        {groups.map((g) => (
          <li key={g.code} class="translations__language" data-language={g.code}>
            <p class="translations__name">
              <span lang={g.code}>{g.nativeName}</span>
              {g.nativeName !== g.language && <> · {g.language}</>}
              {g.local && <span class="translations__local"> · common in {borough?.name}</span>}
            </p>
            <ul class="translations__links">
              {g.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} target="_blank" rel="noopener noreferrer" hreflang={link.code}>
                    {link.title}
                    <span class="visually-hidden"> ({g.language}, opens in a new tab)</span>
                  </a>{' '}
                  <span class="translations__org">{link.organisation}</span>
                  {onCopy && (
                    <>
                      {' '}
                      <button type="button" class="link-button" onClick={() => onCopy(link.url, g.language)}>
                        Copy link
                        <span class="visually-hidden">
                          {' '}
                          to {link.title} in {g.language}
                        </span>
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
