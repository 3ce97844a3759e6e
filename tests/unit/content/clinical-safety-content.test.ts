/**
 * Controls from the clinical hazard log (docs/clinical-safety.md) that live in the bundled
 * content itself: each test names the hazard it proves the control for. They read the
 * shipped content, so a later edit that removes a safety net fails here.
 */
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import type { Message } from '../../../utils/content/content-schema';

const content = bundledContent();
const message = (id: string): Message => {
  const m = content.messages.find((x) => x.id === id);
  if (!m) throw new Error(`no message "${id}" in the bundled content`);
  return m;
};
const spoken = (m: Message) => `${m.say} ${m.assist} ${m.act}`;

/** Words that describe a symptom someone has now, as opposed to an invitation to be screened. */
const SYMPTOM_WORDS = /\b(lumps?|bleeding|blood in|cough(ing)?|vomit(ing)?|mole|weight loss|bloating)\b/i;

describe('H-08: a symptom is never routed to screening, and urgent symptoms name 999 or A&E', () => {
  it('screening messages carry no symptom keywords: symptoms belong to the cancer-signs messages', () => {
    const screening = content.messages.filter((m) => m.topic === 'screening');
    expect(screening.length).toBeGreaterThan(0);
    for (const m of screening)
      expect(
        m.keywords.filter((k) => SYMPTOM_WORDS.test(k)),
        m.id,
      ).toEqual([]);
    expect(message('cancer-signs-see-a-gp').keywords).toEqual(expect.arrayContaining(['lump', 'coughing up blood', 'vomiting blood']));
  });

  it('both cancer-signs messages say when blood needs 999 or A&E, not only the GP', () => {
    for (const m of content.messages.filter((x) => x.topic === 'cancer-signs')) {
      expect(m.act, m.id).toMatch(/999/);
      expect(m.act, m.id).toMatch(/A&E/);
      expect(m.act, m.id).toMatch(/vomiting blood/i);
    }
  });
});

describe('H-10: a very high blood pressure reading has a same-day route', () => {
  it('names 180/120 with the GP the same day, and 999 for chest pain or stroke signs', () => {
    const m = message('blood-pressure-the-numbers');
    expect(m.act).toMatch(/180\/120 or higher: the GP surgery the same day/);
    expect(m.act).toMatch(/999 for chest pain or signs of a stroke/);
    expect(m.facts.some((f) => /180\/120/.test(f.text) && f.source.url.startsWith('https://www.nice.org.uk/'))).toBe(true);
  });
});

describe('H-09: every crisis-marked message names 999 where staff look for what to do', () => {
  it('holds for the whole bundled content (content:check enforces it for every feed)', () => {
    const crisis = content.messages.filter((m) => m.timeSensitive === 'crisis');
    expect(crisis.length).toBeGreaterThanOrEqual(13);
    for (const m of crisis) expect(m.act, m.id).toMatch(/(?<!\d)999(?!\d)/);
  });

  it('the gambling messages, one of which lacked it, now say it', () => {
    for (const m of content.messages.filter((x) => x.topic === 'gambling')) expect(spoken(m), m.id).toMatch(/call 999 or go to A&E/);
  });
});

describe('H-12: a route for men, LGBT+ people and under-19s', () => {
  it('the domestic abuse messages name Galop and Victim Support, not only the helpline for women', () => {
    const m = message('domestic-abuse-asking-safely');
    expect(m.act).toMatch(/Galop.*0800 999 5428/);
    expect(m.act).toMatch(/including men.*08 08 16 89 111/);
    expect(m.services).toEqual(expect.arrayContaining(['galop-lgbt-domestic-abuse-helpline', 'victim-support-supportline']));
  });

  it('the crisis message names Childline for under-19s and NHS 111 as option 2', () => {
    const m = message('wellbeing-crisis-suicidal');
    expect(m.act).toMatch(/Childline \(0800 1111\) for under-19s/);
    expect(spoken(m)).toMatch(/NHS 111, option 2/);
    expect(m.services).toContain('childline');
  });
});

describe('H-13: a risk-to-life situation has a crisis message that names 999 first', () => {
  it.each([
    ['blood-pressure-heart-attack-stroke', /^Call 999 now for chest pain/],
    ['wellbeing-psychosis', /^999 or A&E if anyone is at immediate risk\. NHS 111, option 2/],
    ['child-at-risk-worried-about-a-child', /^999 if a child is in immediate danger\./],
  ])('%s is crisis-marked and its act opens with the emergency route', (id, opening) => {
    const m = message(id);
    expect(m.timeSensitive).toBe('crisis');
    expect(m.act).toMatch(opening);
    expect(m.services).toContain('london-ambulance-999');
  });

  it('trouble sleeping is not a crisis message: "can\'t sleep" must not lead to the suicide script', () => {
    const m = message('wellbeing-sleep-problems');
    expect(m.timeSensitive).toBeUndefined();
    expect(m.keywords).not.toContain('suicide');
  });

  it('the child-at-risk topic routes to the NSPCC Helpline when nothing local is listed', () => {
    expect(content.topics.find((t) => t.id === 'child-at-risk')?.routes).toEqual(['nspcc-helpline']);
  });
});
