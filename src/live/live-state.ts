import type { Poll } from '../deck/poll.ts';
import { countBallots } from './ballot.ts';
import type { PollResults, PublicState } from './messages.ts';
import { firstPosition, type LiveOutline, type Position } from './outline.ts';

/** A poll's state on the server: its ballots by device, which never leave it. */
export interface PollState {
  readonly status: 'open' | 'closed';
  readonly visible: boolean;
  /** Each device's ballot, as the option indices it picked; a device that took it back has none. */
  readonly ballots: ReadonlyMap<string, readonly number[]>;
}

/** Everything the live server keeps, and writes to disk so a restart loses nothing. */
export interface LiveState {
  readonly position: Position;
  readonly startedAt: number | null;
  /** By poll id. Author ids are Map keys, never an object's. */
  readonly polls: ReadonlyMap<string, PollState>;
}

/** A poll before anyone has voted: open, its counts shown. */
export const NEW_POLL: PollState = Object.freeze({ status: 'open', visible: true, ballots: new Map() });

/** The state of a talk not yet begun: its first slide, and every poll new. */
export function createLiveState(outline: LiveOutline): LiveState {
  return { position: firstPosition(outline), startedAt: null, polls: new Map() };
}

/** The polls of the outline, each with its state (a poll never acted on is new). */
export function pollsOf(outline: LiveOutline): Poll[] {
  return outline.slides.flatMap((slide) => (slide.poll ? [slide.poll] : []));
}

/** A poll as every page may see it. */
export function pollResults(poll: Poll, state: PollState = NEW_POLL): PollResults {
  return {
    id: poll.id,
    choice: poll.choice,
    status: state.status,
    visible: state.visible,
    counts: countBallots(poll, state.ballots.values()),
    voters: state.ballots.size,
  };
}

/** The state as every page may see it: the position and each poll's counts. */
export function publicState(outline: LiveOutline, state: LiveState): PublicState {
  return {
    position: state.position,
    startedAt: state.startedAt,
    polls: pollsOf(outline).map((poll) => pollResults(poll, state.polls.get(poll.id))),
  };
}

/** One device's ballots, for its welcome after a reload or a reconnection. */
export function ballotsOf(state: LiveState, device: string): { poll: string; choices: readonly number[] }[] {
  return [...state.polls].flatMap(([poll, { ballots }]) => {
    const choices = ballots.get(device);
    return choices ? [{ poll, choices }] : [];
  });
}
