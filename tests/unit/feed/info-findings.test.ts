/** The security review's info findings that were fixed rather than documented (I2, I3). */
import { describe, expect, it } from 'vitest';
import { checkFeedPayload } from '../../../utils/feed/check-payload';
import { findDuplicateKey } from '../../../utils/feed/duplicate-keys';
import { isSafeUrl } from '../../../utils/feed/safe-url';
import { verifyFeed } from '../../../utils/feed/verify-feed';
import { bytesOf, FEED, newKey, NOW, payloadObject } from './feed-test-kit';
import { signEnvelope } from '../../../scripts/lib/feed-sign';

describe('info findings', () => {
  it('I2: a signed payload with a duplicated key (two version or phone values) is refused by verify', async () => {
    const key = await newKey();
    const good = JSON.stringify(payloadObject({ version: 5 }));
    for (const text of [
      good.replace('"version":5', '"version":5,"version":6'),
      good.replace('"phone":"0300 000 0000"', '"phone":"0300 000 0000","phone":"0900 666 6666"'),
    ]) {
      expect(text).not.toBe(good);
      const envelope = JSON.stringify(await signEnvelope(bytesOf(text), [key.privateKey]));
      const result = await verifyFeed(envelope, { trustedKeys: [key.trusted], threshold: 1, feedName: FEED, now: NOW, stored: null });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'malformed-payload', detail: expect.stringMatching(/twice in one object/) },
      });
    }
    expect((await checkFeedPayload(good, bytesOf(good), { feedName: FEED, now: NOW })).ok).toBe(true);
  });

  it('I2: the duplicate-key scanner reads strings, escapes and nesting correctly', () => {
    expect(findDuplicateKey('{"a":1,"b":{"a":2},"c":[{"a":1},{"a":2}]}')).toBeNull();
    expect(findDuplicateKey('{"a":"x\\"y","b":"}","a":3}')).toBe('a');
    expect(findDuplicateKey('{"k":[1,2],"x":{"y":1,"y":2}}')).toBe('y');
    expect(findDuplicateKey('{"\\u0061":1,"a":2}')).toBe('a');
  });

  it('I3: isSafeUrl parses like the browser: no user info, no impossible port, loopback http only', () => {
    for (const bad of [
      'https://user:pw@example.org/',
      'https://localhost@evil.example/',
      'https://nhs.uk:99999/',
      'http://example.org/',
      'http://127.0.0.1.evil.example/',
      'https://ex ample.org/',
      'https://evil.example\\@nhs.uk/',
      'javascript:alert(1)',
    ]) {
      expect(isSafeUrl(bad), bad).toBe(false);
    }
    for (const good of [
      'https://example.org/mecc/feed.json',
      'http://127.0.0.1:8765/feed.json',
      'http://localhost:3000/x',
      'https://169.254.169.254/',
    ]) {
      expect(isSafeUrl(good), good).toBe(true);
    }
  });
});
