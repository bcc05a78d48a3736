import { datasets } from '../data/datasets';
import { type GoalsChartController, type MountOptions, mountGoalsChart } from './mount-goals-chart';

const controllers = new WeakMap<HTMLElement, GoalsChartController>();

/**
 * Mounts every chart figure under `root` that is not mounted yet, and returns the controllers of all.
 * Idempotent: calling it again (a revisit, a view switch) never duplicates a chart.
 */
export function mountCharts(root: ParentNode, options: MountOptions): GoalsChartController[] {
  return [...root.querySelectorAll<HTMLElement>('figure.chart[data-chart]')].map((figure) => {
    const existing = controllers.get(figure);
    if (existing) return existing;
    const id = figure.dataset.chart ?? '';
    const dataset = datasets[id];
    if (!dataset)
      throw new Error(`Chart "${id}" names no dataset in src/data/datasets.ts: add it there and rebuild.`);
    const controller = mountGoalsChart(figure, dataset, options);
    controllers.set(figure, controller);
    return controller;
  });
}

export { FINAL_STEP, toStep } from './goals-chart-state';
export { CHART_DRAWN_EVENT } from './mount-goals-chart';
