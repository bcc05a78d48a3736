import type { DeckControl } from '../../deck/deck-control.ts';
import type { Position } from '../../live/outline.ts';

/** What a reader does to move on their own: scroll, swipe, or a key that scrolls. */
const OWN_MOVES = ['wheel', 'touchmove', 'keydown'] as const;

/**
 * Keeps an audience page on the speaker's slide, until the reader moves away on their own: from then
 * the page stays where they are, and a "Follow the speaker" button, always in reach, takes them back.
 */
export function followSpeaker(control: DeckControl): { moveTo(position: Position): void } {
  let following = true;
  let speaker: Position | undefined;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'live-follow';
  button.textContent = 'Follow the speaker';
  button.hidden = true;
  document.body.append(button);
  const follow = () => {
    following = true;
    button.hidden = true;
    if (speaker) control.goTo(speaker);
  };
  button.addEventListener('click', follow);
  for (const type of OWN_MOVES)
    document.addEventListener(
      type,
      (event) => {
        if (!following || (event.target instanceof Node && button.contains(event.target))) return;
        if (event instanceof KeyboardEvent && !isScrollKey(event)) return;
        following = false;
        button.hidden = false;
      },
      { passive: true, capture: true },
    );
  return {
    moveTo(position) {
      speaker = position;
      if (following) control.goTo(position);
    },
  };
}

function isScrollKey(event: KeyboardEvent): boolean {
  return [
    'ArrowDown',
    'ArrowUp',
    'PageDown',
    'PageUp',
    'Home',
    'End',
    ' ',
    'ArrowLeft',
    'ArrowRight',
  ].includes(event.key);
}
