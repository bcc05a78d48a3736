import type { Chart, Plugin } from 'chart.js';
import { CHART_FONT, CHART_PALETTE } from './chart-palette';

/** What the labels plugin draws: per goal (in display order), the gap and its p-value, or nothing. */
export interface GoalLabelsOptions {
  /** Font size of the labels, in CSS pixels. */
  readonly fontSize: number;
  /** Per goal: the gap text ("64 pts, P<0.01") once the gaps step is reached; empty before. */
  readonly gaps: readonly string[];
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends import('chart.js').ChartType> {
    goalLabels?: GoalLabelsOptions;
  }
}

/** Space kept right of the bars for the gap column, so marking the gaps never moves the bars. */
export const GAP_COLUMN_WIDTH = 190;

/**
 * Writes each bar's value at its end (so paper and greyscale need no hover) and, at the gaps step, the
 * gap and p-value of each goal in a column on the right, with a line spanning the gap on the bars.
 */
export const goalLabelsPlugin: Plugin<'bar', GoalLabelsOptions> = {
  id: 'goalLabels',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options: GoalLabelsOptions) {
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = `600 ${options.fontSize}px ${CHART_FONT}`;
    ctx.textBaseline = 'middle';
    drawValues(chart);
    drawGaps(chart, options, chartArea.right);
    ctx.restore();
  },
};

function drawValues(chart: Chart<'bar'>): void {
  const { ctx } = chart;
  ctx.fillStyle = CHART_PALETTE.ink;
  ctx.textAlign = 'left';
  chart.data.datasets.forEach((dataset, index) => {
    const meta = chart.getDatasetMeta(index);
    if (meta.hidden || !chart.isDatasetVisible(index)) return;
    meta.data.forEach((bar, goal) => {
      const value = dataset.data[goal];
      if (typeof value !== 'number') return;
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillText(`${value}%`, x + 6, y);
    });
  });
}

type BarBox = { x: number; y: number; height: number };

function drawGaps(chart: Chart<'bar'>, options: GoalLabelsOptions, right: number): void {
  const { ctx } = chart;
  const y = chart.scales.y;
  if (!y || options.gaps.length === 0) return;
  const metas = [chart.getDatasetMeta(0), chart.getDatasetMeta(1)];
  const bothShown = metas.every((meta, index) => meta && !meta.hidden && chart.isDatasetVisible(index));
  options.gaps.forEach((text, goal) => {
    ctx.fillStyle = CHART_PALETTE.gap;
    ctx.textAlign = 'right';
    ctx.fillText(text, right + GAP_COLUMN_WIDTH - 4, y.getPixelForValue(goal));
    if (!bothShown) return;
    const [a, b] = metas.map(
      (meta) => meta?.data[goal]?.getProps(['x', 'y', 'height'], true) as BarBox | undefined,
    );
    if (!a || !b) return;
    // The gap: an outlined box where the shorter bar would reach if both groups agreed.
    const [shorter, longer] = a.x <= b.x ? [a, b] : [b, a];
    const top = shorter.y - shorter.height / 2;
    ctx.fillStyle = 'rgba(143, 45, 20, 0.12)';
    ctx.fillRect(shorter.x, top, longer.x - shorter.x, shorter.height);
    ctx.strokeStyle = CHART_PALETTE.gap;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.strokeRect(shorter.x, top, longer.x - shorter.x, shorter.height);
    ctx.setLineDash([]);
  });
}
