import { describe, expect, it } from 'vitest';
import { checkFeedPayload, type CheckPayloadOptions, type CheckPayloadResult } from '../../../utils/feed/check-payload';
import { sha256Hex } from '../../../utils/feed/trusted-keys';
import { verifyFeed } from '../../../utils/feed/verify-feed';
import { bytesOf, envelopeFor, FEED, fixtureContent, newKey, NOW, payloadObject, text } from './feed-test-kit';

async function check(payload: unknown, opts: Partial<CheckPayloadOptions> = {}): Promise<CheckPayloadResult> {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return checkFeedPayload(body, bytesOf(body), { feedName: FEED, now: NOW, ...opts });
}
const codeOf = (r: CheckPayloadResult) => (r.ok ? 'ok' : r.error.code);
const messageOf = (r: CheckPayloadResult) => (r.ok ? '' : r.error.detail);

describe('checkFeedPayload', () => {
  it('accepts a valid payload and returns the parsed feed and the sha256 of its bytes', async () => {
    const p = payloadObject();
    const result = await check(p);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.unchanged).toBe(false);
    expect(result.sha256).toBe(await sha256Hex(bytesOf(p)));
    expect(result.feed).toMatchObject({ feed: FEED, version: 5, issued: p.issued, expires: p.expires });
    expect(result.feed.content.messages.map((m) => m.id)).toEqual(['stop-smoking']);
  });

  it('refuses a payload that is not JSON', async () => {
    const result = await check('{"feed": "pan-london",');
    expect(codeOf(result)).toBe('malformed-payload');
    expect(messageOf(result)).toMatch(/^the signed payload is not valid JSON/);
  });

  it.each([
    ['a missing version', { version: undefined }, /version/],
    ['a fractional version', { version: 1.5 }, /version/],
    ['a zero version', { version: 0 }, /version/],
    ['a date that is not ISO', { expires: 'next week' }, /expires/],
    ['content that is not an object', { content: [] }, /content/],
    ['an unknown field', { expire: '2027-01-01T00:00:00Z' }, /expire/],
  ])('refuses a payload with %s', async (_, override, message) => {
    const result = await check(payloadObject(override));
    expect(codeOf(result)).toBe('malformed-payload');
    expect(messageOf(result)).toMatch(message);
  });

  it('refuses "hide" outside an overlay feed', async () => {
    expect(messageOf(await check(payloadObject({ hide: ['quit-line'] })))).toMatch(/only an overlay feed/);
  });

  it('refuses a feed signed for another name', async () => {
    const result = await check(payloadObject({ feed: 'camden' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-feed', detail: 'the feed is named "camden", expected "pan-london"' } });
  });

  it('accepts any name when feedName is null (publisher verify without --feed)', async () => {
    expect(codeOf(await check(payloadObject({ feed: 'camden' }), { feedName: null }))).toBe('ok');
  });

  it('refuses a rollback to a lower version', async () => {
    const result = await check(payloadObject({ version: 4 }), { stored: { version: 5, sha256: 'x' } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'rollback', detail: 'feed version 4 is older than version 5 already in use' },
    });
  });

  it('refuses equivocation: the same version with different bytes', async () => {
    const stored = { version: 5, sha256: await sha256Hex(bytesOf(payloadObject())) };
    const result = await check(payloadObject({ issued: '2026-11-22T07:00:00Z' }), { stored });
    expect(codeOf(result)).toBe('equivocation');
  });

  it('accepts the same version with the same bytes as unchanged', async () => {
    const stored = { version: 5, sha256: await sha256Hex(bytesOf(payloadObject())) };
    const result = await check(payloadObject(), { stored });
    expect(result.ok && result.unchanged).toBe(true);
  });

  it('accepts a newer version', async () => {
    const result = await check(payloadObject({ version: 6 }), { stored: { version: 5, sha256: 'x' } });
    expect(result.ok && result.unchanged).toBe(false);
  });

  it('refuses a version below --min-version', async () => {
    const result = await check(payloadObject(), { minVersion: 6 });
    expect(result).toMatchObject({ ok: false, error: { code: 'rollback', detail: 'feed version 5 is older than the minimum version 6' } });
    expect(codeOf(await check(payloadObject(), { minVersion: 5 }))).toBe('ok');
  });

  it('refuses an expired feed, including at the very instant it expires', async () => {
    expect(codeOf(await check(payloadObject({ expires: '2026-11-22T11:59:59Z' })))).toBe('expired');
    expect(codeOf(await check(payloadObject({ expires: NOW.toISOString() })))).toBe('expired');
    expect(codeOf(await check(payloadObject({ expires: '2026-11-22T12:00:01Z' })))).toBe('ok');
  });

  it('refuses a feed issued far in the future, but allows a little clock skew', async () => {
    const far = await check(payloadObject({ issued: '2026-11-25T12:00:00Z' }));
    expect(codeOf(far)).toBe('issued-in-future');
    expect(messageOf(far)).toContain('2026-11-25T12:00:00Z');
    expect(codeOf(await check(payloadObject({ issued: '2026-11-22T20:00:00Z' })))).toBe('ok');
  });

  it('refuses a feed that expires before it was issued', async () => {
    const result = await check(payloadObject({ issued: '2026-12-01T00:00:00Z', expires: '2026-11-30T00:00:00Z' }));
    expect(messageOf(result)).toMatch(/expires .* before it was issued/);
  });

  it('refuses schema-invalid content with the problems, under the path "feed"', async () => {
    const content = fixtureContent();
    content.services[0]!.url = 'http://insecure.example.org/';
    content.messages[0]!.services.push('no-such-service');
    const result = await check(payloadObject({ content }));
    expect(codeOf(result)).toBe('invalid-content');
    expect(messageOf(result)).toBe(
      'the feed content is invalid: feed: service "quit-line": url must be an https:// link; ' +
        'feed: message "stop-smoking": refers to unknown service "no-such-service"',
    );
  });

  it('lists at most three content problems and counts the rest', async () => {
    const content = fixtureContent() as unknown as { topics: Array<Record<string, unknown>> };
    for (let i = 0; i < 5; i++) content.topics.push({ id: `Bad ${i}` });
    expect(messageOf(await check(payloadObject({ content })))).toMatch(/; feed: topic "Bad 0": .*\(and \d+ more\)$/);
  });

  it('applies the reviewBy rule on the day it is checked', async () => {
    const later = new Date('2027-11-02T12:00:00Z');
    const result = await check(payloadObject({ issued: '2027-11-01T00:00:00Z', expires: '2027-12-01T00:00:00Z' }), { now: later });
    expect(messageOf(result)).toMatch(/reviewBy 2027-11-01 has passed/);
  });

  it('script and HTML in text fields are kept as inert text (nothing is interpreted)', async () => {
    const content = fixtureContent();
    content.messages[0]!.say = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = await check(payloadObject({ content }));
    expect(result.ok && result.feed.content.messages[0]!.say).toBe(content.messages[0]!.say);
  });
});

describe('verifyFeed (envelope then payload, as the extension and the CLI run it)', () => {
  it('runs both stages', async () => {
    const key = await newKey();
    const env = text(await envelopeFor(payloadObject(), [key]));
    const base = { trustedKeys: [key.trusted], threshold: 1, feedName: FEED, now: NOW };
    expect(await verifyFeed(env, base)).toMatchObject({ ok: true, keyids: [key.trusted.keyid], feed: { version: 5 } });
    expect(await verifyFeed(env, { ...base, feedName: 'camden' })).toMatchObject({ ok: false, error: { code: 'wrong-feed' } });
    expect(await verifyFeed(env, { ...base, trustedKeys: [(await newKey()).trusted] })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-key' },
    });
  });

  it('never parses a payload whose signature fails', async () => {
    const key = await newKey();
    const env = await envelopeFor('{not json', [key]);
    env.signatures[0]!.sig = env.signatures[0]!.sig.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const result = await verifyFeed(text(env), { trustedKeys: [key.trusted], threshold: 1, feedName: FEED, now: NOW });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-signature' } });
  });
});
