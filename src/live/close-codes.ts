/**
 * Why the server closed a connection: WebSocket close codes in the range applications may use
 * (4000–4999), each with the reason it sends. Clients and tests read them from here.
 */
export const CLOSE = Object.freeze({
  /** Not JSON, not one of the messages, a field of the wrong type or size. */
  malformed: { code: 4400, reason: 'malformed message' },
  /** The remote's key was wrong: the page must be opened from the address the server printed. */
  unauthorised: { code: 4401, reason: 'wrong key' },
  /** A message the connection's role may not send (an audience page moving the talk). */
  forbidden: { code: 4403, reason: 'not allowed for this role' },
  /** A ballot for a poll that is not there, or for options it does not have. */
  badBallot: { code: 4422, reason: 'ballot refused' },
  /** More messages than the rate limit allows. */
  tooFast: { code: 4429, reason: 'too many messages' },
  /** No hello within the time allowed, or a second hello. */
  noHello: { code: 4408, reason: 'hello expected first, once' },
  /** Above the size limit (the WebSocket library's own code for it). */
  tooBig: { code: 1009, reason: 'message too big' },
} as const);

export type CloseReason = (typeof CLOSE)[keyof typeof CLOSE];

/**
 * Whether a client should try again after this close: never after its own mistake (it would repeat it),
 * always after a network drop or the server going away.
 */
export function shouldReconnect(code: number): boolean {
  if (code === CLOSE.tooBig.code) return false;
  return code < 4000 || code === CLOSE.tooFast.code;
}
