import type { Poll } from '../deck/poll.ts';

export type BallotCheck =
  | { readonly ok: true; readonly choices: readonly number[] }
  | { readonly ok: false; readonly problem: string };

/**
 * Checks a ballot against its poll: options it has, each once, and one only for a `one` poll. No
 * options at all takes the device's ballot back. Returns the choices in the options' order.
 */
export function checkBallot(poll: Poll, choices: readonly number[]): BallotCheck {
  if (new Set(choices).size !== choices.length) return { ok: false, problem: 'an option picked twice' };
  if (choices.some((choice) => !Number.isInteger(choice) || choice < 0 || choice >= poll.options.length))
    return { ok: false, problem: `the poll has ${poll.options.length} options` };
  if (poll.choice === 'one' && choices.length > 1)
    return { ok: false, problem: 'this poll takes one option' };
  return { ok: true, choices: [...choices].sort((a, b) => a - b) };
}

/** Ballots per option from every device's ballot. */
export function countBallots(poll: Poll, ballots: Iterable<readonly number[]>): number[] {
  const counts = poll.options.map(() => 0);
  for (const choices of ballots) for (const choice of choices) counts[choice] = (counts[choice] ?? 0) + 1;
  return counts;
}
