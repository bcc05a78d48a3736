import { escapeHtml } from '../escape-html.ts';
import { renderGoalsTable } from '../render-goals-table.ts';
import type { Directive } from './directive-plugin.ts';
import { type RenderEnv, report } from './render-env.ts';


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
        `<div class="chart-table">${renderGoalsTable(dataset, source)}</div>\n`,
      close: '</figure>\n',
    };
  },
};

/** `::: references`: the full list of works cited in the deck. Filled in once every file is read. */
const references: Directive = {
  empty: true,
  render: () => ({ open: `<ol class="references">${REFERENCES_PLACEHOLDER}</ol>\n`, close: '' }),
};

/** Stands where the reference list goes until the whole deck has been read. */
export const REFERENCES_PLACEHOLDER = '<!--references-->';

export const DIRECTIVES: Readonly<Record<string, Directive>> = { steps, chart, references };
