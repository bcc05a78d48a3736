import { POINTER_IDLE_ATTRIBUTE } from '../../deck/dom-contract.ts';
import type { DeckApi } from './start-deck.ts';

/**
 * How long the pointer rests before the presenter's tools leave the projected slide: the view and
 * handout buttons, reveal.js's arrows, the blackout's "Resume presentation" button, and the pointer
 * itself (reveal.js's `hideCursorTime`).
 */
export const TOOLS_IDLE_MS = 2500;

/** Set on the root while the tools are hidden; theme.css fades them out. */
const HIDDEN_CLASS = 'tools-hidden';

/**
 * In the slides view, hides what the audience need not see: after `TOOLS_IDLE_MS` without the pointer
 * moving, and at once on going full screen. Moving the pointer, or a touch, brings them back; a tool
 * reached with the keyboard shows itself while it has focus (theme.css), so Tab still finds every one.
 * The reading view keeps its tools: a reader needs them.
 */
export function hidePresenterTools(deck: DeckApi): void {
  const root = document.documentElement;
  let timer = 0;
  const hide = () => root.classList.toggle(HIDDEN_CLASS, !deck.isScrollView() && !deck.isPrintView());
  const rest = () => {
    root.setAttribute(POINTER_IDLE_ATTRIBUTE, '');
    hide();
  };
  const show = () => {
    root.classList.remove(HIDDEN_CLASS);
    root.removeAttribute(POINTER_IDLE_ATTRIBUTE);
    clearTimeout(timer);
    timer = window.setTimeout(rest, TOOLS_IDLE_MS);
  };
  for (const event of ['pointermove', 'pointerdown'])
    document.addEventListener(event, show, { passive: true });
  document.addEventListener('fullscreenchange', () => {
    if (document.fullscreenElement) {
      clearTimeout(timer);
      hide();
    } else show();
  });
  show();
}
