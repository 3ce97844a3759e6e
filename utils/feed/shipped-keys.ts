/**
 * Public keys trusted by every build. The pan-London publisher adds its public key
 * here (from `npm run feed -- keygen`, the `.public.json` file) before a release;
 * during a rotation both the old and the new key are listed. Only PUBLIC keys: the
 * private keys stay offline with the publisher (docs/publishing.md).
 *
 * Empty until the programme's publisher generates its production key: until then the
 * built-in content is used, and settings or policy may add an organisation's keys.
 */
import type { TrustedKey } from './trusted-keys';

export const SHIPPED_TRUSTED_KEYS: readonly TrustedKey[] = [];
