import './speaker-view.css';
import { talk } from '../../../data/talk.ts';
import { actionOfKey, SPEAKER_VIEW_KEYS } from '../../../deck/presenter-keys.ts';
import { isForFocusedControl } from '../presenter-keyboard.ts';
import { formatClock, formatDuration, nextPosition, paceAt } from './pace.ts';
import { addressFor, messageTarget } from './speaker-address.ts';
import {
  type DeckCommand,
  type DeckState,
  HEARTBEAT_MS,
  isFrom,
  parseSpeakerMessage,
  speakerMessage,
} from './speaker-messages.ts';
import { createSpeakerPage, type SpeakerPage } from './speaker-page.ts';
import { createPreview } from './speaker-preview.ts';
import { createStopwatch } from './speaker-stopwatch.ts';

const LOST_AFTER_MS = 3 * HEARTBEAT_MS;

/** The notes' type size, in CSS pixels: the default, the range, the step of Smaller and Larger. */
const NOTES_SIZE = Object.freeze({ initial: 26, smallest: 16, largest: 48, step: 2 });
const NOTES_SIZE_KEY = 'deck:speaker-notes-size';

/**
 * The speaker view (`?speaker`): the same page as the deck, showing the presenter the slide on the screen
 * with its step, what comes next, the notes, the time of day (24-hour), the elapsed time and the pace
 * against `plannedMinutes`. It follows the deck and moves it only when the presenter presses a key or a
 * button here. The notes and titles come from this page's own copy of the slides, never from a message.
 */
export function startSpeakerView(): void {
  const slides = Array.from(document.querySelectorAll<HTMLElement>('.slides > section'));
  const page = createSpeakerPage();
  document.body.prepend(page.root);
  document.title = `Speaker view · ${talk.title}`;
  const previewUrl = addressFor(new URL(window.location.href), 'preview');
  const now = createPreview(page.nowFrame, previewUrl);
  const next = createPreview(page.nextFrame, previewUrl);
  const stopwatch = createStopwatch(page, () => render());
  const deck = window.opener as Window | null;
  let state: DeckState | undefined;
  let heardAt = 0;

  const render = () => {
    const time = Date.now();
    page.clock.textContent = formatClock(new Date(time));
    page.clock.dateTime = new Date(time).toISOString();
    stopwatch.render(time);
    page.root.dataset.connection = connection(deck, state, heardAt, time);
    page.status.textContent = statusText(page.root.dataset.connection, state);
    if (!state) return;
    const pace = paceAt(state, stopwatch.elapsed(time), talk.plannedMinutes);
    const waiting = stopwatch.isReset();
    page.pace.textContent = waiting ? 'counted from your first move, or Start' : pace.text;
    page.pace.dataset.status = waiting ? 'waiting' : pace.status;
    const left = talk.plannedMinutes * 60_000 - stopwatch.elapsed(time);
    page.plan.textContent =
      `Planned ${talk.plannedMinutes} min; by here ${formatDuration(pace.plannedMs)}; ` +
      (left >= 0 ? `${formatDuration(left)} left` : `${formatDuration(-left)} over`);
  };

  const show = (current: DeckState) => {
    const moved = state !== undefined && (state.slide !== current.slide || state.step !== current.step);
    state = current;
    if (moved) stopwatch.startOnFirstMove();
    page.position.textContent = positionText(current);
    page.nowName.textContent = titleOf(slides[current.slide], current.slide);
    const coming = nextPosition(current);
    page.nextName.textContent = !coming
      ? 'end of the talk'
      : coming.slide === current.slide
        ? `step ${coming.step} of ${current.steps}`
        : titleOf(slides[coming.slide], coming.slide);
    now.show(current);
    next.show(coming);
    showNotes(page, slides[current.slide]);
    render();
  };

  window.addEventListener('message', (event) => {
    if (!isFrom(event, deck)) return;
    const message = parseSpeakerMessage(event.data);
    if (message?.type !== 'state') return;
    heardAt = Date.now();
    show(message.state);
  });
  const send = (command?: DeckCommand) => {
    if (!deck || deck.closed) return;
    const message = command
      ? speakerMessage({ type: 'command', command })
      : speakerMessage({ type: 'hello' });
    deck.postMessage(message, messageTarget());
  };
  send();
  setInterval(() => {
    send();
    render();
  }, HEARTBEAT_MS);
  listenForKeys(setUpNotesSize(page), send);
  render();
}

function connection(
  deck: Window | null,
  state: DeckState | undefined,
  heardAt: number,
  time: number,
): string {
  if (!deck) return 'no-deck';
  if (deck.closed) return 'closed';
  if (!state) return 'waiting';
  return time - heardAt > LOST_AFTER_MS ? 'lost' : 'connected';
}

function statusText(connection: string | undefined, state: DeckState | undefined): string {
  switch (connection) {
    case 'no-deck':
      return 'Open the speaker view from the deck: press S there.';
    case 'closed':
      return 'The deck’s window is closed.';
    case 'waiting':
      return 'Connecting to the deck…';
    case 'lost':
      return 'The deck is not answering. Is its window still open?';
    default:
      return state?.paused ? 'The screen is blacked out: B brings the slides back.' : '';
  }
}

function positionText(state: DeckState): string {
  const slide = `Slide ${state.slide + 1} of ${state.slideCount}`;
  return state.steps > 0 ? `${slide}, step ${state.step} of ${state.steps}` : slide;
}

function titleOf(slide: HTMLElement | undefined, index: number): string {
  const heading = slide?.querySelector('h1, h2, h3')?.textContent?.replace(/\s+/g, ' ').trim();
  return heading || `slide ${index + 1}`;
}

/** The slide's notes, copied from this page's own slides: markup the build rendered. */
function showNotes(page: SpeakerPage, slide: HTMLElement | undefined): void {
  const notes = slide?.querySelector(':scope > aside.notes');
  if (notes) page.notes.replaceChildren(...Array.from(notes.childNodes, (node) => node.cloneNode(true)));
  else
    page.notes.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: 'No notes for this slide.' }),
    );
  page.notes.scrollTop = 0;
}

/** Changes the notes' type size by a number of CSS pixels. */
type ResizeNotes = (change: number) => void;

function setUpNotesSize(page: SpeakerPage): ResizeNotes {
  let size = readSize();
  const apply = (next: number) => {
    size = Math.min(NOTES_SIZE.largest, Math.max(NOTES_SIZE.smallest, next));
    page.notes.style.setProperty('--notes-size', `${size}px`);
    page.smallerNotes.disabled = size === NOTES_SIZE.smallest;
    page.largerNotes.disabled = size === NOTES_SIZE.largest;
    try {
      localStorage.setItem(NOTES_SIZE_KEY, String(size));
    } catch {
      // Storage may be off (private mode, a file): the size holds for this visit.
    }
  };
  page.smallerNotes.addEventListener('click', () => apply(size - NOTES_SIZE.step));
  page.largerNotes.addEventListener('click', () => apply(size + NOTES_SIZE.step));
  apply(size);
  return (change) => apply(size + change);
}

function readSize(): number {
  try {
    const stored = Number(localStorage.getItem(NOTES_SIZE_KEY));
    return Number.isFinite(stored) && stored > 0 ? stored : NOTES_SIZE.initial;
  } catch {
    return NOTES_SIZE.initial;
  }
}

/** The speaker view's keys (src/deck/presenter-keys.ts): a clicker moves the deck from here too. */
function listenForKeys(resizeNotes: ResizeNotes, send: (command: DeckCommand) => void): void {
  document.addEventListener('keydown', (event) => {
    if (isForFocusedControl(event)) return;
    const action = actionOfKey(SPEAKER_VIEW_KEYS, event);
    if (!action) return;
    event.preventDefault();
    if (action === 'larger-notes' || action === 'smaller-notes') {
      resizeNotes(action === 'larger-notes' ? NOTES_SIZE.step : -NOTES_SIZE.step);
    } else {
      send(action);
    }
  });
}
