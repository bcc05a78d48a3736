import { messageTarget } from './speaker-address.ts';
import { type DeckPosition, isFrom, parseSpeakerMessage, speakerMessage } from './speaker-messages.ts';

/** A preview of the deck in the speaker view, showing the place it is given. */
export interface Preview {
  /** Shows `position`, or nothing (the talk has ended). */
  show(position: DeckPosition | undefined): void;
}

/**
 * Loads the deck into `frame` as a preview (`?preview`, show-preview.ts) and keeps it at the place it was
 * last given, once the preview says it is ready. The frame's box says what it shows, for the tests and
 * the styles: `data-shown="slide/step"` once the preview has it on screen.
 */
export function createPreview(frame: HTMLIFrameElement, url: string): Preview {
  let ready = false;
  let wanted: DeckPosition | undefined;
  const box = frame.parentElement;
  const post = () => {
    if (!ready || !wanted) return;
    frame.contentWindow?.postMessage(speakerMessage({ type: 'show', position: wanted }), messageTarget());
  };
  window.addEventListener('message', (event) => {
    if (!isFrom(event, frame.contentWindow)) return;
    const message = parseSpeakerMessage(event.data);
    if (message?.type === 'preview-ready') {
      ready = true;
      post();
    } else if (message?.type === 'preview-shown') {
      box?.setAttribute('data-shown', `${message.position.slide}/${message.position.step}`);
    }
  });
  frame.src = url;
  return {
    show(position) {
      const same = wanted && position && wanted.slide === position.slide && wanted.step === position.step;
      wanted = position;
      box?.toggleAttribute('data-end', position === undefined);
      if (!same) post();
    },
  };
}
