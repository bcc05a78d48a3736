import { datasets } from '../../data/datasets.ts';
import { CHART_FIGURE_SELECTOR } from '../../deck/dom-contract.ts';
import { type GoalsChartController, type MountOptions, mountGoalsChart } from './mount-goals-chart.ts';

const controllers = new Map<HTMLElement, GoalsChartController>();

/**
 * Mounts every chart figure under `root` that is not mounted yet, and returns the controllers of all.
 * Idempotent: calling it again (a revisit, a view switch) never duplicates a chart. Charts whose figure
 * left the document (reveal.js restores slide HTML when the reading view closes) are destroyed, so
 * nothing leaks.
 */
export function mountCharts(root: ParentNode, options: MountOptions): GoalsChartController[] {
  destroyDetachedCharts();
  return [...root.querySelectorAll<HTMLElement>(CHART_FIGURE_SELECTOR)].map((figure) => {
    const existing = controllers.get(figure);
    if (existing) return existing;
    const id = figure.dataset.chart ?? '';
    const dataset = datasets.get(id);
    if (!dataset)
      throw new Error(`Chart "${id}" names no dataset in src/data/datasets.ts: add it there and rebuild.`);
    const controller = mountGoalsChart(figure, dataset, options);
    controllers.set(figure, controller);
    return controller;
  });
}

function destroyDetachedCharts(): void {
  for (const [figure, controller] of controllers) {
    if (figure.isConnected) continue;
    controller.destroy();
    controllers.delete(figure);
  }
}

export { FINAL_STEP, toStep } from '../../deck/chart/goals-chart-state.ts';
export { CHART_DRAWN_EVENT } from '../../deck/dom-contract.ts';
