import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../utils/feed/base64';
import { PAYLOAD_TYPE } from '../../../utils/feed/feed-constants';
import { computeKeyId, decodePublicKey, importTrustedKeys } from '../../../utils/feed/trusted-keys';
import { verifyEnvelope, type VerifyResult } from '../../../utils/feed/verify-envelope';
import { signEnvelope } from '../../../scripts/lib/feed-sign';
import { bytesOf, envelopeFor, newKey, payloadObject, text } from './feed-test-kit';

const [alice, bob, mallory] = await Promise.all([newKey(), newKey(), newKey()]);
const payload = payloadObject();

function errorCode(result: VerifyResult) {
  return result.ok ? 'ok' : result.error.code;
}

describe('trusted keys', () => {
  it('computes the keyid as hex SHA-256 of the raw public key', async () => {
    const raw = decodePublicKey(alice.trusted.publicKey);
    const { createHash } = await import('node:crypto');
    expect(await computeKeyId(raw)).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(alice.trusted.keyid).toMatch(/^[0-9a-f]{64}$/);
  });

  it('drops a key whose stated keyid is not its own, and de-duplicates the same key', async () => {
    const { keys, problems } = await importTrustedKeys([
      alice.trusted,
      { ...alice.trusted },
      { keyid: bob.trusted.keyid, publicKey: mallory.trusted.publicKey },
      { keyid: 'x', publicKey: 'AAAA' },
    ]);
    expect(keys.map((k) => k.keyid)).toEqual([alice.trusted.keyid]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/does not match its public key/);
    expect(problems[1]).toMatch(/32 bytes, not 3/);
  });
});

describe('verifyEnvelope', () => {
  it('accepts a valid envelope and returns the payload unparsed', async () => {
    const result = await verifyEnvelope(text(await envelopeFor(payload, [alice])), {
      trustedKeys: [alice.trusted, bob.trusted],
      threshold: 1,
    });
    expect(result).toMatchObject({ ok: true, keyids: [alice.trusted.keyid] });
    if (!result.ok) throw new Error('unreachable');
    expect(result.payloadText).toBe(JSON.stringify(payload));
    expect([...result.payload]).toEqual([...bytesOf(payload)]);
  });

  it('accepts a URL-safe base64 envelope (DSSE: verifiers must accept either)', async () => {
    const env = await envelopeFor(payload, [alice]);
    const urlSafe = (s: string) => encodeBase64(decodeBase64(s), { urlSafe: true });
    env.payload = urlSafe(env.payload);
    env.signatures[0]!.sig = urlSafe(env.signatures[0]!.sig);
    const result = await verifyEnvelope(text(env), { trustedKeys: [alice.trusted], threshold: 1 });
    expect(errorCode(result)).toBe('ok');
  });

  it('ignores unknown envelope fields', async () => {
    const env = { ...(await envelopeFor(payload, [alice])), comment: 'hi' };
    expect(errorCode(await verifyEnvelope(text(env), { trustedKeys: [alice.trusted], threshold: 1 }))).toBe('ok');
  });

  it('refuses a payload with one flipped byte', async () => {
    const env = await envelopeFor(payload, [alice]);
    const bytes = decodeBase64(env.payload);
    bytes[40] = bytes[40]! ^ 0x01;
    env.payload = encodeBase64(bytes);
    const result = await verifyEnvelope(text(env), { trustedKeys: [alice.trusted], threshold: 1 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-signature', detail: expect.stringMatching(/changed after signing/) },
    });
  });

  it('refuses a signature by an untrusted key', async () => {
    const result = await verifyEnvelope(text(await envelopeFor(payload, [mallory])), {
      trustedKeys: [alice.trusted],
      threshold: 1,
    });
    expect(errorCode(result)).toBe('untrusted-key');
    expect(!result.ok && result.error.detail).toContain(mallory.trusted.keyid.slice(0, 16));
  });

  it('refuses an untrusted key that claims a trusted keyid', async () => {
    const env = await envelopeFor(payload, [mallory]);
    env.signatures[0]!.keyid = alice.trusted.keyid;
    const result = await verifyEnvelope(text(env), { trustedKeys: [alice.trusted], threshold: 1 });
    expect(errorCode(result)).toBe('bad-signature');
  });

  it('refuses when fewer distinct trusted keys signed than the threshold', async () => {
    const result = await verifyEnvelope(text(await envelopeFor(payload, [alice, mallory])), {
      trustedKeys: [alice.trusted, bob.trusted],
      threshold: 2,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'below-threshold', detail: 'the feed is signed by 1 trusted key(s) but 2 are required' },
    });
  });

  it('accepts two distinct trusted keys for threshold 2', async () => {
    const result = await verifyEnvelope(text(await envelopeFor(payload, [alice, bob])), {
      trustedKeys: [alice.trusted, bob.trusted],
      threshold: 2,
    });
    expect(result.ok && [...result.keyids].sort()).toEqual([alice.trusted.keyid, bob.trusted.keyid].sort());
  });

  it('counts the same key once, however often it signs', async () => {
    const env = await envelopeFor(payload, [alice, alice]);
    expect(env.signatures).toHaveLength(2);
    // Even with one keyid hint changed to another trusted key, it is still one key.
    env.signatures[1]!.keyid = bob.trusted.keyid;
    const result = await verifyEnvelope(text(env), { trustedKeys: [alice.trusted, bob.trusted], threshold: 2 });
    expect(errorCode(result)).toBe('below-threshold');
  });

  it('counts a key listed twice in the trusted keys once', async () => {
    const result = await verifyEnvelope(text(await envelopeFor(payload, [alice, alice])), {
      trustedKeys: [alice.trusted, { ...alice.trusted, keyid: alice.trusted.keyid.toUpperCase() }],
      threshold: 2,
    });
    expect(errorCode(result)).toBe('below-threshold');
  });

  it('finds the right key when the keyid hint lies or is missing', async () => {
    const env = await envelopeFor(payload, [alice, bob]);
    env.signatures[0]!.keyid = bob.trusted.keyid; // alice's signature, labelled bob
    delete (env.signatures[1] as { keyid?: string }).keyid; // bob's, unlabelled
    const result = await verifyEnvelope(text(env), { trustedKeys: [alice.trusted, bob.trusted], threshold: 2 });
    expect(result.ok && [...result.keyids].sort()).toEqual([alice.trusted.keyid, bob.trusted.keyid].sort());
  });

  it.each([0, -3, Number.NaN])('treats threshold %s as 1 (verification cannot be switched off)', async (threshold) => {
    const unsigned = { ...(await envelopeFor(payload, [alice])), signatures: [] };
    const result = await verifyEnvelope(text(unsigned), { trustedKeys: [alice.trusted], threshold });
    expect(errorCode(result)).toBe('below-threshold');
    const signed = await verifyEnvelope(text(await envelopeFor(payload, [alice])), { trustedKeys: [alice.trusted], threshold });
    expect(errorCode(signed)).toBe('ok');
  });

  it('refuses everything when no trusted key is configured', async () => {
    const result = await verifyEnvelope(text(await envelopeFor(payload, [alice])), { trustedKeys: [], threshold: 1 });
    expect(errorCode(result)).toBe('no-trusted-keys');
  });

  it('refuses an oversized envelope before parsing it', async () => {
    const big = '{' + ' '.repeat(3 * 1024 * 1024) + '}';
    const result = await verifyEnvelope(big, { trustedKeys: [alice.trusted], threshold: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', detail: 'the feed is over the 2097152-byte size limit' } });
    // The cap counts UTF-8 bytes: 400 three-byte characters are 1200 bytes, not 400.
    const wide = await verifyEnvelope(JSON.stringify({ x: '€'.repeat(400) }), {
      trustedKeys: [alice.trusted],
      threshold: 1,
      maxBytes: 1000,
    });
    expect(!wide.ok && wide.error).toMatchObject({ code: 'too-large', detail: 'the feed is 1208 bytes, over the 1000-byte size limit' });
  });

  it.each([
    ['not JSON', '{"payload": ', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['no payload', JSON.stringify({ payloadType: PAYLOAD_TYPE, signatures: [] }), /no "payload"/],
    ['no payloadType', JSON.stringify({ payload: '', signatures: [] }), /no "payloadType"/],
    ['no signatures', JSON.stringify({ payload: '', payloadType: PAYLOAD_TYPE }), /no "signatures"/],
    [
      'a signature without sig',
      JSON.stringify({ payload: '', payloadType: PAYLOAD_TYPE, signatures: [{ keyid: 'a' }] }),
      /#1 has no "sig"/,
    ],
    ['a payload that is not base64', JSON.stringify({ payload: 'a*b', payloadType: PAYLOAD_TYPE, signatures: [] }), /not base64/],
    [
      'too many signatures',
      JSON.stringify({ payload: '', payloadType: PAYLOAD_TYPE, signatures: Array(17).fill({ sig: '' }) }),
      /17 signatures/,
    ],
  ])('refuses a malformed envelope: %s', async (_, input, message) => {
    const result = await verifyEnvelope(input, { trustedKeys: [alice.trusted], threshold: 1 });
    expect(errorCode(result)).toBe('malformed-envelope');
    expect(!result.ok && result.error.detail).toMatch(message);
  });

  it('refuses a signed payload that is not UTF-8', async () => {
    const signed = await signEnvelope(new Uint8Array([0x7b, 0xff, 0x7d]), [alice.privateKey]);
    const result = await verifyEnvelope(text(signed), { trustedKeys: [alice.trusted], threshold: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'malformed-payload', detail: 'the signed payload is not UTF-8 text' } });
  });

  it('refuses a wrong payload type, even when validly signed for it', async () => {
    const env = await envelopeFor(payload, [alice], 'application/json');
    const result = await verifyEnvelope(text(env), { trustedKeys: [alice.trusted], threshold: 1 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'wrong-payload-type', detail: `the envelope's payloadType (16 characters) is not ${PAYLOAD_TYPE}` },
    });
  });

  it('refuses a payload type swapped after signing (PAE binds the type)', async () => {
    const env = await envelopeFor(payload, [alice], 'application/vnd.mecc.feed.v0+json');
    env.payloadType = PAYLOAD_TYPE;
    const result = await verifyEnvelope(text(env), { trustedKeys: [alice.trusted], threshold: 1 });
    expect(errorCode(result)).toBe('bad-signature');
  });
});
