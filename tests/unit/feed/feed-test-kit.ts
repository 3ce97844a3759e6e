/**
 * Shared helpers for the feed tests. Keys are generated fresh for every run:
 * no private key is ever stored in the repository.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import type { ContentBundle } from '../../../utils/content/content-schema';
import { PAYLOAD_TYPE } from '../../../utils/feed/feed-constants';
import type { TrustedKey } from '../../../utils/feed/trusted-keys';
import { trustedKeyOf } from '../../../scripts/lib/feed-keys';
import { signEnvelope, type Envelope } from '../../../scripts/lib/feed-sign';
import { fixtureFiles } from '../../fixtures/content-fixture';

/** Inside the fixture's review window (FIXTURE_TODAY is 2026-11-22). */
export const NOW = new Date('2026-11-22T12:00:00Z');
export const FEED = 'pan-london';

export interface TestKey {
  privateKey: KeyObject;
  trusted: TrustedKey;
}

export async function newKey(): Promise<TestKey> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, trusted: await trustedKeyOf(privateKey) };
}

export function fixtureContent(): ContentBundle {
  return mergeContentFiles(structuredClone(fixtureFiles()).map((f) => f.data));
}

export function payloadObject(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    feed: FEED,
    version: 5,
    issued: '2026-11-22T06:00:00Z',
    expires: '2026-12-22T06:00:00Z',
    content: fixtureContent(),
    ...overrides,
  };
}

export const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

export async function envelopeFor(payload: unknown, keys: TestKey[], payloadType = PAYLOAD_TYPE): Promise<Envelope> {
  return signEnvelope(
    bytesOf(payload),
    keys.map((k) => k.privateKey),
    payloadType,
  );
}

export const text = (envelope: unknown) => JSON.stringify(envelope);
