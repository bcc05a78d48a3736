import { describe, expect, it } from 'vitest';
import { createKeyCheck, createRemoteKey } from '../../../../src/tools/present/remote-key.ts';

describe("the remote's key", () => {
  it('is at least 128 random bits, new each time, and safe in a URL', () => {
    const key = createRemoteKey();
    expect(Buffer.from(key, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(createRemoteKey()).not.toBe(key);
  });

  it('is accepted exactly, and refused when shorter, longer, empty or one character off', () => {
    const key = createRemoteKey();
    const isKey = createKeyCheck(key);
    expect(isKey(key)).toBe(true);
    expect(isKey(key.slice(0, -1))).toBe(false);
    expect(isKey(`${key}a`)).toBe(false);
    expect(isKey('')).toBe(false);
    const last = key.at(-1) === 'a' ? 'b' : 'a';
    expect(isKey(key.slice(0, -1) + last)).toBe(false);
  });
});
