import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Random bytes of the remote's key: 256 bits, new each run, far past guessing over a room's wifi. */
const KEY_BYTES = 32;

/** A new key for the remote and the projector, URL-safe (base64url, 43 characters). */
export function createRemoteKey(): string {
  return randomBytes(KEY_BYTES).toString('base64url');
}

/**
 * Returns the check of a key against `secret` in constant time: both are hashed first, so neither their
 * contents nor their lengths change how long the comparison takes (timingSafeEqual needs equal lengths).
 */
export function createKeyCheck(secret: string): (key: string) => boolean {
  const expected = createHash('sha256').update(secret, 'utf8').digest();
  return (key) => timingSafeEqual(createHash('sha256').update(key, 'utf8').digest(), expected);
}
