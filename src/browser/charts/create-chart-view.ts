import type { GoalsDataset } from '../../data/goals-dataset';
import { summarizeGoals } from '../../deck/chart/describe-goals.ts';
import { CHART_PALETTE } from '../../deck/chart/goals-chart-look.ts';
import type { GroupKey } from '../../deck/chart/goals-chart-state.ts';

/** The DOM a goals chart draws into and is operated by, built around the table the build rendered. */
export interface ChartView {
  readonly canvas: HTMLCanvasElement;
  /** The focusable frame around the canvas: arrow keys read goal by goal. */
  readonly frame: HTMLElement;
  readonly tooltip: HTMLElement;
  readonly legendButtons: Readonly<Record<GroupKey, HTMLButtonElement>>;
  readonly sortButton: HTMLButtonElement;
  readonly tableButton: HTMLButtonElement;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.textContent = text;
  return node;
}

function legendButton(group: GroupKey, label: string): HTMLButtonElement {
  const button = element('button', {
    type: 'button',
    class: 'chart-legend',
    'data-group': group,
    'aria-pressed': 'true',
  });
  const swatch = element('span', { class: 'chart-swatch', 'aria-hidden': 'true' });
  swatch.style.setProperty('--swatch', CHART_PALETTE[group]);
  button.append(swatch, label);
  return button;
}

/**
 * Adds the chart's canvas, legend buttons, sort and table toggles and tooltip to a chart figure. The
 * table stays in the document (screen readers, print); on screen it is one click away.
 */
export function createChartView(figure: HTMLElement, dataset: GoalsDataset): ChartView {
  // A figure whose HTML was copied back (reveal.js leaving the reading view) keeps a dead canvas: start clean.
  for (const stale of figure.querySelectorAll(':scope > .chart-controls, :scope > .chart-frame'))
    stale.remove();
  const table = figure.querySelector<HTMLElement>('.chart-table');
  const tableId = table?.querySelector('table')?.id ?? '';
  const legendButtons = {
    providers: legendButton('providers', dataset.groups.providers.label),
    patients: legendButton('patients', dataset.groups.patients.label),
  };
  const sortButton = element(
    'button',
    { type: 'button', class: 'chart-sort', 'aria-pressed': 'false' },
    'Sort by gap',
  );
  const tableButton = element(
    'button',
    { type: 'button', class: 'chart-table-toggle', 'aria-expanded': 'false', 'aria-controls': tableId },
    'Show data table',
  );
  const controls = element('div', { class: 'chart-controls', role: 'group', 'aria-label': 'Chart controls' });
  controls.append(legendButtons.providers, legendButtons.patients, sortButton, tableButton);

  const frame = element('div', {
    class: 'chart-frame',
    role: 'img',
    tabindex: '0',
    'aria-label': `${summarizeGoals(dataset)} Use the up and down arrow keys to read goal by goal.`,
  });
  const canvas = element('canvas', { 'aria-hidden': 'true' });
  const tooltip = element('div', { class: 'chart-tooltip', role: 'status', 'aria-live': 'polite' });
  tooltip.hidden = true;
  frame.append(canvas, tooltip);
  figure.prepend(controls, frame);
  figure.classList.add('is-interactive');
  return { canvas, frame, tooltip, legendButtons, sortButton, tableButton };
}
