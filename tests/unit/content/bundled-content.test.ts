import { describe, expect, it } from 'vitest';
import { bundledContent, BUNDLED_CONTENT_FILES } from '../../../utils/content/bundled-content';
import { validateContent } from '../../../utils/content/validate-content';
import { todayIso } from '../../../utils/content/today';
import { listContentFiles } from '../../../scripts/lib/read-content-dir';

describe('the embedded default content', () => {
  const content = bundledContent();

  it('embeds every file in content/ (and not the schema)', () => {
    expect(BUNDLED_CONTENT_FILES.map((f) => f.path)).toEqual(listContentFiles('content'));
  });

  it('passes the same validation as content:check', () => {
    expect(validateContent([...BUNDLED_CONTENT_FILES], todayIso()).problems).toEqual([]);
  });

  it('meets the programme minimums', () => {
    expect(content.topics.length).toBeGreaterThanOrEqual(12);
    expect(content.messages.length).toBeGreaterThanOrEqual(40);
    expect(content.services.filter((s) => s.area === 'national').length).toBeGreaterThanOrEqual(15);
    expect(content.services.filter((s) => s.area === 'london').length).toBeGreaterThanOrEqual(8);
    expect(content.synonyms.length).toBeGreaterThanOrEqual(100);
  });

  it('covers the big five and lists all 33 London local authority areas, each with an ICB', () => {
    for (const id of ['smoking', 'alcohol', 'physical-activity', 'healthy-eating', 'mental-wellbeing']) {
      expect(content.messages.some((m) => m.topic === id), id).toBe(true);
    }
    expect(content.areas).toHaveLength(33);
    expect(content.areas.map((a) => a.id)).toContain('city-of-london');
    const icbs = new Set(content.icbs.map((i) => i.id));
    for (const area of content.areas) expect(icbs.has(area.icb), area.id).toBe(true);
  });

  it('gives every message a source and every service a source and a checked date', () => {
    for (const m of content.messages) expect(m.sources.length, m.id).toBeGreaterThan(0);
    for (const s of content.services) {
      expect(s.source.url, s.id).toMatch(/^https:\/\//);
      expect(s.checked, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('tells people in crisis to call 999 in every crisis message', () => {
    const crisis = content.messages.filter((m) => /crisis|suicid|overdose|unwell after/i.test(m.title));
    expect(crisis.length).toBeGreaterThan(0);
    for (const m of crisis) expect(`${m.say} ${m.act}`, m.id).toMatch(/999/);
  });
});
