import type { DeckApi } from '../start-deck.ts';
import { messageTarget } from './speaker-address.ts';
import { isFrom, parseSpeakerMessage, speakerMessage } from './speaker-messages.ts';

/**
 * The deck as a preview in the speaker view (`?preview`): it shows the place the speaker view gives it,
 * says when it has, and sends nothing else. Only its parent, the speaker view, is heard.
 */
export function showPreviews(deck: DeckApi): void {
  const speakerView = window.parent === window ? null : window.parent;
  if (!speakerView) return;
  window.addEventListener('message', (event) => {
    if (!isFrom(event, speakerView)) return;
    const message = parseSpeakerMessage(event.data);
    if (message?.type !== 'show') return;
    const { slide, step } = message.position;
    // reveal.js counts steps from -1 (none shown).
    deck.slide(slide, 0, step - 1);
    requestAnimationFrame(() =>
      speakerView.postMessage(
        speakerMessage({ type: 'preview-shown', position: { slide, step } }),
        messageTarget(),
      ),
    );
  });
  speakerView.postMessage(speakerMessage({ type: 'preview-ready' }), messageTarget());
}
