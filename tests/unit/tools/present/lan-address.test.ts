import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { findLanAddress } from '../../../../src/tools/present/lan-address.ts';

const entry = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
  ({ address, internal, family, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

describe("the machine's address on the room's network", () => {
  it('is a private IPv4 address before any other, never loopback', () => {
    expect(
      findLanAddress({
        lo: [entry('127.0.0.1', true)],
        vpn: [entry('203.0.113.9')],
        wlan0: [entry('fe80::1', false, 'IPv6'), entry('192.168.1.20')],
      }),
    ).toBe('192.168.1.20');
  });

  it('is any other IPv4 address when there is no private one, and none without a network', () => {
    expect(findLanAddress({ eth0: [entry('203.0.113.9')] })).toBe('203.0.113.9');
    expect(findLanAddress({ lo: [entry('127.0.0.1', true)] })).toBeUndefined();
  });
});
