/**
 * What the check reads from a page: its title, its main text (for the fingerprint), and the
 * UK phone numbers it shows. Deliberately simple string work: the pages are councils' and
 * the NHS's, and a finding is a prompt for a person to look, never an automatic edit.
 */
import { createHash } from 'node:crypto';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const squash = (text: string) => decodeEntities(text).replace(/\s+/g, ' ').trim();

export function isHtml(contentType: string | undefined, body: string): boolean {
  return contentType ? /html/i.test(contentType) : /^\s*<(!doctype html|html)/i.test(body);
}

/** The `<title>`, or the first `<h1>` when a page has no title. */
export function pageTitle(html: string): string | undefined {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const text = title === undefined ? '' : squash(title.replace(/<[^>]+>/g, ' '));
  return text || undefined;
}

/**
 * The page's readable text: `<main>` when there is one (headers, menus and footers change
 * with every site redesign and say nothing about the service), without scripts and styles.
 */
export function mainText(html: string): string {
  const main = /<main[\s>][\s\S]*?<\/main>/i.exec(html)?.[0] ?? /<body[\s>][\s\S]*<\/body>/i.exec(html)?.[0] ?? html;
  return squash(
    main
      .replace(/<(script|style|noscript|template|svg|nav|header|footer)[\s>][\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** A page's fingerprint: SHA-256 of its main text (or of its bytes, for a PDF or other file). */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Words that say nothing about which service a page is about: a parked domain's
 * "London health news" must not pass as "naming" the Camden Stop Smoking Service.
 */
const GENERIC = new Set(
  (
    'the and for with from your you our this that are was about into not out what how who when where why ' +
    'service services support help helpline line london health nhs council borough team centre center ' +
    'home page information info welcome free local online advice care trust foundation programme project ' +
    'uk gov org www http https com net'
  ).split(' '),
);

export function significantWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !GENERIC.has(w));
}

/** True when the title shares at least one significant word with any of the recorded names. */
export function titleNames(title: string, names: readonly string[]): boolean {
  const words = new Set(significantWords(title));
  return names.some((n) => significantWords(n).some((w) => words.has(w)));
}

/** The digits to dial from inside the UK: "+44 (0)20 7974 4444" → "02079744444". */
export function ukDigits(written: string): string {
  const digits = written.replace(/\(0\)/g, '').replace(/[^0-9]/g, '');
  return written.trim().startsWith('+44') ? `0${digits.slice(2)}` : digits;
}

/** The number part of a recorded phone ("020 7974 4444, option 9" → "02079744444"). */
export function recordedDigits(phone: string): string {
  return ukDigits(phone.split(',')[0]!);
}

/**
 * Every run of digits written like a phone number (spaces, hyphens, dots and brackets
 * between digit groups; `tel:` links included), as UK digits.
 */
export function phoneNumbersIn(html: string, text: string): string[] {
  const found = new Set<string>();
  const tels = [...html.matchAll(/href\s*=\s*["']tel:([^"']+)["']/gi)].map((m) => decodeURIComponent(m[1]!));
  const written = [...text.matchAll(/(?:\+44\s?(?:\(0\)\s?)?)?\(?\d[\d\s().-]{1,18}\d/g)].map((m) => m[0]);
  for (const w of [...tels, ...written]) {
    const digits = ukDigits(w);
    if (digits.length >= 3) found.add(digits);
  }
  return [...found];
}

/** A UK number another service could be reached on: 0 then 9 or 10 more digits. */
export const isUkNumber = (digits: string) => /^0\d{9,10}$/.test(digits);

/**
 * The site an address belongs to, for "redirected to another site": the host without
 * `www.`, cut to its registrable part (`camden.gov.uk`, `nhs.uk`, `example.org`).
 */
const UK_SECOND_LEVEL = new Set(['gov', 'nhs', 'org', 'co', 'ac', 'ltd', 'plc', 'net', 'me', 'police', 'sch', 'mod']);
export function siteOf(address: string): string {
  const labels = new URL(address).hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '')
    .split('.');
  const keep = labels.length >= 3 && labels.at(-1) === 'uk' && UK_SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
