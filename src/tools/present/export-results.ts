import type { LiveState } from '../../live/live-state.ts';
import { pollResults, pollsOf } from '../../live/live-state.ts';
import type { LiveOutline } from '../../live/outline.ts';

/** The polls' results as JSON: for each poll, its options with their counts, and how many voted. */
export function resultsAsJson(outline: LiveOutline, state: LiveState): string {
  const polls = pollsOf(outline).map((poll) => {
    const results = pollResults(poll, state.polls.get(poll.id));
    return {
      poll: poll.id,
      choice: poll.choice,
      status: results.status,
      voters: results.voters,
      options: poll.options.map((option, index) => ({ option, count: results.counts[index] ?? 0 })),
    };
  });
  return `${JSON.stringify({ polls }, null, 2)}\n`;
}

/** The polls' results as CSV (RFC 4180): one row per option, with the poll's number of voters. */
export function resultsAsCsv(outline: LiveOutline, state: LiveState): string {
  const rows = [['poll', 'option', 'count', 'voters']];
  for (const poll of pollsOf(outline)) {
    const results = pollResults(poll, state.polls.get(poll.id));
    poll.options.forEach((option, index) => {
      rows.push([poll.id, option, String(results.counts[index] ?? 0), String(results.voters)]);
    });
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A CSV field, quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
