import type { LiveState } from './live-state.ts';
import type { ServerMessage } from './messages.ts';
import type { LiveOutline } from './outline.ts';
import { type LiveAction, type Outcome, reduceLive } from './reduce-live.ts';

/**
 * Where the talk's state lives and how a change reaches every page. Connections only dispatch actions
 * and read the state; the server fans out what the hub publishes to the sockets it holds. One process
 * uses `createLocalHub`. Several processes or hosts would share one hub through a store with
 * publish/subscribe (Redis: the state under one key changed in a transaction, the broadcasts on a
 * channel every process subscribes to): another adapter of this interface, not another server.
 */
export interface Hub {
  /** The state now: the welcome of a page that connects or reconnects. */
  snapshot(): Promise<LiveState>;
  /** Applies an action to the state, stores it, and publishes its broadcasts; resolves with its outcome. */
  dispatch(action: LiveAction): Promise<Outcome>;
  /** Calls `listener` with every broadcast, whichever process applied the action. Returns the unsubscribe. */
  subscribe(listener: (message: ServerMessage) => void): () => void;
}

/**
 * The hub of one process: the state in memory, each change handed to `store` (which writes it to disk)
 * before it is published, so a page never sees a state a restart would lose.
 */
export function createLocalHub(
  outline: LiveOutline,
  initial: LiveState,
  store: (state: LiveState) => void,
): Hub {
  let state = initial;
  const listeners = new Set<(message: ServerMessage) => void>();
  return {
    snapshot: () => Promise.resolve(state),
    dispatch(action) {
      const outcome = reduceLive(outline, state, action);
      if (outcome.ok && outcome.state !== state) {
        state = outcome.state;
        store(state);
        for (const message of outcome.broadcast) for (const listener of listeners) listener(message);
      }
      return Promise.resolve(outcome);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
