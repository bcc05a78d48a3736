/**
 * How many pages walk the whole talk side by side: each waits mostly on the deck's transitions, not on
 * the CPU, so three keep two cores busy without starving one another.
 */
export const SIDE_BY_SIDE_PAGES = 3;

/**
 * `items` cut into at most `count` runs of near-equal length, in order, none empty: a long walk through
 * the talk shared out between pages that walk side by side.
 */
export function inRuns<T>(items: readonly T[], count: number): T[][] {
  const runs = Math.max(1, Math.min(count, items.length));
  return Array.from({ length: runs }, (_, index) =>
    items.slice(Math.round((index * items.length) / runs), Math.round(((index + 1) * items.length) / runs)),
  );
}
