/**
 * A service's languages are stored as codes; the card names each in English and in the
 * language itself ("Polish · polski") from the browser's own locale data (Intl), so the
 * content needs no table of names and every browser spells them as it does elsewhere.
 */

export interface LanguageName {
  code: string;
  english: string;
  /** The language's name for itself; the code when the browser does not know it. */
  native: string;
}

/** Where CLDR's English differs from the name the ONS Census and UK services use. */
const UK_ENGLISH: Record<string, string> = { bn: 'Bengali', pa: 'Panjabi' };

function displayName(locale: string, code: string): string | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

/** Capitalised in the language's own way (e.g. "Türkçe"), as a label starts a line. */
const capitalise = (name: string, code: string) => name.charAt(0).toLocaleUpperCase(code) + name.slice(1);

export function languageName(code: string): LanguageName {
  const english = UK_ENGLISH[code] ?? displayName('en-GB', code) ?? code;
  const native = displayName(code, code);
  return { code, english, native: native ? capitalise(native, code) : english };
}
