import { describe, expect, it } from 'vitest';
import { createAddressLimit } from '../../../src/live/address-limit.ts';

describe('the connections counted per address', () => {
  it('lets an address hold its limit, refuses one more, and counts each address on its own', () => {
    const limit = createAddressLimit(2);
    expect([limit.take('10.0.0.5'), limit.take('10.0.0.5'), limit.take('10.0.0.5')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limit.take('10.0.0.6')).toBe(true);
  });

  it('gives a place back when one of its connections closes, and all of them once all have', () => {
    const limit = createAddressLimit(2);
    limit.take('10.0.0.5');
    limit.take('10.0.0.5');
    limit.release('10.0.0.5');
    expect(limit.take('10.0.0.5')).toBe(true);
    expect(limit.take('10.0.0.5')).toBe(false);
    limit.release('10.0.0.5');
    limit.release('10.0.0.5');
    expect([limit.take('10.0.0.5'), limit.take('10.0.0.5')]).toEqual([true, true]);
  });
});
