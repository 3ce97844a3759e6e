/**
 * Which keys may ever verify a feed: small-order and non-canonical Ed25519 keys are refused
 * wherever they come from (review M2), a forged identity signature never verifies, and
 * policy can revoke any key, shipped ones included (review L11).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../utils/feed/base64';
import * as shipped from '../../../utils/feed/shipped-keys';
import { importTrustedKeys, MAX_TRUSTED_KEYS, type TrustedKey } from '../../../utils/feed/trusted-keys';
import { verifyEnvelope } from '../../../utils/feed/verify-envelope';
import { resolveFeedSettings } from '../../../utils/settings/feed-settings';
import { resolveSettings } from '../../../utils/settings/resolve-settings';
import { PAYLOAD_TYPE } from '../../../utils/feed/feed-constants';
import { bytesOf, envelopeFor, newKey, payloadObject, text } from './feed-test-kit';
import { createHash } from 'node:crypto';

const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
const keyOf = (raw: Uint8Array): TrustedKey => ({
  keyid: createHash('sha256').update(raw).digest('hex'),
  publicKey: encodeBase64(raw),
});
const ff = 'ff'.repeat(30);
/** The 8 small-order points (both signs of x where x ≠ 0), and non-canonical y ≥ p encodings. */
const SMALL_ORDER = [
  `01${'00'.repeat(31)}`, // identity
  `ec${ff}7f`, // (0, -1), order 2
  `${'00'.repeat(32)}`, // y = 0, order 4
  `${'00'.repeat(31)}80`,
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
];
const NON_CANONICAL = [`ed${ff}7f`, `ee${ff}7f`, `ee${ff}ff`, `ff${ff}7f`, `01${'00'.repeat(30)}80`];

/** An envelope "signed" with R = identity, S = 0: with a small-order key it verifies any payload. */
function forgedEnvelope() {
  const sig = new Uint8Array(64);
  sig[0] = 1;
  return text({
    payloadType: PAYLOAD_TYPE,
    payload: encodeBase64(bytesOf(payloadObject())),
    signatures: [{ keyid: '', sig: encodeBase64(sig) }],
  });
}

afterEach(() => vi.restoreAllMocks());

describe('trusted keys', () => {
  it('M2: refuses the identity key and every other small-order or non-canonical encoding', async () => {
    for (const h of [...SMALL_ORDER, ...NON_CANONICAL]) {
      const { keys, problems } = await importTrustedKeys([keyOf(hex(h))]);
      expect(keys, h).toEqual([]);
      expect(problems[0], h).toMatch(/small-order|canonical/);
    }
  });

  it('M2: an envelope forged with R = identity, S = 0 does not verify, even with the identity key trusted', async () => {
    const identity = keyOf(hex(SMALL_ORDER[0]!));
    const result = await verifyEnvelope(forgedEnvelope(), { trustedKeys: [identity], threshold: 1 });
    expect(result.ok).toBe(false);
    // And with a real key next to it, the forgery still proves nothing.
    const real = await newKey();
    const mixed = await verifyEnvelope(forgedEnvelope(), { trustedKeys: [identity, real.trusted], threshold: 1 });
    expect(mixed.ok).toBe(false);
  });

  it('M2: the import self-test drops a key that accepts the forged identity signature', async () => {
    const real = await newKey();
    const verify = vi.spyOn(globalThis.crypto.subtle, 'verify').mockResolvedValue(true);
    const { keys, problems } = await importTrustedKeys([real.trusted]);
    expect(verify).toHaveBeenCalled();
    expect(keys).toEqual([]);
    expect(problems).toEqual([`trusted key ${real.trusted.keyid}: accepts a forged signature, so it is not used`]);
  });

  it('M2: a real key still imports and verifies', async () => {
    const real = await newKey();
    expect((await importTrustedKeys([real.trusted])).keys).toHaveLength(1);
    const ok = await verifyEnvelope(text(await envelopeFor(payloadObject(), [real])), { trustedKeys: [real.trusted], threshold: 1 });
    expect(ok.ok).toBe(true);
    expect(decodeBase64(real.trusted.publicKey)).toHaveLength(32);
  });

  it('L11: a policy distrustedKeyIds entry removes a shipped key, so a feed signed only by it is refused', async () => {
    const leaked = await newKey();
    vi.spyOn(shipped, 'SHIPPED_TRUSTED_KEYS', 'get').mockReturnValue([leaked.trusted]);
    const envelope = text(await envelopeFor(payloadObject(), [leaked]));
    const before = resolveFeedSettings({});
    expect((await verifyEnvelope(envelope, { trustedKeys: before.trustedKeys, threshold: 1 })).ok).toBe(true);
    const after = resolveFeedSettings({ distrustedKeyIds: [leaked.trusted.keyid.toUpperCase()] });
    expect(after.trustedKeys).toEqual([]);
    expect((await verifyEnvelope(envelope, { trustedKeys: after.trustedKeys, threshold: 1 })).ok).toBe(false);
  });

  it('L11: distrust also applies to overlay keys, and a malformed list distrusts everything', async () => {
    const k = await newKey();
    const overlay = { name: 'camden', url: 'https://x.example/c.json', trustedKeys: [k.trusted], areas: ['camden'] };
    expect(
      resolveFeedSettings({ overlayFeeds: [overlay] as never, distrustedKeyIds: [k.trusted.keyid] }).overlayFeeds[0]!.trustedKeys,
    ).toEqual([]);
    const r = resolveSettings({ distrustedKeyIds: ['not-a-key-id'], trustedKeys: [k.trusted] }, null);
    expect(r.settings.distrustedKeyIds).toEqual(['*']);
    expect(resolveFeedSettings({ distrustedKeyIds: ['*'] as never, trustedKeys: [k.trusted] }).trustedKeys).toEqual([]);
  });

  it('I4: refuses a policy list longer than the cap, and uses at most that many keys', async () => {
    const many = Array.from({ length: MAX_TRUSTED_KEYS + 1 }, () => ({ keyid: 'a'.repeat(64), publicKey: 'x' }));
    const r = resolveSettings({ trustedKeys: many }, null);
    expect(r.settings.trustedKeys).toEqual([]);
    expect(r.warnings[0]).toMatch(/at most 32 keys/);
    const { problems } = await importTrustedKeys(many);
    expect(problems[0]).toBe(`only the first ${MAX_TRUSTED_KEYS} of ${MAX_TRUSTED_KEYS + 1} trusted keys are used`);
  });
});
