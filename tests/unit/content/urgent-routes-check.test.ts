/**
 * content:check and the feed on urgent routes (content's urgentRoutes): every route offers
 * 999, its patterns can be read, its crisis message exists and is crisis-marked, and only
 * the main feed may carry routes or their word lists.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../../utils/content/validate-content';
import { validateFeedContent } from '../../../utils/feed/validate-feed-content';
import { cloneFiles, FIXTURE_TODAY } from '../../fixtures/content-fixture';

const source = { title: 'NHS: When to call 999', url: 'https://www.nhs.uk/' };
const route = () => ({
  id: 'risk-to-life',
  title: 'Risk to life',
  steps: [{ text: 'Call 999 now.', phone: '999', source }],
  message: 'stop-smoking',
  patterns: ['kill* @self', 'suicid*'],
  unless: ['killing time'],
  reviewed: '2026-11-20',
  reviewBy: '2027-05-20',
});

// Loose on purpose: the tests break the file in ways the types forbid.
function problemsFor(mutate: (r: Record<string, any>, words: Array<Record<string, any>>) => void, crisis = true) {
  const files = cloneFiles();
  const smoking = (files.find((f) => f.path === 'content/messages/smoking.json')!.data as Record<string, any>).messages[0];
  if (crisis) {
    smoking.timeSensitive = 'crisis';
    smoking.reviewBy = '2027-05-01';
    smoking.act = `${smoking.act} If their life is at risk, call 999.`;
  }
  const r: Record<string, any> = route();
  const words: Array<Record<string, any>> = [{ id: 'self', words: ['myself', 'himself'] }];
  mutate(r, words);
  files.push({ path: 'content/urgent-routes.json', data: { urgentRoutes: [r], urgentWords: words } as never });
  return validateContent(files, FIXTURE_TODAY).problems.map(formatProblem);
}

const file = 'content/urgent-routes.json: urgent route "risk-to-life"';

describe('content:check on urgent routes', () => {
  it('accepts a route that offers 999, reads its patterns and shows a crisis message', () => {
    expect(problemsFor(() => {})).toEqual([]);
  });

  it.each<[string, (r: Record<string, any>, w: Array<Record<string, any>>) => void, string]>([
    ['no 999 step', (r) => (r.steps = [{ text: 'Call Samaritans.', phone: '116 123', source }]), `${file}: needs a step with phone "999"`],
    ['an unknown word list', (r) => r.patterns.push('hurt* @others'), `${file}: patterns: "hurt* @others" "@others" names no word list`],
    ['a stem too short to mean anything', (r) => r.patterns.push('ki*'), `${file}: patterns: "ki*" "ki*": a stem needs at least 3 letters`],
    [
      'an empty alternative',
      (r) => (r.unless = ['killing|| time']),
      `${file}: unless: "killing|| time" "killing||" has an empty alternative`,
    ],
    [
      'two words in one alternative',
      (r, w) => w[0]!.words.push('my self'),
      `${file}: patterns: "kill* @self" "my self" is more than one word`,
    ],
    ['an unknown message', (r) => (r.message = 'gone'), `${file}: refers to unknown message "gone"`],
    ['a review date too far for a crisis item', (r) => (r.reviewBy = '2027-11-20'), `${file}: reviewBy 2027-11-20 is too far`],
    ['a phone that is not one number', (r) => (r.steps[0].phone = '999 or 112'), `${file}: steps.0.phone must be one phone number`],
    ['no patterns', (r) => (r.patterns = []), `${file}: patterns needs at least one pattern`],
    [
      'a borough step for a topic the content lacks',
      (r) => (r.local = { topic: 'gone', text: 'Call' }),
      `${file}: local: refers to unknown topic "gone"`,
    ],
  ])('refuses %s', (_, mutate, expected) => {
    const problems = problemsFor(mutate);
    expect(
      problems.some((p) => p.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('refuses a message below the card that is not a crisis message', () => {
    expect(problemsFor(() => {}, false)).toEqual([`${file}: message "stop-smoking" is not a crisis message (timeSensitive "crisis")`]);
  });

  it('refuses urgent routes and word lists in a local overlay: only the main feed sets them', () => {
    const main = validateContent(cloneFiles(), FIXTURE_TODAY).bundle;
    for (const data of [{ urgentRoutes: [route()] }, { urgentWords: [{ id: 'self', words: ['myself'] }] }]) {
      const result = validateFeedContent([{ path: 'overlay', data }], FIXTURE_TODAY, main);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.problem).toMatch(/an overlay feed may not carry urgent/);
    }
  });
});
