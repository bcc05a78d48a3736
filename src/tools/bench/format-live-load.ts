import { formatTable } from './format-table.ts';
import { LIVE_LOAD, type LiveLoadResult } from './load-live-server.ts';
import { median } from './median.ts';
import { percentile } from './percentile.ts';

const ms = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)} ms`);

/** The live server's load scenario as the bench reports it: each figure with its target beside it. */
export function formatLiveLoad(result: LiveLoadResult): string {
  const { targets } = LIVE_LOAD;
  const p99 = percentile(result.fanOut, 0.99);
  const perClient = result.rssBefore > 0 ? (result.rssWith - result.rssBefore) / result.clients : undefined;
  const rows = [
    ['audience clients connected', String(result.clients), `${targets.clients}`],
    ['connect: all of them', ms(result.connectMs), ''],
    ['connect: p95 of one', ms(result.connectP95Ms), ''],
    ['moves stepped by the remote', String(result.moves), ''],
    ['fan-out median', ms(median(result.fanOut)), ''],
    ['fan-out p95', ms(percentile(result.fanOut, 0.95)), ''],
    ['fan-out p99', ms(p99), `< ${targets.p99Ms} ms`],
    ['moves some client missed', String(result.lostMoves), '0'],
    ['votes counted / cast', `${result.votesCounted} / ${result.votesCast}`, 'all'],
    ['voters counted', String(result.votersCounted), String(result.clients)],
    ['errors', String(result.errors.length), '0'],
    [
      'server memory per client',
      perClient === undefined ? 'not measured here' : `${(perClient / 1000).toFixed(1)} kB`,
      '',
    ],
  ];
  const met =
    result.clients >= targets.clients &&
    p99 !== undefined &&
    p99 < targets.p99Ms &&
    result.lostMoves === 0 &&
    result.votesCounted === result.votesCast &&
    result.errors.length === 0;
  const table = formatTable(
    'Live server under load (loopback; npm run present in its own process; the clients in the bench)',
    ['figure', 'measured', 'target'],
    rows,
  );
  const errors = result.errors.slice(0, 5).map((error) => `  ${error}`);
  return [table, met ? 'Every target met.' : 'Some target missed.', ...errors].join('\n');
}
