import type { Chart, Plugin } from 'chart.js';
import { axisTitleLines, layoutGoalsChart } from '../../deck/chart/goals-chart-layout.ts';
import {
  CHART_FONT,
  CHART_PALETTE,
  CHART_SPACING,
  CHART_TEXT,
  GAP_DASH,
} from '../../deck/chart/goals-chart-look.ts';
import { valueLabel, wrapLabel } from '../../deck/chart/goals-chart-text.ts';

/** What the labels plugin draws: per goal (in display order) its gap once the gaps step is reached. */
export interface GoalLabelsOptions {
  /** Per goal: the gap's size in words ("64 percentage points"); empty before the gaps step. */
  readonly sizes: readonly string[];
  /** Per goal: the gap's p-value as printed ("P<0.01"). */
  readonly pValues: readonly string[];
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends import('chart.js').ChartType> {
    goalLabels?: GoalLabelsOptions;
  }
}

type BarBox = { x: number; y: number; height: number };

/** A bar where it is drawn now: during an animation, part way, so what is written on it moves with it. */
function drawnBox(chart: Chart<'bar'>, datasetIndex: number, goal: number): BarBox | undefined {
  const bar = chart.getDatasetMeta(datasetIndex).data[goal];
  if (!bar) return undefined;
  const box = bar.getProps(['x', 'y', 'height']) as unknown as BarBox;
  return Number.isFinite(box.x) && Number.isFinite(box.y) ? box : undefined;
}

const shown = (chart: Chart<'bar'>, index: number) =>
  !chart.getDatasetMeta(index).hidden && chart.isDatasetVisible(index);

/**
 * Writes the value axis's title, each bar's value at its end, where the bar is as it grows (so paper and greyscale need no
 * hover), and at the gaps step each goal's gap and p-value in the column on the right, with an outlined
 * box spanning the gap on the bars.
 */
export const goalLabelsPlugin: Plugin<'bar', GoalLabelsOptions> = {
  id: 'goalLabels',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options: GoalLabelsOptions) {
    const { ctx } = chart;
    ctx.save();
    ctx.textBaseline = 'middle';
    drawGaps(chart, options);
    drawValues(chart);
    drawAxisTitle(chart);
    ctx.restore();
  },
};

/** The value axis's title, in as many lines as the plot's width needs (Chart.js's would shrink). */
function drawAxisTitle(chart: Chart<'bar'>): void {
  const { ctx } = chart;
  const layout = layoutGoalsChart(chart.width, chart.height);
  ctx.font = `${CHART_TEXT.small}px ${CHART_FONT}`;
  ctx.fillStyle = CHART_PALETTE.muted;
  ctx.textAlign = 'center';
  for (const line of axisTitleLines(layout)) {
    ctx.fillText(line.text, (layout.plot.left + layout.plot.right) / 2, line.y);
  }
}

function drawValues(chart: Chart<'bar'>): void {
  const { ctx } = chart;
  ctx.font = `${CHART_TEXT.strong} ${CHART_TEXT.label}px ${CHART_FONT}`;
  ctx.fillStyle = CHART_PALETTE.ink;
  ctx.textAlign = 'left';
  chart.data.datasets.forEach((dataset, index) => {
    if (!shown(chart, index)) return;
    dataset.data.forEach((value, goal) => {
      const box = drawnBox(chart, index, goal);
      if (typeof value !== 'number' || !box) return;
      ctx.fillText(valueLabel(value), box.x + CHART_SPACING.valueOffset, box.y);
    });
  });
}

function drawGaps(chart: Chart<'bar'>, options: GoalLabelsOptions): void {
  const { ctx } = chart;
  const y = chart.scales.y;
  if (!y || options.sizes.length === 0) return;
  const layout = layoutGoalsChart(chart.width, chart.height);
  const line = CHART_TEXT.small * CHART_TEXT.lineHeight;
  const bothShown = shown(chart, 0) && shown(chart, 1);
  ctx.font = `${CHART_TEXT.strong} ${CHART_TEXT.small}px ${CHART_FONT}`;
  options.sizes.forEach((size, goal) => {
    const lines = [...wrapLabel(size, layout.gapWrap), options.pValues[goal] ?? ''];
    const middle = y.getPixelForValue(goal);
    ctx.fillStyle = CHART_PALETTE.gap;
    ctx.textAlign = 'right';
    lines.forEach((text, index) => {
      ctx.fillText(text, chart.width, middle + (index - (lines.length - 1) / 2) * line);
    });
    if (!bothShown) return;
    const a = drawnBox(chart, 0, goal);
    const b = drawnBox(chart, 1, goal);
    if (!a || !b) return;
    // The gap: an outlined box where the shorter bar would reach if both groups agreed.
    const [shorter, longer] = a.x <= b.x ? [a, b] : [b, a];
    const top = shorter.y - shorter.height / 2;
    ctx.fillStyle = CHART_PALETTE.gapFill;
    ctx.fillRect(shorter.x, top, longer.x - shorter.x, shorter.height);
    ctx.strokeStyle = CHART_PALETTE.gap;
    ctx.lineWidth = 2;
    ctx.setLineDash([...GAP_DASH]);
    ctx.strokeRect(shorter.x, top, longer.x - shorter.x, shorter.height);
    ctx.setLineDash([]);
  });
}
