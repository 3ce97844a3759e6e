/** The allow-list of translation publishers, and content:check refusing a link from anyone else. */
import { describe, expect, it } from 'vitest';
import { translationPublisher } from '../../../utils/content/translation-publishers';
import { formatProblem, validateContent } from '../../../utils/content/validate-content';
import { cloneFiles, FIXTURE_TODAY } from '../../fixtures/content-fixture';

describe('translationPublisher', () => {
  it.each([
    ['https://www.gov.uk/government/publications/x', 'gov.uk'],
    ['https://gov.uk/guidance/domestic-abuse-how-to-get-help.pl', 'gov.uk'],
    ['https://www.nhs.uk/live-well/', 'nhs.uk'],
    ['https://www.england.nhs.uk/long-read/x', 'nhs.uk'],
    ['https://www.elft.nhs.uk/leaflets/pl', 'nhs.uk'],
    ['https://www.rcpsych.ac.uk/mental-health/translations/polish/x', 'rcpsych.ac.uk'],
    ['https://england.shelter.org.uk/housing_advice', 'shelter.org.uk'],
    ['https://WWW.DOCTORSOFTHEWORLD.ORG.UK/translated-health-information/', 'doctorsoftheworld.org.uk'],
  ])('allows %s', (url, host) => {
    expect(translationPublisher(url)?.host).toBe(host);
  });

  it.each([
    'https://example.com/leaflet-pl.pdf',
    // Look-alikes: the allowed name inside another host, or glued to it.
    'https://gov.uk.example.com/x',
    'https://evilgov.uk/x',
    'https://nhs.uk.example.org/x',
    'https://fakenhs.uk/x',
    // gov.uk subdomains are councils and agencies that are not on the list.
    'https://www.camden.gov.uk/x',
    // A mirror of a real publisher's page is still a mirror.
    'https://fly1.wordsworth.site/guidance/domestic-abuse-how-to-get-help.hi',
    'not a url',
  ])('refuses %s', (url) => {
    expect(translationPublisher(url)).toBeUndefined();
  });
});

describe('content:check and the allow-list', () => {
  const linkTo = (url: string) => ({
    topic: 'smoking',
    checked: '2026-11-01',
    reviewBy: '2027-05-01',
    links: [
      {
        language: 'Polish',
        nativeName: 'Polski',
        code: 'pl',
        title: 'Ulotka',
        url,
        organisation: 'Someone',
        source: { title: 'Page', url },
      },
    ],
  });
  const problems = (url: string) => {
    const files = cloneFiles();
    files.push({ path: 'content/translations/t.json', data: { translations: [linkTo(url)] } as never });
    return validateContent(files, FIXTURE_TODAY).problems.map(formatProblem);
  };

  it('refuses a translation whose host is not an allowed publisher, naming the link and the list', () => {
    expect(problems('https://translated-leaflets.example.com/pl.pdf')).toEqual([
      'content/translations/t.json: translations for topic "smoking": link https://translated-leaflets.example.com/pl.pdf is not from an ' +
        'allowed translation publisher: only GOV.UK, the NHS, Doctors of the World and recognised charities listed in ' +
        'utils/content/translation-publishers.ts',
    ]);
  });

  it('accepts the same translation from an allowed publisher', () => {
    expect(problems('https://www.gov.uk/government/publications/leaflet-pl')).toEqual([]);
  });
});
