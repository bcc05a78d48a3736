import type { Directive } from './directive-plugin.ts';
import { type ParseEnv, report } from './parse-env.ts';
import { pollDirective } from './poll-plugin.ts';

/** `::: chart <dataset>`: the dataset must exist; the chart cites its source. */
const chart: Directive = {
  empty: true,
  check(args: string, env: ParseEnv, bodyLine: number) {
    const dataset = env.datasets.get(args);
    if (!dataset) {
      report(
        env,
        bodyLine,
        args ? `unknown dataset "${args}" in chart directive` : 'chart directive names no dataset',
        `write "::: chart <dataset>" with one of: ${[...env.datasets.keys()].join(', ')} (datasets live in src/data/)`,
      );
      return;
    }
    if (env.bibliography.has(dataset.citationKey)) env.citedKeys.add(dataset.citationKey);
  },
};

/**
 * The directives a slide may use. How each renders is src/render/'s business: `steps` (its blocks and
 * list items appear one click at a time), `chart` (the dataset's table, which the browser turns into a
 * chart), `references` (every work cited in the deck), `follow-along` (a QR code of the published deck),
 * `poll` (its options as steps; a live poll when the deck is presented together).
 */
export const DIRECTIVES: ReadonlyMap<string, Directive> = new Map([
  ['steps', { empty: false }],
  ['chart', chart],
  ['references', { empty: true }],
  ['follow-along', { empty: true }],
  ['poll', pollDirective],
]);
