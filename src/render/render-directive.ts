import { CHART_CLICKS } from '../deck/chart-steps.ts';
import { CHART_STEP_CLASS, REFERENCES_SLIDE_ID } from '../deck/dom-contract.ts';
import type { PollMeta } from '../deck/poll.ts';
import { escapeHtml } from './escape-html.ts';
import { type RenderContext, slideHref } from './render-context.ts';
import { renderGoalsChartSvg } from './render-goals-chart-svg.ts';
import { renderGoalsTable } from './render-goals-table.ts';
import { renderQrCode } from './render-qr-code.ts';
import { renderReferenceList } from './render-reference-list.ts';

/** A directive's HTML around its content (empty directives have none). */
export interface DirectiveHtml {
  readonly open: string;
  readonly close: string;
}

type RenderDirective = (args: string, context: RenderContext, meta?: object) => DirectiveHtml;

const NOTHING: DirectiveHtml = { open: '', close: '' };

/**
 * `::: chart <dataset>`: the chart's final state as SVG (what print, the PDFs and readers without script
 * see), the dataset's table, the source linked to the references, and the empty fragments of its steps;
 * the browser mounts the interactive chart over it.
 */
const chart: RenderDirective = (args, context) => {
  const dataset = context.datasets.get(args);
  if (!dataset) return NOTHING;
  const source = context.bibliography.get(dataset.citationKey);
  // Empty fragments drive the chart's build steps: reveal.js counts, reverses and syncs them.
  const steps = Array.from(
    { length: CHART_CLICKS },
    (_, step) =>
      `<span class="fragment ${CHART_STEP_CLASS}" data-chart-step="${step + 1}" aria-hidden="true"></span>`,
  ).join('');
  const cite = source
    ? `<figcaption class="chart-source">Source: <a href="${slideHref(REFERENCES_SLIDE_ID, context.target)}">` +
      `${escapeHtml(source.short)}</a></figcaption>\n`
    : '';
  return {
    open:
      `<figure class="chart" data-chart="${escapeHtml(dataset.id)}">\n` +
      `<div class="chart-picture">${renderGoalsChartSvg(dataset)}</div>\n` +
      `<div class="chart-table">${renderGoalsTable(dataset, source, `table-${context.slideId}`)}</div>\n${steps}\n`,
    close: `${cite}</figure>\n`,
  };
};

/**
 * `::: follow-along`: a QR code of the published deck with its address, for phones in the room. While
 * the address is still the placeholder, a QR code would send the room to a dead page: the slide says
 * plainly that the address is not set, and how to set it, instead.
 */
const followAlong: RenderDirective = (_args, { site }) => ({
  open: site.configured
    ? `<figure class="follow-along">${renderQrCode(site.url)}` +
      `<figcaption><a href="${escapeHtml(site.url)}">${escapeHtml(site.url.replace(/^https?:\/\//, ''))}</a>` +
      '</figcaption></figure>\n'
    : '<figure class="follow-along follow-along-unset">' +
      `<p>${escapeHtml(FOLLOW_ALONG_UNSET)}</p>` +
      '<figcaption>Build with SITE_URL set to the deck’s address, or set siteUrl in src/data/talk.ts.' +
      '</figcaption></figure>\n',
  close: '',
});

/** What the follow-along slide says, instead of a QR code, while the site's address is not set. */
export const FOLLOW_ALONG_UNSET =
  'The address of these slides is not set yet, so there is no QR code to scan.';

/**
 * `::: poll`: the options as the list of steps the parser marked, raised one at a time for a show of
 * hands. Served by the live server, the page turns it into a poll the phones in the room answer.
 */
const poll: RenderDirective = (_args, { slideId }, meta) => ({
  open: `<div class="poll" data-poll="${escapeHtml(slideId)}" data-poll-choice="${(meta as PollMeta | undefined)?.choice ?? 'one'}">\n`,
  close: '</div>\n',
});

const RENDERERS: ReadonlyMap<string, RenderDirective> = new Map([
  ['steps', () => ({ open: '<div class="steps">\n', close: '</div>\n' })],
  ['chart', chart],
  [
    'references',
    (_args, context) => ({
      open: `<ol class="references">${renderReferenceList(context.citedKeys, context.bibliography)}</ol>\n`,
      close: '',
    }),
  ],
  ['follow-along', followAlong],
  ['poll', poll],
]);

/** The HTML of a directive the loader accepted; nothing for a name it would have reported. */
export function renderDirective(
  name: string,
  args: string,
  context: RenderContext,
  meta?: object,
): DirectiveHtml {
  return RENDERERS.get(name)?.(args, context, meta) ?? NOTHING;
}
