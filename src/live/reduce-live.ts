import { checkBallot } from './ballot.ts';
import { CLOSE, type CloseReason } from './close-codes.ts';
import { type LiveState, NEW_POLL, type PollState, pollResults } from './live-state.ts';
import type { ClientMessage, PollAction, Role, ServerMessage } from './messages.ts';
import { findPoll, isPositionIn, type LiveOutline, type Position, stepFrom } from './outline.ts';

/** A message once its sender is known: the device it came from and the server's clock when it came. */
export type LiveAction = Exclude<ClientMessage, { type: 'hello' }> & {
  readonly device: string;
  readonly at: number;
};

/** What one action does: the new state, what every page is told, and what the sender alone is told. */
export type Outcome =
  | {
      readonly ok: true;
      readonly state: LiveState;
      readonly broadcast: readonly ServerMessage[];
      readonly reply: readonly ServerMessage[];
    }
  /** The sender did something no honest page does: its connection closes with this reason. */
  | { readonly ok: false; readonly close: CloseReason };

const ALLOWED: Readonly<Record<Role, readonly LiveAction['type'][]>> = {
  projector: ['step', 'go', 'poll'],
  remote: ['step', 'go', 'poll'],
  audience: ['vote'],
};

/** Whether a role may send a message of this type (the key was checked at hello). */
export function isAllowed(role: Role, type: LiveAction['type']): boolean {
  return ALLOWED[role].includes(type);
}

const unchanged = (state: LiveState, reply: readonly ServerMessage[] = []): Outcome => ({
  ok: true,
  state,
  broadcast: [],
  reply,
});
const refused = (state: LiveState, reason: string) => unchanged(state, [{ type: 'refused', reason }]);

/**
 * The live channel's one state machine: applies an authorised action to the state. Pure: the clock comes
 * in the action, and nothing is written anywhere, so any process holding the state can apply it.
 */
export function reduceLive(outline: LiveOutline, state: LiveState, action: LiveAction): Outcome {
  switch (action.type) {
    case 'step':
      return move(state, stepFrom(outline, state.position, action.by), action.at);
    case 'go': {
      const position = { slide: action.slide, step: action.step };
      // A projector still showing an older build of the deck: told no, not cut off.
      if (!isPositionIn(outline, position)) return refused(state, 'no such slide or step in this talk');
      return move(state, position, action.at);
    }
    case 'poll':
      return actOnPoll(outline, state, action.poll, action.action);
    case 'vote':
      return vote(outline, state, action.poll, action.device, action.choices);
  }
}

function move(state: LiveState, position: Position, at: number): Outcome {
  if (position.slide === state.position.slide && position.step === state.position.step)
    return unchanged(state);
  const startedAt = state.startedAt ?? at;
  const next = { ...state, position, startedAt };
  return {
    ok: true,
    state: next,
    broadcast: [{ type: 'position', position, startedAt, serverTime: at }],
    reply: [],
  };
}

const POLL_CHANGES: Readonly<Record<PollAction, (poll: PollState) => PollState>> = {
  open: (poll) => ({ ...poll, status: 'open' }),
  close: (poll) => ({ ...poll, status: 'closed' }),
  reset: (poll) => ({ ...poll, status: 'open', ballots: new Map() }),
  show: (poll) => ({ ...poll, visible: true }),
  hide: (poll) => ({ ...poll, visible: false }),
};

function actOnPoll(outline: LiveOutline, state: LiveState, id: string, action: PollAction): Outcome {
  const poll = findPoll(outline, id);
  if (!poll) return refused(state, 'no such poll in this talk');
  const changed = POLL_CHANGES[action](state.polls.get(id) ?? NEW_POLL);
  return withPoll(state, id, changed, [{ type: 'poll', poll: pollResults(poll, changed) }], []);
}

function vote(
  outline: LiveOutline,
  state: LiveState,
  id: string,
  device: string,
  choices: readonly number[],
): Outcome {
  const poll = findPoll(outline, id);
  if (!poll) return { ok: false, close: CLOSE.badBallot };
  const checked = checkBallot(poll, choices);
  if (!checked.ok) return { ok: false, close: CLOSE.badBallot };
  const current = state.polls.get(id) ?? NEW_POLL;
  if (current.status === 'closed') return refused(state, 'the poll is closed');
  const ballots = new Map(current.ballots);
  if (checked.choices.length === 0) ballots.delete(device);
  else ballots.set(device, checked.choices);
  const changed = { ...current, ballots };
  return withPoll(
    state,
    id,
    changed,
    [{ type: 'poll', poll: pollResults(poll, changed) }],
    [{ type: 'ballot', poll: id, choices: checked.choices }],
  );
}

function withPoll(
  state: LiveState,
  id: string,
  poll: PollState,
  broadcast: readonly ServerMessage[],
  reply: readonly ServerMessage[],
): Outcome {
  const polls = new Map(state.polls);
  polls.set(id, poll);
  return { ok: true, state: { ...state, polls }, broadcast, reply };
}
