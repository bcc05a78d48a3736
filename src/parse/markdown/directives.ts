import { FINAL_STEP } from '../../browser/charts/goals-chart-state.ts';
import { escapeHtml } from '../../render/escape-html.ts';
import { renderGoalsTable } from '../../render/render-goals-table.ts';
import { renderQrCode } from '../../render/render-qr-code.ts';
import type { Directive } from './directive-plugin.ts';
import { type RenderEnv, report } from './parse-env.ts';

/** `::: steps`: its blocks and list items appear one click at a time. */
const steps: Directive = {
  empty: false,
  render: () => ({ open: '<div class="steps">\n', close: '</div>\n' }),
};

/** `::: chart <dataset>`: the dataset's table now, an interactive chart once the browser mounts it. */
const chart: Directive = {
  empty: true,
  render(args: string, env: RenderEnv, bodyLine: number) {
    const dataset = env.datasets[args];
    if (!dataset) {
      const known = Object.keys(env.datasets).join(', ');
      report(
        env,
        bodyLine,
        args ? `unknown dataset "${args}" in chart directive` : 'chart directive names no dataset',
        `write "::: chart <dataset>" with one of: ${known} (datasets live in src/data/)`,
      );
      return { open: '', close: '' };
    }
    const source = env.bibliography[dataset.citationKey];
    if (source && !env.citedKeys.includes(dataset.citationKey)) env.citedKeys.push(dataset.citationKey);
    return {
      open:
        `<figure class="chart" data-chart="${escapeHtml(dataset.id)}">\n` +
        `<div class="chart-table">${renderGoalsTable(dataset, source)}</div>\n` +
        // Empty fragments drive the chart's build steps: reveal.js counts, reverses and syncs them.
        Array.from({ length: CHART_STEP_COUNT }, (_, step) => chartStep(step + 1)).join('') +
        '\n',
      close: '</figure>\n',
    };
  },
};

/** How many clicks the chart builds up in (the patients join, then the gaps are marked). */
export const CHART_STEP_COUNT: number = FINAL_STEP;

const chartStep = (step: number) =>
  `<span class="fragment chart-step" data-chart-step="${step}" aria-hidden="true"></span>`;

/** `::: references`: the full list of works cited in the deck. Filled in once every file is read. */
const references: Directive = {
  empty: true,
  render: () => ({ open: `<ol class="references">${REFERENCES_PLACEHOLDER}</ol>\n`, close: '' }),
};

/** `::: follow-along`: a QR code of the published deck with its address, for phones in the room. */
const followAlong: Directive = {
  empty: true,
  render: (_args: string, env: RenderEnv) => ({
    open:
      `<figure class="follow-along">${renderQrCode(env.siteUrl)}` +
      `<figcaption><a href="${escapeHtml(env.siteUrl)}">${escapeHtml(env.siteUrl.replace(/^https?:\/\//, ''))}</a>` +
      '</figcaption></figure>\n',
    close: '',
  }),
};

/** Stands where the reference list goes until the whole deck has been read. */
export const REFERENCES_PLACEHOLDER = '<!--references-->';

export const DIRECTIVES: Readonly<Record<string, Directive>> = {
  steps,
  chart,
  references,
  'follow-along': followAlong,
};
