/**
 * Search ranking against what staff actually type: slang, typos, plurals, two or
 * three letters, service names. Runs on the embedded default content, so a content
 * change that makes search worse fails here.
 */
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import { searchIndex } from '../../../utils/search/query-index';

const content = bundledContent();
const index = buildIndex(content);
const topicOf = (messageId: string | undefined) => content.messages.find((m) => m.id === messageId)?.topic;

type Expectation = { message?: string; topic?: string; service?: string };

// [what is typed, what must come first]
const TABLE: Array<[string, Expectation]> = [
  // slang and everyday words
  ['fags', { topic: 'smoking', message: 'smoking-quit-with-support' }],
  ['ciggies', { topic: 'smoking' }],
  ['rollies', { topic: 'smoking' }],
  ['vape', { message: 'smoking-vaping-to-quit' }],
  ['booze', { topic: 'alcohol' }],
  ['pints', { topic: 'alcohol' }],
  ['hammered', { topic: 'alcohol' }],
  ['skint', { message: 'money-debt-worries' }],
  ['broke', { topic: 'money' }],
  ['lonely', { message: 'loneliness-feeling-lonely' }],
  ['weed', { message: 'drugs-honest-information' }],
  ['jab', { topic: 'vaccinations' }],
  ['poo test', { message: 'screening-bowel' }],
  ['smear', { message: 'screening-cervical' }],
  ['morning after pill', { message: 'sexual-health-emergency-contraception' }],
  ['fizzy drinks', { message: 'eating-sugary-drinks' }],
  ['cold house', { message: 'housing-cold-home' }],
  ['fell over', { message: 'falls-have-you-fallen' }],
  // typos
  ['depresed', { topic: 'mental-wellbeing' }],
  ['anxeity', { topic: 'mental-wellbeing' }],
  ['smokng', { topic: 'smoking' }],
  ['alchohol', { topic: 'alcohol' }],
  ['loneliness', { topic: 'loneliness' }],
  ['mamogram', { message: 'screening-breast' }],
  ['toothake', { message: 'oral-health-toothache-urgent' }],
  // plurals and phrasing
  ['units', { topic: 'alcohol' }],
  ['condoms', { message: 'sexual-health-contraception-condoms' }],
  ['energy bills', { message: 'money-energy-bills' }],
  ['rent arrears', { message: 'housing-homeless-eviction' }],
  ['evicted', { message: 'housing-homeless-eviction' }],
  ['black mould', { message: 'housing-damp-mould' }],
  ['suicidal', { message: 'wellbeing-crisis-suicidal' }],
  ['overdose', { message: 'drugs-someone-unwell' }],
  ['health check', { message: 'screening-nhs-health-check' }],
  ['flu jab', { message: 'vaccinations-flu' }],
  ['measles', { message: 'vaccinations-mmr-catch-up' }],
  ['5 a day', { message: 'eating-5-a-day' }],
  ['exercise', { topic: 'physical-activity' }],
  ['stop smoking', { message: 'smoking-quit-with-support' }],
  ['benefits', { message: 'money-benefits-check' }],
  ['dentist', { message: 'oral-health-finding-a-dentist' }],
  ['chlamydia', { message: 'sexual-health-sti-testing' }],
  // two or three letters
  ['fag', { topic: 'smoking' }],
  ['smo', { topic: 'smoking' }],
  ['deb', { topic: 'money' }],
  ['mou', { message: 'housing-damp-mould' }],
  ['sti', { message: 'sexual-health-sti-testing' }],
  // service names, also misspelt
  ['samaritans', { service: 'samaritans' }],
  ['samaratins', { service: 'samaritans' }],
  ['stepchange', { service: 'stepchange' }],
  ['step change', { service: 'stepchange' }],
  ['frank', { service: 'frank' }],
  ['good thinking', { service: 'good-thinking' }],
  ['shout', { service: 'shout' }],
  ['citizens advice', { service: 'citizens-advice' }],
  ['talking therapies', { service: 'nhs-talking-therapies' }],
  // the service people mean for a topic
  ['debt', { service: 'stepchange' }],
  ['stop smoking', { service: 'stop-smoking-london' }],
  ['quit smoking', { service: 'nhs-quit-smoking' }],
];

describe('search ranking on the real content', () => {
  it('has a table of at least 30 realistic queries', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)('"%s" puts the expected result first', (query, expected) => {
    const results = searchIndex(index, query, { borough: null });
    const topMessage = results.messages[0]?.record.id;
    const topService = results.services[0]?.record.id;
    if (expected.message) expect(topMessage).toBe(expected.message);
    if (expected.topic) expect(topicOf(topMessage)).toBe(expected.topic);
    if (expected.service) expect(topService).toBe(expected.service);
  });

  it('every expected id exists in the content', () => {
    for (const [, e] of TABLE) {
      if (e.message) expect(content.messages.some((m) => m.id === e.message), e.message).toBe(true);
      if (e.service) expect(content.services.some((s) => s.id === e.service), e.service).toBe(true);
      if (e.topic) expect(content.topics.some((t) => t.id === e.topic), e.topic).toBe(true);
    }
  });
});
