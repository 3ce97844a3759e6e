/** The URL patterns that are rarely a public entry point (docs/clinical-safety.md, H-15): one case per pattern. */
import { describe, expect, it } from 'vitest';
import { nonPublicLink } from '../../../utils/content/entry-point-url';

describe('nonPublicLink', () => {
  it.each<[string, string]>([
    ['news', 'https://newham.gov.uk/news/article/1274/world-no-tobacco-day-event'],
    ['news', 'https://www.westlondon.nhs.uk/news/latest-news/talking-therapies-expansion'],
    ['news', 'https://croydonhealthservices.nhs.uk/trust-news/stoptober-6331'],
    ['news', 'https://slam.nhs.uk/pressreleases/visit-to-launch-national-drugs-strategy-594'],
    ['news', 'https://news.croydon.gov.uk/vital-domestic-abuse-services-funding/'],
    ['news', 'https://whittington.nhs.uk/mini-apps/news/NewsPage.asp?NewsID=2429&print=1'],
    ['news', 'https://www.rbkc.gov.uk/newsroom/support-scaled-help-residents'],
    ['minutes', 'https://democracy.brent.gov.uk/mgAi.aspx?ID=71270'],
    ['minutes', 'https://modgov.hillingdon.gov.uk/ieIssueDetails.aspx?IId=41204&Opt=3'],
    ['minutes', 'https://www.example.gov.uk/council/committees/health-scrutiny'],
    ['minutes', 'https://www.example.gov.uk/meetings/minutes/2024-03'],
    ['privacy', 'https://bdcab.org.uk/privacy-policy/'],
    ['privacy', 'https://www.barnet.gov.uk/your-council/privacy-notices/community-and-health-privacy-notices-6'],
    ['cqc', 'https://www.cqc.org.uk/location/1-9591738518/reports'],
    ['cqc', 'https://dev.cqc.org.uk/location/1-9591738518/inspection-summary'],
    ['professional', 'https://lambethtalkingtherapies.nhs.uk/information-for-gps-and-other-health-professionals/'],
    ['professional', 'https://bromleytalkingtherapies.nhs.uk/gphcp-referrals'],
    ['professional', 'https://gps.northcentrallondon.icb.nhs.uk/enhanced-service/opiate-drug-misuse'],
    ['professional', 'https://lewisham.gov.uk/myservices/housing/partners-and-duty-to-refer'],
    ['professional', 'https://www.lets-talk-iapt.nhs.uk/for-professionals/'],
    ['covid', 'https://www.westminstercab.org.uk/coping-covid-19/'],
    ['covid', 'https://www.richmond.gov.uk/services/public_health/coronavirus/where_can_i_find_help'],
    ['case-study', 'https://www.local.gov.uk/case-studies/kingston-helping-survivors-domestic-abuse'],
  ])('flags a %s page: %s', (kind, url) => {
    expect(nonPublicLink(url)?.kind).toBe(kind);
  });

  it.each([
    'https://www.walthamforest.gov.uk/content/alcohol-misuse-1',
    'https://lambethtalkingtherapies.nhs.uk/',
    'https://hackney.gov.uk/domestic-abuse-support/',
    'https://www.lbhf.gov.uk/housing/homelessness/homelessness-and-domestic-abuse',
    // Words that merely contain a pattern are not matches: "renewals", "newsletter-free" paths, "covidence".
    'https://www.example.gov.uk/housing/tenancy-renewals',
    'https://www.example.org.uk/services/stop-smoking',
  ])('passes a public service page: %s', (url) => {
    expect(nonPublicLink(url)).toBeUndefined();
  });

  it('treats a malformed URL as not flagged (the schema reports it)', () => {
    expect(nonPublicLink('not a url')).toBeUndefined();
  });
});
