const DEVICE_KEY = 'live-device';
const REMOTE_KEY = 'live-key';

/**
 * This browser's device id for ballots: random, kept in local storage so a reload or a reconnection is
 * the same voter; in memory when storage is refused (a private window), which still holds for the visit.
 */
export function deviceId(): string {
  const stored = readStorage(localStorage, DEVICE_KEY);
  if (stored) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  writeStorage(localStorage, DEVICE_KEY, id);
  return id;
}

/**
 * The remote's key, from the address the server printed (`?key=`). It is taken out of the address bar
 * at once, so it is not left on the projected screen or in history, and kept for the tab's life so a
 * reload still works.
 */
export function takeRemoteKey(): string | undefined {
  const url = new URL(window.location.href);
  const key = url.searchParams.get('key');
  if (key) {
    writeStorage(sessionStorage, REMOTE_KEY, key);
    url.searchParams.delete('key');
    window.history.replaceState(window.history.state, '', url);
    return key;
  }
  return readStorage(sessionStorage, REMOTE_KEY) ?? undefined;
}

function readStorage(storage: Storage, name: string): string | null {
  try {
    return storage.getItem(name);
  } catch {
    return null;
  }
}

function writeStorage(storage: Storage, name: string, value: string): void {
  try {
    storage.setItem(name, value);
  } catch {
    // Storage refused: the value lasts as long as the page.
  }
}
