import type { ChartConfiguration, Scale } from 'chart.js';
import type { GoalsDataset } from '../../data/goals-dataset';
import { layoutGoalsChart } from '../../deck/chart/goals-chart-layout.ts';
import {
  CHART_BARS,
  CHART_FONT,
  CHART_PALETTE,
  CHART_SCALE,
  CHART_SPACING,
  CHART_TEXT,
  GROW_MS,
} from '../../deck/chart/goals-chart-look.ts';
import { type GoalsChartState, orderGoals, STEPS } from '../../deck/chart/goals-chart-state.ts';
import { gapSize, tickLabel, wrapLabel } from '../../deck/chart/goals-chart-text.ts';
import { goalLabelsPlugin } from './goal-labels-plugin';

/** Callbacks the browser edge plugs in; the configuration itself stays a pure function of its inputs. */
export interface GoalsChartHooks {
  /** Called when the chart has finished drawing a state (after its animation, or at once). */
  readonly onDrawn?: () => void;
  /** Chart.js's external tooltip handler: we draw tooltips as HTML so they are readable and testable. */
  readonly onTooltip?: NonNullable<
    NonNullable<NonNullable<ChartConfiguration<'bar'>['options']>['plugins']>['tooltip']
  >['external'];
}

/** The columns of the chart's box as it is now: Chart.js's scales are held to them. */
const layoutOf = (scale: Scale) => layoutGoalsChart(scale.chart.width, scale.chart.height);

/**
 * Holds a scale to its column of the layout. Chart.js would also pad the plot for labels that reach
 * past a scale's ends (a two-line goal at the top, "100%" at the right); the layout has room for them.
 */
function fitScale(scale: Scale, size: Partial<Record<'width' | 'height', number>>): void {
  Object.assign(scale, size, { paddingTop: 0, paddingBottom: 0, paddingLeft: 0, paddingRight: 0 });
}

/**
 * Returns the Chart.js configuration of the goals comparison at a given state: a grouped horizontal bar
 * chart on a 0–100% scale, laid out by `layoutGoalsChart` in whatever box it gets. The patients' bars
 * keep their slot before they appear (null values), so the providers' bars never move when the patients
 * join.
 */
export function createGoalsChartConfig(
  dataset: GoalsDataset,
  state: GoalsChartState,
  hooks: GoalsChartHooks = {},
): ChartConfiguration<'bar', (number | null)[], string> {
  const goals = orderGoals(dataset.goals, state.sortByGap);
  const { providers, patients } = dataset.groups;
  const patientsIn = state.step >= STEPS.patients;
  const gapsIn = state.step >= STEPS.gaps;
  return {
    type: 'bar',
    data: {
      labels: goals.map((goal) => goal.goal),
      datasets: [
        {
          label: providers.label,
          data: goals.map((goal) => goal.providers),
          backgroundColor: CHART_PALETTE.providers,
          hidden: !state.shown.providers,
        },
        {
          label: patients.label,
          data: goals.map((goal) => (patientsIn ? goal.patients : null)),
          backgroundColor: CHART_PALETTE.patients,
          hidden: !state.shown.patients,
        },
      ],
    },
    plugins: [goalLabelsPlugin],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // Duration 0, not `false`: Chart.js then still reports completion, which is the "drawn" signal.
      animation: {
        duration: state.animate ? GROW_MS : 0,
        ...(hooks.onDrawn ? { onComplete: hooks.onDrawn } : {}),
      },
      // A goal's row answers anywhere along it, so a tap need not hit a thin bar.
      interaction: { mode: 'index', axis: 'y', intersect: false },
      layout: {
        padding: (context) => {
          const layout = layoutGoalsChart(context.chart.width, context.chart.height);
          return { top: layout.plot.top, right: layout.gapColumn, left: 0, bottom: 0 };
        },
      },
      font: { family: CHART_FONT, size: CHART_TEXT.small },
      datasets: { bar: { ...CHART_BARS } },
      scales: {
        x: {
          min: CHART_SCALE.min,
          max: CHART_SCALE.max,
          afterFit: (scale) => fitScale(scale, { height: layoutOf(scale).axisHeight }),
          // As many ticks as fit across the plot at its width now; the labels plugin writes the title.
          afterBuildTicks: (scale) => {
            scale.ticks = layoutOf(scale).ticks.map((value) => ({ value }));
          },
          ticks: {
            callback: (value) => tickLabel(Number(value)),
            color: CHART_PALETTE.muted,
            padding: 0,
            autoSkip: false,
            maxRotation: 0,
            font: { size: CHART_TEXT.small, lineHeight: CHART_TEXT.lineHeight },
          },
          grid: { color: CHART_PALETTE.grid, tickLength: CHART_SPACING.tickGap },
        },
        y: {
          afterFit: (scale) => fitScale(scale, { width: layoutOf(scale).plot.left }),
          ticks: {
            color: CHART_PALETTE.ink,
            padding: CHART_SPACING.labelGap,
            autoSkip: false,
            font: { size: CHART_TEXT.label, lineHeight: CHART_TEXT.lineHeight },
            // Wrapped for the width the chart has now: a narrow slide gets shorter lines.
            callback(_value, index) {
              const goal = goals[index];
              return goal ? wrapLabel(goal.goal, layoutOf(this).goalWrap) : '';
            },
          },
          grid: { display: false, drawTicks: false },
          border: { display: false },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false, ...(hooks.onTooltip ? { external: hooks.onTooltip } : {}) },
        goalLabels: {
          sizes: gapsIn ? goals.map(gapSize) : [],
          pValues: gapsIn ? goals.map((goal) => goal.p) : [],
        },
      },
    },
  };
}
