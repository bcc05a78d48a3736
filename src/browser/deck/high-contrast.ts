const CLASS_NAME = 'high-contrast';
const STORAGE_KEY = 'deck:high-contrast';

/** Whether the page was opened with `?contrast=high`, or the reader turned it on before. */
export function wantsHighContrast(search: string, stored: string | null): boolean {
  const asked = new URLSearchParams(search).get('contrast');
  if (asked === 'high') return true;
  if (asked === 'normal') return false;
  return stored === 'on';
}

/**
 * Applies the high-contrast mode for washed-out projectors (white on black, yellow accents) when the
 * page asks for it with `?contrast=high` or the reader chose it before on this device. Call it before
 * the deck starts, so the first paint is already in the right colours.
 */
export function applyContrastPreference(): void {
  setHighContrast(wantsHighContrast(window.location.search, readStored()));
}

/** Turns the high-contrast mode on or off (C, as src/deck/presenter-keys.ts lists it). */
export function toggleHighContrast(): void {
  setHighContrast(!document.documentElement.classList.contains(CLASS_NAME));
}

function setHighContrast(on: boolean): void {
  document.documentElement.classList.toggle(CLASS_NAME, on);
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage may be off (private mode, file://): the mode still works for this visit.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
