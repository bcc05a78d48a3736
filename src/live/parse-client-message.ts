import { POLL_LIMITS } from '../deck/poll.ts';
import { type ClientMessage, MAX_CLIENT_MESSAGE_BYTES, POLL_ACTIONS, ROLES } from './messages.ts';

export type ParsedMessage =
  | { readonly ok: true; readonly message: ClientMessage }
  | { readonly ok: false; readonly problem: string };

const DEVICE = /^[A-Za-z0-9_-]{16,64}$/;
const KEY = /^[A-Za-z0-9_-]{1,128}$/;
const SLIDE_ID = /^[A-Za-z0-9_-]{1,100}$/;
/** More steps than any slide could build up in. */
const MAX_STEP = 1000;

type Fields = Readonly<Record<string, unknown>>;

/** Each message type's fields and how to check each: a message with any other field is refused. */
const SHAPES: ReadonlyMap<string, ReadonlyMap<string, (value: unknown) => boolean>> = new Map([
  [
    'hello',
    new Map([
      ['role', (value: unknown) => isOneOf(value, ROLES)],
      ['device', (value: unknown) => typeof value === 'string' && DEVICE.test(value)],
      ['key', (value: unknown) => value === undefined || (typeof value === 'string' && KEY.test(value))],
    ]),
  ],
  ['step', new Map([['by', (value: unknown) => value === 1 || value === -1]])],
  [
    'go',
    new Map([
      ['slide', isSlideId],
      ['step', (value: unknown) => isIndex(value, MAX_STEP)],
    ]),
  ],
  [
    'poll',
    new Map([
      ['poll', isSlideId],
      ['action', (value: unknown) => isOneOf(value, POLL_ACTIONS)],
    ]),
  ],
  [
    'vote',
    new Map([
      ['poll', isSlideId],
      [
        'choices',
        (value: unknown) =>
          Array.isArray(value) &&
          value.length <= POLL_LIMITS.maxOptions &&
          value.every((choice) => isIndex(choice, POLL_LIMITS.maxOptions - 1)),
      ],
    ]),
  ],
]);

/**
 * Reads one text frame from a client into a message, or says what is wrong with it. Nothing from the
 * frame is used as an object key or kept beyond the fields checked here: a `__proto__` field is just
 * an unknown field.
 */
export function parseClientMessage(text: string): ParsedMessage {
  // Characters are at most bytes, so a short text needs no encoding to be known small enough.
  if (
    text.length > MAX_CLIENT_MESSAGE_BYTES ||
    new TextEncoder().encode(text).length > MAX_CLIENT_MESSAGE_BYTES
  )
    return { ok: false, problem: `longer than ${MAX_CLIENT_MESSAGE_BYTES} bytes` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'not a JSON object' };
  const fields = value as Fields;
  const type = Object.hasOwn(fields, 'type') ? fields.type : undefined;
  const shape = typeof type === 'string' ? SHAPES.get(type) : undefined;
  if (!shape) return { ok: false, problem: 'unknown message type' };
  for (const name of Object.keys(fields)) {
    if (name !== 'type' && !shape.has(name)) return { ok: false, problem: `unknown field in "${type}"` };
  }
  for (const [name, check] of shape) {
    const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!check(field)) return { ok: false, problem: `bad "${name}" in "${type}"` };
  }
  return { ok: true, message: fields as unknown as ClientMessage };
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function isSlideId(value: unknown): boolean {
  return typeof value === 'string' && SLIDE_ID.test(value);
}

function isIndex(value: unknown, max: number): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;
}
