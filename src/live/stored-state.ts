import { checkBallot } from './ballot.ts';
import { createLiveState, type LiveState, type PollState } from './live-state.ts';
import { findPoll, isPositionIn, type LiveOutline } from './outline.ts';

/** The state as written to disk: JSON, with the options each poll was answered against. */
interface StoredState {
  readonly version: 1;
  readonly position: { readonly slide: string; readonly step: number };
  readonly startedAt: number | null;
  readonly polls: readonly {
    readonly id: string;
    readonly options: readonly string[];
    readonly status: 'open' | 'closed';
    readonly visible: boolean;
    readonly ballots: readonly (readonly [string, readonly number[]])[];
  }[];
}

/** The state as JSON text, for the file that outlives the server. */
export function storeState(outline: LiveOutline, state: LiveState): string {
  const stored: StoredState = {
    version: 1,
    position: state.position,
    startedAt: state.startedAt,
    polls: [...state.polls].map(([id, poll]) => ({
      id,
      options: findPoll(outline, id)?.options ?? [],
      status: poll.status,
      visible: poll.visible,
      ballots: [...poll.ballots],
    })),
  };
  return `${JSON.stringify(stored, null, 1)}\n`;
}

/**
 * The state a stored file holds, checked against the talk as it is now: a slide that is gone puts the
 * talk back to its start, and a poll whose options changed starts again (its old ballots would count
 * for other options). Returns a new state for a file that is missing, broken or of another version.
 */
export function restoreState(outline: LiveOutline, text: string | undefined): LiveState {
  const fresh = createLiveState(outline);
  if (text === undefined) return fresh;
  let stored: StoredState;
  try {
    stored = JSON.parse(text) as StoredState;
  } catch {
    return fresh;
  }
  if (stored?.version !== 1 || !Array.isArray(stored.polls)) return fresh;
  const position =
    typeof stored.position?.slide === 'string' && isPositionIn(outline, stored.position)
      ? { slide: stored.position.slide, step: stored.position.step }
      : fresh.position;
  const polls = new Map<string, PollState>();
  for (const entry of stored.polls) {
    const poll = typeof entry?.id === 'string' ? findPoll(outline, entry.id) : undefined;
    if (!poll || JSON.stringify(entry.options) !== JSON.stringify(poll.options)) continue;
    const ballots = new Map<string, readonly number[]>();
    for (const [device, choices] of Array.isArray(entry.ballots) ? entry.ballots : []) {
      const checked =
        typeof device === 'string' && Array.isArray(choices) ? checkBallot(poll, choices) : null;
      if (checked?.ok && checked.choices.length > 0) ballots.set(device, checked.choices);
    }
    polls.set(poll.id, {
      status: entry.status === 'closed' ? 'closed' : 'open',
      visible: entry.visible !== false,
      ballots,
    });
  }
  const startedAt = typeof stored.startedAt === 'number' ? stored.startedAt : null;
  return { position, startedAt, polls };
}
