import { describe, expect, it } from 'vitest';
import { addMonths, formatProblem, validateContent } from '../../../utils/content/validate-content';
import { cloneFiles, FIXTURE_TODAY } from '../../fixtures/content-fixture';

type Files = ReturnType<typeof cloneFiles>;
// Tests reach into the fixture loosely on purpose: they break it in ways the types forbid.
const section = (files: Files, path: string) => files.find((f) => f.path === path)!.data as Record<string, any>;
const smoking = (f: Files) => section(f, 'content/messages/smoking.json').messages[0];
const services = (f: Files) => section(f, 'content/services/all.json').services;

function problemsFor(mutate: (files: Files) => void, today = FIXTURE_TODAY) {
  const files = cloneFiles();
  mutate(files);
  return validateContent(files, today).problems.map(formatProblem);
}

describe('validateContent', () => {
  it('accepts the valid fixture and merges every section', () => {
    const { bundle, problems } = validateContent(cloneFiles(), FIXTURE_TODAY);
    expect(problems).toEqual([]);
    expect(bundle.topics.map((t) => t.id)).toEqual(['alcohol', 'smoking']);
    expect(bundle.services).toHaveLength(2);
    expect(bundle.messages[0]!.id).toBe('stop-smoking');
  });

  it('rejects a duplicate id, naming both files', () => {
    const problems = problemsFor((files) => {
      files.push({ path: 'content/services/extra.json', data: { services: [services(files)[0]] } });
    });
    expect(problems).toEqual([
      'content/services/extra.json: service "quit-line": duplicate id (first defined in content/services/all.json)',
    ]);
  });

  it('rejects a duplicate synonym term', () => {
    const problems = problemsFor((files) => section(files, 'content/synonyms.json').synonyms.push({ term: 'fags', topics: ['alcohol'] }));
    expect(problems).toEqual(['content/synonyms.json: synonym "fags": duplicate id (first defined in content/synonyms.json)']);
  });

  it('accepts groups of words meaning the same, and refuses a word in two groups or a group that is not single words', () => {
    const withGroups = (groups: Array<{ words: string[] }>) =>
      problemsFor((files) => files.push({ path: 'content/equivalents.json', data: { equivalents: groups } }));
    expect(withGroups([{ words: ['wee', 'pee', 'urine'] }, { words: ['tummy', 'stomach'] }])).toEqual([]);
    expect(withGroups([{ words: ['wee', 'pee'] }, { words: ['pee', 'urine'] }])).toEqual([
      'content/equivalents.json: equivalent words "pee": is in two groups (first in content/equivalents.json): put it in one',
    ]);
    const bad = withGroups([{ words: ['blood in pee', 'haematuria'] }, { words: ['wee'] }]);
    expect(bad).toHaveLength(2);
    expect(bad[0]).toMatch(/equivalent words.*must be one lower-case word of 3 letters or more/);
    expect(bad[1]).toMatch(/equivalent words.*needs at least two words/);
  });

  it.each<[string, (f: Files) => void, string]>([
    [
      'a message topic',
      (f) => (smoking(f).topic = 'vaping'),
      'content/messages/smoking.json: message "stop-smoking": refers to unknown topic "vaping"',
    ],
    [
      'a message service',
      (f) => smoking(f).services.push('gone'),
      'content/messages/smoking.json: message "stop-smoking": refers to unknown service "gone"',
    ],
    [
      'a service area',
      (f) => (services(f)[1].area = ['hackney']),
      'content/services/all.json: service "camden-quit": refers to unknown area "hackney"',
    ],
    [
      'a service topic',
      (f) => (services(f)[0].topics = ['drugs']),
      'content/services/all.json: service "quit-line": refers to unknown topic "drugs"',
    ],
    [
      'an area ICB',
      (f) => (section(f, 'content/areas.json').areas[0].icb = 'nowhere'),
      'content/areas.json: area "camden": refers to unknown ICB "nowhere"',
    ],
    [
      'a synonym topic',
      (f) => (section(f, 'content/synonyms.json').synonyms[0].topics = ['vaping']),
      'content/synonyms.json: synonym "fags": refers to unknown topic "vaping"',
    ],
  ])('rejects a dangling reference: %s', (_name, mutate, expected) => {
    expect(problemsFor(mutate)).toEqual([expected]);
  });

  it('rejects a non-https service link, naming the field', () => {
    const problems = problemsFor((files) => (services(files)[0].url = 'http://quit.example.org/'));
    expect(problems).toEqual(['content/services/all.json: service "quit-line": url must be an https:// link']);
  });

  it('rejects a non-https source on a fact', () => {
    const problems = problemsFor((files) => (smoking(files).facts[0].source.url = 'http://example.org/'));
    expect(problems).toEqual(['content/messages/smoking.json: message "stop-smoking": facts.0.source.url must be an https:// link']);
  });

  it('rejects a message without sources', () => {
    const problems = problemsFor((files) => (smoking(files).sources = []));
    expect(problems).toEqual(['content/messages/smoking.json: message "stop-smoking": sources needs at least one source']);
  });

  it('rejects a service without a source', () => {
    const problems = problemsFor((files) => delete services(files)[1].source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/services\/all\.json: service "camden-quit": source /);
  });

  it('rejects a message whose reviewBy date has passed', () => {
    const problems = problemsFor(() => {}, '2027-11-02');
    expect(problems).toContain(
      'content/messages/smoking.json: message "stop-smoking": reviewBy 2027-11-01 has passed: review it against its source and set a new date',
    );
    expect(problems.every((p) => /has passed/.test(p))).toBe(true);
  });

  describe('crisis messages name 999', () => {
    const crisis = (act: string) => (f: Files) =>
      Object.assign(smoking(f), { timeSensitive: 'crisis', act, reviewBy: addMonths(smoking(f).reviewed, 6) });

    it('refuses a crisis message whose act has no 999 line', () => {
      expect(problemsFor(crisis('Samaritans (116 123) if they are struggling.'))).toEqual([
        'content/messages/smoking.json: message "stop-smoking": is marked crisis but its act has no 999 line: say "If someone\'s life is at immediate risk, call 999 or go to A&E"',
      ]);
    });

    it('does not take 999 inside a longer number for the emergency line', () => {
      expect(problemsFor(crisis('Call 01999 123456 or 9990 for advice.'))).toHaveLength(1);
    });

    it('accepts a crisis message that says to call 999, and leaves other messages alone', () => {
      expect(problemsFor(crisis("If someone's life is at immediate risk, call 999 or go to A&E."))).toEqual([]);
      expect(problemsFor((f) => (smoking(f).act = 'Point to the quit line.'))).toEqual([]);
    });
  });

  describe('source hosts', () => {
    it.each([
      ['Wikipedia', 'https://en.wikipedia.org/wiki/FRANK_(drugs)', 'en.wikipedia.org'],
      ['a web archive', 'https://web.archive.org/web/2017/https://www.citizensadvice.org.uk', 'web.archive.org'],
      ['a staging copy', 'https://cdn.staging.content.citizensadvice.org.uk/about', 'cdn.staging.content.citizensadvice.org.uk'],
      ['a test copy of a council site', 'https://test.camden.gov.uk/quit', 'test.camden.gov.uk'],
    ])('refuses a source on %s, wherever it is used', (_name, url, host) => {
      const problems = problemsFor((f) => {
        smoking(f).facts[0].source.url = url;
        smoking(f).keywordSources = [{ title: 'Where a keyword was found', url }];
        services(f)[1].source.url = url;
      });
      expect(problems).toEqual([
        `content/messages/smoking.json: message "stop-smoking": keywordSources.0 is on ${host}, which is not a source: use the organisation's own page, NHS.UK, GOV.UK or the council's`,
        `content/messages/smoking.json: message "stop-smoking": facts.0.source is on ${host}, which is not a source: use the organisation's own page, NHS.UK, GOV.UK or the council's`,
        `content/services/all.json: service "camden-quit": source is on ${host}, which is not a source: use the organisation's own page, NHS.UK, GOV.UK or the council's`,
      ]);
    });

    it('accepts official hosts that merely contain those words', () => {
      expect(
        problemsFor((f) => {
          smoking(f).sources[0].url = 'https://www.testvalley.gov.uk/stop-smoking';
          services(f)[0].source.url = 'https://www.nhs.uk/better-health/quit-smoking/';
        }),
      ).toEqual([]);
    });
  });

  describe('review periods', () => {
    it('refuses a reviewBy more than 12 months after the message was reviewed', () => {
      expect(
        problemsFor(
          (f) => (smoking(f).reviewBy = addMonths(smoking(f).reviewed, 12).replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0'))),
        ),
      ).toEqual([expect.stringMatching(/message "stop-smoking": reviewBy \S+ is too far from reviewed \S+: review within 12 months/)]);
    });

    it('allows exactly 12 months, and 6 for a time-sensitive message', () => {
      expect(problemsFor((f) => (smoking(f).reviewBy = addMonths(smoking(f).reviewed, 12)))).toEqual([]);
      expect(
        problemsFor((f) => Object.assign(smoking(f), { timeSensitive: 'seasonal', reviewBy: addMonths(smoking(f).reviewed, 6) })),
      ).toEqual([]);
    });

    it.each(['crisis', 'seasonal', 'amounts'])('refuses more than 6 months for a %s item', (kind) => {
      const problems = problemsFor((f) =>
        Object.assign(smoking(f), {
          timeSensitive: kind,
          act: 'Call 999 if life is at risk.',
          reviewBy: addMonths(smoking(f).reviewed, 7),
        }),
      );
      expect(problems).toEqual([expect.stringContaining(`a ${kind} item must be reviewed within 6 months`)]);
    });

    it('applies the same limits to a service, counted from when it was checked', () => {
      const problems = problemsFor((f) =>
        Object.assign(services(f)[0], { timeSensitive: 'crisis', checked: '2026-11-01', reviewBy: '2027-11-01' }),
      );
      expect(problems).toEqual([
        'content/services/all.json: service "quit-line": reviewBy 2027-11-01 is too far from checked 2026-11-01: a crisis item must be reviewed within 6 months (by 2027-05-01)',
      ]);
    });

    it('refuses a service with no reviewBy, or with a source that is not a real link', () => {
      const problems = problemsFor((f) => {
        delete services(f)[0].reviewBy;
        services(f)[1].source = { title: 'Camden', url: 'camden.gov.uk' };
      });
      expect(problems).toEqual([
        expect.stringMatching(/service "quit-line": reviewBy Invalid input/),
        expect.stringMatching(/service "camden-quit": source\.url Invalid URL/),
        expect.stringMatching(/service "camden-quit": source\.url must be an https:\/\/ link/),
      ]);
    });

    it('refuses a service with a phone number but no source', () => {
      const problems = problemsFor((f) => delete services(f)[0].source);
      expect(problems).toEqual([expect.stringMatching(/service "quit-line": source Invalid input/)]);
    });

    it('refuses a topic route that names no service, or a borough service', () => {
      const topics = (f: Files) => section(f, 'content/topics.json').topics;
      expect(problemsFor((f) => (topics(f)[0].routes = ['nowhere']))).toEqual([
        expect.stringMatching(/refers to unknown service "nowhere"/),
      ]);
      expect(problemsFor((f) => (topics(f)[0].routes = ['camden-quit']))).toEqual([
        expect.stringMatching(/route "camden-quit" is a borough service: a route must serve everyone/),
      ]);
    });

    it('refuses a source page date that is not a date', () => {
      expect(problemsFor((f) => (services(f)[0].source.updated = 'last spring'))).toEqual([
        expect.stringMatching(/service "quit-line": source\.updated must be YYYY, YYYY-MM or YYYY-MM-DD/),
      ]);
    });

    it('adds months on the calendar, clamping to the end of a short month', () => {
      expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
      expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
      expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
    });
  });

  it('accepts a reviewBy date of today', () => {
    expect(problemsFor(() => {}, '2027-11-01')).toEqual([]);
  });

  it('rejects a file that is not JSON', () => {
    const files = [...cloneFiles(), { path: 'content/broken.json', data: undefined, parseError: 'Unexpected token' }];
    expect(validateContent(files, FIXTURE_TODAY).problems.map(formatProblem)).toEqual([
      'content/broken.json: file: is not valid JSON: Unexpected token',
    ]);
  });

  it('rejects an unknown section so a typo is not silently ignored', () => {
    const problems = problemsFor((files) => files.push({ path: 'content/x.json', data: { service: [] } as never }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/x\.json: file: .*service/);
  });

  it('rejects a malformed id', () => {
    const problems = problemsFor((files) => (section(files, 'content/topics.json').topics[0].id = 'Alcohol Use'));
    expect(problems).toEqual(['content/topics.json: topic "Alcohol Use": id must be lower-case words joined by hyphens']);
  });
});

describe('the link a person is given', () => {
  const quitLine = (f: Files) => services(f)[0];

  it('refuses a link that looks like a news story, naming the pattern and the ways out', () => {
    const problems = problemsFor((f) => (quitLine(f).url = 'https://www.example.gov.uk/news/article/12/new-service'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/service "quit-line": url .* looks like a news story or press release, rarely a public entry point/);
    expect(problems[0]).toMatch(/urlException/);
  });

  it('accepts such a link with a reasoned exception', () => {
    const problems = problemsFor((f) => {
      quitLine(f).url = 'https://www.example.gov.uk/news/article/12/new-service';
      quitLine(f).urlException = 'The council publishes the service only as this article, which says how to refer yourself.';
    });
    expect(problems).toEqual([]);
  });

  it('refuses an exception with no reason worth the name', () => {
    const problems = problemsFor((f) => {
      quitLine(f).url = 'https://www.cqc.org.uk/location/1-234/reports';
      quitLine(f).urlException = 'ok';
    });
    expect(problems).toEqual(['content/services/all.json: service "quit-line": urlException must give the reason in a sentence']);
  });

  it('refuses an exception on a link that needs none, so stale exceptions do not pile up', () => {
    const problems = problemsFor((f) => (quitLine(f).urlException = 'Kept for a reason that no longer applies to this link.'));
    expect(problems).toEqual([
      'content/services/all.json: service "quit-line": urlException is set but the url does not look like a non-public page: remove it',
    ]);
  });

  it('accepts a service with no link when it has a phone number', () => {
    const problems = problemsFor((f) => delete quitLine(f).url);
    expect(problems).toEqual([]);
  });

  it('refuses a service with no link and no phone, text or email: the card would give no way in', () => {
    const problems = problemsFor((f) => {
      delete quitLine(f).url;
      delete quitLine(f).phone;
    });
    expect(problems).toEqual([
      'content/services/all.json: service "quit-line": has no url, phone, text or email: the card would give no way to get help',
    ]);
  });
});

describe('honest checked dates', () => {
  it('refuses a checked date in the future', () => {
    const problems = problemsFor((f) => {
      services(f)[0].checked = '2026-11-23';
      services(f)[0].reviewBy = '2027-11-01';
    });
    expect(problems).toEqual([
      'content/services/all.json: service "quit-line": checked 2026-11-23 is in the future: it is the day the item was compared with its source',
    ]);
  });

  it('refuses a checked date before the source page says it was written, at the page date’s own precision', () => {
    const early = problemsFor((f) => (services(f)[0].source.updated = '2026-12'));
    expect(early).toEqual([
      'content/services/all.json: service "quit-line": checked 2026-11-01 is before the source\'s own date 2026-12: it cannot have been compared with that page',
    ]);
    expect(problemsFor((f) => (services(f)[0].source.updated = '2026-11'))).toEqual([]);
  });
});
