import { networkInterfaces } from 'node:os';

/**
 * The machine's address on the room's network: the first IPv4 address of an interface that is up and
 * not loopback, preferring private ranges (a venue's wifi or the laptop's own hotspot) over others.
 * Undefined when the machine has no network, in which case only the laptop can join.
 */
export function findLanAddress(interfaces = networkInterfaces()): string | undefined {
  const addresses = Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
  return addresses.find(isPrivate) ?? addresses[0];
}

function isPrivate(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}
