/**
 * The borough's own step on an urgent card (utils/urgent/urgent-local-steps.ts): a child at risk
 * in a borough whose children's services front door is listed gets it between 999 and the NSPCC;
 * anywhere else the card is as written.
 */
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import type { Service } from '../../../utils/content/content-schema';
import { localRoutesForTopic } from '../../../utils/content/local-coverage';
import { urgentLocalSteps, urgentSteps } from '../../../utils/urgent/urgent-local-steps';

const content = bundledContent();
const child = content.urgentRoutes.find((r) => r.id === 'child-at-risk')!;
const frontDoors = content.services.filter(
  (s) => Array.isArray(s.area) && s.topics.includes('child-at-risk') && s.timeSensitive === 'crisis',
);

describe("the urgent card's borough step", () => {
  it('is each listed front door, in its own borough, with its number and its source', () => {
    expect(child.local?.topic).toBe('child-at-risk');
    expect(frontDoors.length).toBeGreaterThan(0);
    for (const door of frontDoors) {
      const borough = (door.area as string[])[0]!;
      const steps = urgentLocalSteps(content, child, borough);
      expect(steps).toContainEqual({ text: `${child.local!.text} ${door.name}.`, phone: door.phone, source: door.source });
      // Between "call 999" and the rest.
      const all = urgentSteps(child, steps);
      expect(all[0]!.phone).toBe('999');
      expect(all.slice(1, 1 + steps.length)).toEqual(steps);
      expect(all.slice(1 + steps.length)).toEqual(child.steps.slice(1));
    }
  });

  it('is nothing without a borough, or in a borough with no front door listed', () => {
    const listed = new Set(frontDoors.flatMap((s) => s.area as string[]));
    const unlisted = content.areas.find((a) => !listed.has(a.id))!;
    expect(urgentLocalSteps(content, child, null)).toEqual([]);
    expect(urgentLocalSteps(content, child, unlisted.id)).toEqual([]);
  });

  it('takes only crisis services with a number, and only for a route that asks for one', () => {
    const door = frontDoors[0]!;
    const borough = (door.area as string[])[0]!;
    const without = (change: Partial<Service>) => urgentLocalSteps({ services: [{ ...door, ...change }] }, child, borough);
    expect(without({})).toHaveLength(1);
    expect(without({ timeSensitive: undefined })).toEqual([]);
    expect(without({ phone: undefined })).toEqual([]);
    expect(without({ topics: ['housing'] })).toEqual([]);
    const suicide = content.urgentRoutes.find((r) => r.id === 'suicide-self-harm')!;
    expect(urgentLocalSteps(content, suicide, borough)).toEqual([]);
  });

  it("is in the child-at-risk message under the borough's own services, found by topic and area, not listed in the message", () => {
    const message = content.messages.find((m) => m.id === child.message)!;
    const byId = new Map(content.services.map((s) => [s.id, s]));
    // With no borough chosen the message lists the national routes only, not every borough's front door.
    expect(message.services.map((id) => byId.get(id)!.area).every((a) => a === 'national' || a === 'london')).toBe(true);
    for (const door of frontDoors) {
      const borough = (door.area as string[])[0]!;
      expect(localRoutesForTopic(content, message.topic, borough)?.local.map((s) => s.id)).toContain(door.id);
    }
  });
});
