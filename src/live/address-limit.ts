/**
 * Channel connections one device, known by its address on the room's network, may hold open at once.
 * A phone with a few tabs of the deck open holds one each, and a tab reconnecting after the wifi dropped
 * opens its new socket before the server has noticed the old one gone (that takes up to two heartbeats):
 * sixteen leaves room for both. Without it one phone, or a script on the wifi, could take every one of
 * the server's connections and lock the room out.
 */
export const MAX_CONNECTIONS_PER_ADDRESS = 16;

/** Open connections counted per address, against a limit. */
export interface AddressLimit {
  /** Counts one more connection from `address` and returns true, or false when it is at the limit. */
  take(address: string): boolean;
  /** Counts one connection from `address` closed. */
  release(address: string): void;
}

/** Creates a count that keeps only the addresses with a connection open, so it never grows past them. */
export function createAddressLimit(max: number): AddressLimit {
  const open = new Map<string, number>();
  return {
    take(address) {
      const count = open.get(address) ?? 0;
      if (count >= max) return false;
      open.set(address, count + 1);
      return true;
    },
    release(address) {
      const count = open.get(address) ?? 0;
      if (count <= 1) open.delete(address);
      else open.set(address, count - 1);
    },
  };
}
