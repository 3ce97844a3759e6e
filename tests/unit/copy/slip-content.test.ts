import { describe, expect, it } from 'vitest';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { slipContent, slipContentVersion } from '../../../utils/copy/slip-content';
import { fixtureFiles } from '../../fixtures/content-fixture';

const content = mergeContentFiles(fixtureFiles().map((f) => f.data));

describe('slipContent', () => {
  it('gives the chosen services in the order chosen, and the message to say', () => {
    const slip = slipContent(content, { services: ['camden-quit', 'quit-line'], message: 'stop-smoking' });
    expect(slip.services.map((s) => s.id)).toEqual(['camden-quit', 'quit-line']);
    expect(slip.say).toEqual({ title: 'Stopping smoking', text: content.messages[0]!.say });
    expect(slip.topics).toEqual(['smoking']);
    expect(slip.problem).toBeUndefined();
  });

  it('leaves off what the content no longer has, and says so', () => {
    const slip = slipContent(content, { services: ['quit-line', 'withdrawn'], message: 'gone' });
    expect(slip.services.map((s) => s.id)).toEqual(['quit-line']);
    expect(slip.say).toBeUndefined();
    expect(slip.problem).toMatch(/^2 of the items chosen are no longer in the content/);
  });

  it('names the content version', () => {
    const info = { version: 12 };
    expect(slipContentVersion(info, '0.1.0')).toBe('Content version 12');
    expect(slipContentVersion(null, '0.1.0')).toBe('Built-in content, extension 0.1.0');
  });
});
