import { CLOSE, type CloseReason } from './close-codes.ts';
import type { Hub } from './hub.ts';
import { ballotsOf, publicState } from './live-state.ts';
import type { Role, ServerMessage } from './messages.ts';
import type { LiveOutline } from './outline.ts';
import { parseClientMessage } from './parse-client-message.ts';
import { createRateLimiter, RATE_LIMITS, type RateLimiter } from './rate-limit.ts';
import { isAllowed } from './reduce-live.ts';

/** What a connection needs from the server around it: the socket's two ends, and the checks. */
export interface ConnectionPorts {
  readonly hub: Hub;
  readonly outline: LiveOutline;
  /** Whether a key is the remote's secret, compared in constant time (the server's crypto does it). */
  readonly isKey: (key: string) => boolean;
  readonly now: () => number;
  send(message: ServerMessage): void;
  close(reason: CloseReason): void;
}

/** One client's conversation: hello first, then messages its role may send, each checked. */
export interface LiveConnection {
  /** Handles one text frame; resolves once it is applied (frames of one connection apply in order). */
  receive(text: string): Promise<void>;
  /** The role it said hello as and was let in with, or undefined before. */
  role(): Role | undefined;
}

/**
 * The live channel's rules for one connection, apart from any socket library: what may be sent, by whom,
 * how often, and which close a mistake earns. After the first close it ignores everything.
 */
export function createLiveConnection(ports: ConnectionPorts): LiveConnection {
  let role: Role | undefined;
  let device = '';
  let closed = false;
  let limiter: RateLimiter = createRateLimiter(RATE_LIMITS.audience, ports.now());
  let queue = Promise.resolve();
  const close = (reason: CloseReason) => {
    if (closed) return;
    closed = true;
    ports.close(reason);
  };

  const handle = async (text: string): Promise<void> => {
    if (closed) return;
    if (!limiter.take(ports.now())) return close(CLOSE.tooFast);
    const parsed = parseClientMessage(text);
    if (!parsed.ok) return close(CLOSE.malformed);
    const { message } = parsed;
    if (message.type === 'hello') {
      if (role) return close(CLOSE.noHello);
      if (message.role !== 'audience' && !ports.isKey(message.key ?? '')) return close(CLOSE.unauthorised);
      role = message.role;
      device = message.device;
      if (role !== 'audience') limiter = createRateLimiter(RATE_LIMITS.presenter, ports.now());
      const state = await ports.hub.snapshot();
      if (closed) return;
      return ports.send({
        type: 'welcome',
        role,
        state: publicState(ports.outline, state),
        ballots: ballotsOf(state, device),
        serverTime: ports.now(),
      });
    }
    if (!role) return close(CLOSE.noHello);
    if (!isAllowed(role, message.type)) return close(CLOSE.forbidden);
    const outcome = await ports.hub.dispatch({ ...message, device, at: ports.now() });
    if (!outcome.ok) return close(outcome.close);
    for (const reply of outcome.reply) if (!closed) ports.send(reply);
  };

  return {
    receive(text) {
      queue = queue.then(() => handle(text));
      return queue;
    },
    role: () => (closed ? undefined : role),
  };
}
