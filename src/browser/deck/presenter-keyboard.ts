import { actionOfKey, DECK_KEYS, type DeckAction, type KeyPress } from '../../deck/presenter-keys.ts';

/** The deck's actions reveal.js carries out itself; the others are the page's own (presenter-keyboard). */
const REVEAL_ACTIONS: ReadonlySet<DeckAction> = new Set([
  'next',
  'previous',
  'first',
  'last',
  'blackout',
  'fullscreen',
  'overview',
  'choose',
  'jump',
]);

/** The help overlay's element: while it is open, no key reaches the slides. */
export const KEY_HELP_SELECTOR = 'dialog.key-help';

/**
 * reveal.js's `keyboardCondition`: whether reveal may act on a key. It may only on the keys
 * src/deck/presenter-keys.ts lists for it, so its other defaults (H, J, K, L, V, Shift or Alt with an
 * arrow, F1 and so on) do nothing, and the help overlay lists exactly the keys that work; never while
 * that overlay is open; and not on Space or Enter for a focused button or link, which is the control's.
 */
export function revealMayHandle(event: KeyboardEvent): boolean {
  if (document.querySelector(`${KEY_HELP_SELECTOR}[open]`) || isForFocusedControl(event)) return false;
  const action = actionOfKey(DECK_KEYS, event);
  return action !== undefined && REVEAL_ACTIONS.has(action);
}

/** The page's own actions, which reveal.js never sees. */
export type PageActions = Readonly<Partial<Record<DeckAction, () => void>>>;

/**
 * Carries out the page's own keys (high contrast, the speaker view, the help overlay), as listed in
 * src/deck/presenter-keys.ts. A key typed into a field, or Space and Enter on a focused control, are left
 * to it.
 */
export function listenForPageKeys(actions: PageActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || isForFocusedControl(event)) return;
    const action = actionOfKey(DECK_KEYS, event);
    const run = action && !REVEAL_ACTIONS.has(action) ? actions[action] : undefined;
    if (!run) return;
    event.preventDefault();
    run();
  });
}

/** The deck's action of a key press, when it moves through the talk (the reading view's keys). */
export function moveOfKey(press: KeyPress): 'next' | 'previous' | 'first' | 'last' | undefined {
  const action = actionOfKey(DECK_KEYS, press);
  return action === 'next' || action === 'previous' || action === 'first' || action === 'last'
    ? action
    : undefined;
}

/** Whether the key is for a field being typed in, or (Space, Enter) for the control that has focus. */
export function isForFocusedControl(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return (event.key === ' ' || event.key === 'Enter') && /^(A|BUTTON|SUMMARY)$/.test(target.tagName);
}
