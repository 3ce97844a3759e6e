/**
 * The publishers whose translated material the feed may link to (issue 19, item 4):
 * GOV.UK (where UKHSA, OHID and the Home Office publish), the NHS, Doctors of the World
 * and recognised charities. A translation from any other host is refused by
 * `content:check`: a receptionist hands these links to someone who cannot read the
 * English original, so neither of them can tell a mirror or a machine translation from
 * the real thing. Adding a host is a reviewed code change, not a content edit.
 */

export interface TranslationPublisher {
  /** The registrable host, without `www.`. */
  host: string;
  name: string;
  /**
   * Whether hosts under it count too. True for nhs.uk (trusts and NHS England use
   * subdomains); false for gov.uk, whose subdomains are councils and agencies that are
   * not on this list.
   */
  subdomains: boolean;
}

export const TRANSLATION_PUBLISHERS: readonly TranslationPublisher[] = [
  { host: 'gov.uk', name: 'GOV.UK (including UKHSA, OHID and the Home Office)', subdomains: false },
  { host: 'nhs.uk', name: 'the NHS: nhs.uk, NHS England and NHS trusts', subdomains: true },
  { host: 'doctorsoftheworld.org.uk', name: 'Doctors of the World UK', subdomains: false },
  { host: 'rcpsych.ac.uk', name: 'Royal College of Psychiatrists (a registered charity)', subdomains: false },
  { host: 'mind.org.uk', name: 'Mind', subdomains: false },
  { host: 'alcoholchange.org.uk', name: 'Alcohol Change UK', subdomains: false },
  { host: 'shelter.org.uk', name: 'Shelter', subdomains: true },
  { host: 'citizensadvice.org.uk', name: 'Citizens Advice', subdomains: false },
  { host: 'tht.org.uk', name: 'Terrence Higgins Trust', subdomains: false },
];

/** The publisher a link belongs to, or undefined when its host is not on the list (or it is not a URL). */
export function translationPublisher(url: string): TranslationPublisher | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const host = hostname.startsWith('www.') ? hostname.slice(4) : hostname;
  return TRANSLATION_PUBLISHERS.find((p) => host === p.host || (p.subdomains && host.endsWith(`.${p.host}`)));
}
