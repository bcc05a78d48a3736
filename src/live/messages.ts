import type { PollChoice } from '../deck/poll.ts';
import type { Position } from './outline.ts';

/**
 * The messages of the live channel, as JSON text frames. A client names its role once (`hello`); what it
 * may send after that depends on the role and, for the projector and the remote, on the key.
 */

export const ROLES = ['projector', 'remote', 'audience'] as const;
export type Role = (typeof ROLES)[number];

export const POLL_ACTIONS = ['open', 'close', 'reset', 'show', 'hide'] as const;
export type PollAction = (typeof POLL_ACTIONS)[number];

export type ClientMessage =
  /** The first message: who is connecting. `device` is the browser's own random id, kept across visits. */
  | { readonly type: 'hello'; readonly role: Role; readonly device: string; readonly key?: string }
  /** The remote's Next (1) and Previous (-1): relative, so two quick taps are two steps. */
  | { readonly type: 'step'; readonly by: 1 | -1 }
  /** The projector's own keys and clicker, or a jump: the position the deck moved to. */
  | { readonly type: 'go'; readonly slide: string; readonly step: number }
  | { readonly type: 'poll'; readonly poll: string; readonly action: PollAction }
  /** An audience ballot: the indices of the options picked; none takes the ballot back. */
  | { readonly type: 'vote'; readonly poll: string; readonly choices: readonly number[] };

/** A poll as everyone may see it: counts, never who voted for what. */
export interface PollResults {
  readonly id: string;
  readonly choice: PollChoice;
  readonly status: 'open' | 'closed';
  /** Whether the projector shows the counts. */
  readonly visible: boolean;
  /** Ballots per option, in the options' order. */
  readonly counts: readonly number[];
  /** How many devices have a ballot in. */
  readonly voters: number;
}

/** The talk's state as every page may see it. */
export interface PublicState {
  readonly position: Position;
  /** When the talk was first moved on (server clock, ms since the epoch); null before. */
  readonly startedAt: number | null;
  readonly polls: readonly PollResults[];
}

export type ServerMessage =
  /** The answer to hello, and after every reconnection: the whole state, so the page resyncs. */
  | {
      readonly type: 'welcome';
      readonly role: Role;
      readonly state: PublicState;
      /** This device's ballots, so a phone that reloads shows what it picked. */
      readonly ballots: readonly { readonly poll: string; readonly choices: readonly number[] }[];
      /** The server's clock, to time the talk against on a phone whose clock differs. */
      readonly serverTime: number;
    }
  | {
      readonly type: 'position';
      readonly position: Position;
      readonly startedAt: number | null;
      readonly serverTime: number;
    }
  | { readonly type: 'poll'; readonly poll: PollResults }
  /** To the voter: the ballot as counted. */
  | { readonly type: 'ballot'; readonly poll: string; readonly choices: readonly number[] }
  /** A well-formed request the state turned down (a ballot after the poll closed): the connection stays. */
  | { readonly type: 'refused'; readonly reason: string };

/** The largest message a client may send, in bytes: a ballot of every option fits many times over. */
export const MAX_CLIENT_MESSAGE_BYTES = 512;
