import { ASSET_TYPES, type AssetType, assetTypeOf } from '../budgets/asset-type.ts';
import type { ByteSize } from '../budgets/byte-size.ts';
import type { BudgetCheck } from '../budgets/check-budgets.ts';
import type { CriticalPath } from '../budgets/critical-path.ts';
import type { SiteSize } from '../budgets/site-size.ts';
import { formatKb, formatMs, formatTable } from './format-table.ts';
import { LIGHTHOUSE_CATEGORIES } from './lighthouse-result.ts';
import type { PageLoad, RequestBytes } from './measure-page-load.ts';
import { median } from './median.ts';
import type { LighthouseSummary } from './summarise-lighthouse.ts';
import type { TimedPage } from './time-page-loads.ts';

const PAGE_LABELS: Readonly<Record<TimedPage, string>> = {
  deck: 'deck (index.html)',
  plain: 'plain page: scripts removed',
  bare: 'bare page: scripts and styles removed',
};

/** Paint times per page, then whether the deck's title is painted at least as soon as the plain page's. */
export function formatPaints(loads: Readonly<Record<TimedPage, readonly PageLoad[]>>): string {
  const medians = (page: TimedPage) => ({
    fcp: median(loads[page].map((load) => load.fcp)),
    lcp: median(loads[page].map((load) => load.lcp)),
    title: median(loads[page].map((load) => load.title)),
    painted: loads[page].filter((load) => load.title !== undefined).length,
  });
  const rows = (Object.keys(PAGE_LABELS) as TimedPage[]).map((page) => {
    const { fcp, lcp, title, painted } = medians(page);
    const runs = loads[page].length;
    return [
      PAGE_LABELS[page],
      formatMs(fcp),
      formatMs(lcp),
      title === undefined ? 'not painted' : formatMs(title),
      `${painted}/${runs}`,
    ];
  });
  const table = formatTable(
    `Paint times, ms after navigation (median of ${loads.deck.length} runs)`,
    ['page', 'FCP', 'LCP', "first slide's title", 'title painted'],
    rows,
  );
  return `${table}\n${titleVerdict(medians('deck').title, medians('plain').title, medians('bare').title)}`;
}

function titleVerdict(deck?: number, plain?: number, bare?: number): string {
  const [baseline, name] =
    plain !== undefined ? [plain, 'plain page'] : [bare, 'bare page (the plain page never paints it)'];
  if (deck === undefined || baseline === undefined)
    return 'Target "title at least as soon as a plain page": not measurable.';
  const verdict = deck <= baseline ? 'met' : `missed by ${formatMs(deck - baseline)} ms`;
  return `Target "title at least as soon as a plain page": ${verdict} (deck ${formatMs(deck)} ms, ${name} ${formatMs(baseline)} ms).`;
}

/** Requests that started before the deck's title was painted, per type, as medians over the runs. */
export function formatRequestsBeforeTitle(loads: readonly PageLoad[]): string {
  const measured = loads.flatMap((load) => (load.beforeTitle ? [load.beforeTitle] : []));
  const medianOf = (pick: (bytes: RequestBytes) => number) => (type: AssetType) =>
    median(measured.map((byType) => pick(byType[type]))) ?? 0;
  const requests = medianOf((bytes) => bytes.requests);
  const transfer = medianOf((bytes) => bytes.transfer);
  const gzip = medianOf((bytes) => bytes.gzip);
  const rows = ASSET_TYPES.map((type) => [
    type,
    String(requests(type)),
    formatKb(transfer(type)),
    formatKb(gzip(type)),
  ]);
  const sum = (pick: (type: AssetType) => number) =>
    ASSET_TYPES.reduce((total, type) => total + pick(type), 0);
  rows.push(['total', String(sum(requests)), formatKb(sum(transfer)), formatKb(sum(gzip))]);
  const table = formatTable(
    `Before the deck's first slide shows, measured (median of ${measured.length} runs)`,
    ['type', 'requests', 'transfer kB', 'gzip kB'],
    rows,
  );
  const fonts = (loads[0]?.requestedBeforeTitle ?? []).filter((path) => assetTypeOf(path) === 'font');
  return `${table}\nFonts fetched before the title, first run: ${fonts.join(', ') || 'none'}.`;
}

/** The critical path from the built files, file by file, as `npm test` counts it. */
export function formatCriticalPath(criticalPath: CriticalPath): string {
  const rows = criticalPath.files.map((file) => [
    file.path,
    file.type,
    file.reason,
    formatKb(file.raw),
    formatKb(file.gzip),
  ]);
  rows.push(['total', '', '', formatKb(criticalPath.total.raw), formatKb(criticalPath.total.gzip)]);
  return formatTable(
    'Critical path from the built files (npm test counts this)',
    ['file', 'type', 'why', 'raw kB', 'gzip kB'],
    rows,
  );
}

/** Each budget: limit, target, what was measured, and whether it holds. */
export function formatBudgets(checks: readonly BudgetCheck[]): string {
  const rows = checks.map(({ budget, actual, withinLimit, meetsTarget }) => [
    budget.name,
    formatKb(actual),
    formatKb(budget.limit),
    budget.target === undefined ? '—' : formatKb(budget.target),
    `${withinLimit ? 'within limit' : 'OVER LIMIT'}${meetsTarget === false ? `; target missed by ${formatKb(actual - (budget.target ?? 0))} kB` : ''}`,
  ]);
  return formatTable(
    'Byte budgets, gzip kB (src/tools/budgets/budgets.ts)',
    ['budget', 'now', 'limit', 'target', 'status'],
    rows,
  );
}

/** The built site's bytes per type. */
export function formatSite(site: SiteSize): string {
  const row = (name: string, size: ByteSize) => [
    name,
    String(size.files),
    formatKb(size.raw),
    formatKb(size.gzip),
  ];
  return formatTable(
    'Whole built site, without PDFs',
    ['type', 'files', 'raw kB', 'gzip kB'],
    [...ASSET_TYPES.map((type) => row(type, site.byType[type])), row('total', site.total)],
  );
}

/** Lighthouse scores per preset, then the audits that cost points. */
export function formatLighthouse(summaries: readonly LighthouseSummary[]): string {
  const runs = Math.max(...summaries.map((summary) => summary.performanceRuns.length));
  const table = formatTable(
    `Lighthouse 12.2.3 scores (median of ${runs} run${runs === 1 ? '' : 's'} per preset)`,
    ['preset', ...LIGHTHOUSE_CATEGORIES, 'performance, each run'],
    summaries.map((summary) => [
      summary.preset,
      ...LIGHTHOUSE_CATEGORIES.map((id) => String(summary.scores[id] ?? '—')),
      summary.performanceRuns.map((score) => score ?? '—').join(' '),
    ]),
  );
  const missed = summaries.flatMap((summary) =>
    summary.missed.map((audit) => `  ${summary.preset} ${audit}`),
  );
  return missed.length === 0
    ? table
    : `${table}\nAudits that cost points, in the run with the median performance:\n${missed.join('\n')}`;
}
