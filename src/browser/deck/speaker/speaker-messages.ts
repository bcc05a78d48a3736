import { isOwnOrigin } from './speaker-address.ts';

/**
 * What the deck, its speaker view and the speaker view's previews say to each other with `postMessage`.
 * The deck tells the speaker view where it is; the speaker view sends the deck a command only when the
 * presenter gives one there, and never a position, so opening, closing or reloading it cannot move the
 * deck. Every message is checked against these shapes before it is acted on: a message from another
 * window, or of another shape, is dropped.
 */

/** Marks the deck's messages among any others a window receives. */
export const SPEAKER_CHANNEL = 'deck:speaker-view';

/** How often the speaker view says hello to the deck; after three silences it takes the deck for lost. */
export const HEARTBEAT_MS = 1000;

/** A place in the talk: the slide's index and how many of its steps are shown (0 for none). */
export interface DeckPosition {
  readonly slide: number;
  readonly step: number;
}

/** Where the deck is, as it tells its speaker view. */
export interface DeckState extends DeckPosition {
  /** How many steps the current slide has. */
  readonly steps: number;
  readonly slideCount: number;
  /** Whether the screen is blacked out (B). */
  readonly paused: boolean;
}

/** What the presenter can do to the deck from the speaker view. */
export const DECK_COMMANDS = ['next', 'previous', 'first', 'last', 'blackout'] as const;
export type DeckCommand = (typeof DECK_COMMANDS)[number];

export type SpeakerMessage =
  /** Speaker view → deck, every `HEARTBEAT_MS`: "here I am", answered with the deck's state. */
  | { readonly channel: typeof SPEAKER_CHANNEL; readonly type: 'hello' }
  /** Speaker view → deck: the presenter pressed a key or a button there. */
  | { readonly channel: typeof SPEAKER_CHANNEL; readonly type: 'command'; readonly command: DeckCommand }
  /** Deck → speaker view. */
  | { readonly channel: typeof SPEAKER_CHANNEL; readonly type: 'state'; readonly state: DeckState }
  /** Speaker view → a preview: show this place. */
  | { readonly channel: typeof SPEAKER_CHANNEL; readonly type: 'show'; readonly position: DeckPosition }
  /** Preview → speaker view: ready to show a place (sent once its deck has started), or showing one. */
  | { readonly channel: typeof SPEAKER_CHANNEL; readonly type: 'preview-ready' }
  | {
      readonly channel: typeof SPEAKER_CHANNEL;
      readonly type: 'preview-shown';
      readonly position: DeckPosition;
    };

export type SpeakerMessageType = SpeakerMessage['type'];

/** A message of the given type, ready to post. */
export function speakerMessage<Type extends SpeakerMessageType>(
  message: Omit<Extract<SpeakerMessage, { type: Type }>, 'channel'> & { type: Type },
): SpeakerMessage {
  return { channel: SPEAKER_CHANNEL, ...message } as SpeakerMessage;
}

/**
 * The message `data` is, when it is one of the deck's and well formed; otherwise undefined. Reads only
 * own properties of a plain object, so nothing on a prototype is ever taken for part of a message.
 */
export function parseSpeakerMessage(data: unknown): SpeakerMessage | undefined {
  if (!isRecord(data) || own(data, 'channel') !== SPEAKER_CHANNEL) return undefined;
  const type = own(data, 'type');
  const channel = SPEAKER_CHANNEL;
  switch (type) {
    case 'hello':
    case 'preview-ready':
      return { channel, type };
    case 'command': {
      const command = own(data, 'command');
      return typeof command === 'string' && (DECK_COMMANDS as readonly string[]).includes(command)
        ? { channel, type, command: command as DeckCommand }
        : undefined;
    }
    case 'state': {
      const state = parseState(own(data, 'state'));
      return state ? { channel, type, state } : undefined;
    }
    case 'show':
    case 'preview-shown': {
      const position = parsePosition(own(data, 'position'));
      return position ? { channel, type, position } : undefined;
    }
    default:
      return undefined;
  }
}

/** The most slides or steps a message may name: far beyond any talk, well short of a runaway loop. */
const MOST = 10_000;

function parsePosition(value: unknown): DeckPosition | undefined {
  if (!isRecord(value)) return undefined;
  const slide = count(own(value, 'slide'));
  const step = count(own(value, 'step'));
  return slide === undefined || step === undefined ? undefined : { slide, step };
}

function parseState(value: unknown): DeckState | undefined {
  const position = parsePosition(value);
  if (!position || !isRecord(value)) return undefined;
  const steps = count(own(value, 'steps'));
  const slideCount = count(own(value, 'slideCount'));
  const paused = own(value, 'paused');
  if (steps === undefined || slideCount === undefined || typeof paused !== 'boolean') return undefined;
  if (position.step > steps || position.slide >= slideCount) return undefined;
  return { ...position, steps, slideCount, paused };
}

function count(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MOST
    ? (value as number)
    : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function own(record: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/**
 * Whether a message event comes from `expected` and from this page's own origin. A page opened from a
 * file has an opaque origin, and so have its messages: the window check carries the weight there.
 */
export function isFrom(event: MessageEvent, expected: MessageEventSource | null | undefined): boolean {
  return expected != null && event.source === expected && isOwnOrigin(event);
}
