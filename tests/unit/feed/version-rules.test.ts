/**
 * Rollback, equivocation and the policy floor (check-payload.ts, TUF's rollback rule), one row per
 * edge: a version one below, equal to and one above what is stored and the floor, with the same
 * or different bytes. check-payload.test.ts has the worked examples; this is the whole table.
 */
import { describe, expect, it } from 'vitest';
import { checkFeedPayload, type StoredFeedInfo } from '../../../utils/feed/check-payload';
import { sha256Hex } from '../../../utils/feed/trusted-keys';
import { bytesOf, FEED, NOW, payloadObject } from './feed-test-kit';

/** The payload for `version`, as text and bytes, with `variant` changing its bytes but not its meaning. */
function payload(version: number, variant = '') {
  const body = JSON.stringify(payloadObject({ version })) + variant;
  return { body, bytes: bytesOf(body) };
}

/** What is in use: version 5, stored from these exact bytes (or from other bytes). */
async function stored(version: number, sameBytesAs?: number): Promise<StoredFeedInfo> {
  const bytes = payload(sameBytesAs ?? version, sameBytesAs === undefined ? ' ' : '').bytes;
  return { version, sha256: await sha256Hex(bytes) };
}

type Row = [
  what: string,
  candidate: number,
  stored: 'none' | 'same-bytes' | 'other-bytes' | number,
  floor: number | undefined,
  outcome: string,
];
const CASES: Row[] = [
  // Against the stored version (5).
  ['far below the stored version', 1, 5, undefined, 'rollback'],
  ['one below the stored version', 4, 5, undefined, 'rollback'],
  ['equal to the stored version, the same bytes', 5, 'same-bytes', undefined, 'unchanged'],
  ['equal to the stored version, other bytes', 5, 'other-bytes', undefined, 'equivocation'],
  ['one above the stored version', 6, 5, undefined, 'ok'],
  ['far above the stored version', 500, 5, undefined, 'ok'],
  ['the first feed, nothing stored', 1, 'none', undefined, 'ok'],
  // Against the policy floor (minFeedVersion / --min-version).
  ['one below the floor, nothing stored', 6, 'none', 7, 'rollback'],
  ['equal to the floor', 7, 'none', 7, 'ok'],
  ['one above the floor', 8, 'none', 7, 'ok'],
  ['a floor of 1 (the lowest version)', 1, 'none', 1, 'ok'],
  // Both at once: the stricter wins.
  ['above what is stored but below the floor', 6, 5, 7, 'rollback'],
  ['the stored bytes again, below a floor raised since', 5, 'same-bytes', 6, 'rollback'],
  ['at the floor and above what is stored', 7, 5, 7, 'ok'],
  ['above the floor but below what is stored', 8, 9, 7, 'rollback'],
];

describe('feed version rules, every edge', () => {
  it.each(CASES)('a feed version %s', async (_what, candidate, inUse, floor, outcome) => {
    const { body, bytes } = payload(candidate);
    const storedInfo =
      inUse === 'none'
        ? null
        : inUse === 'same-bytes'
          ? await stored(candidate, candidate)
          : inUse === 'other-bytes'
            ? await stored(candidate)
            : await stored(inUse);
    const result = await checkFeedPayload(body, bytes, { feedName: FEED, now: NOW, stored: storedInfo, minVersion: floor });
    const got = result.ok ? (result.unchanged ? 'unchanged' : 'ok') : result.error.code;
    expect(got).toBe(outcome);
  });

  it('names the floor or the stored version in the refusal, so IT can tell which rule fired', async () => {
    const { body, bytes } = payload(6);
    const floor = await checkFeedPayload(body, bytes, { feedName: FEED, now: NOW, minVersion: 7 });
    expect(floor).toMatchObject({ ok: false, error: { detail: 'feed version 6 is older than the minimum version 7' } });
    const rollback = await checkFeedPayload(body, bytes, { feedName: FEED, now: NOW, stored: await stored(7) });
    expect(rollback).toMatchObject({ ok: false, error: { detail: 'feed version 6 is older than version 7 already in use' } });
  });

  it('compares the stored hash without regard to case (hex from another tool may be upper case)', async () => {
    const { body, bytes } = payload(5);
    const upper = { version: 5, sha256: (await sha256Hex(bytes)).toUpperCase() };
    expect(await checkFeedPayload(body, bytes, { feedName: FEED, now: NOW, stored: upper })).toMatchObject({ ok: true, unchanged: true });
  });
});
