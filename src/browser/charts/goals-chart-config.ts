import type { ChartConfiguration } from 'chart.js';
import type { Goal, GoalsDataset } from '../../data/goals-dataset';
import { CHART_FONT, CHART_PALETTE } from './chart-palette';
import { GAP_COLUMN_WIDTH, goalLabelsPlugin } from './goal-labels-plugin';
import { type GoalsChartState, gapOf, orderGoals, STEPS } from './goals-chart-state';

/** Callbacks the browser edge plugs in; the configuration itself stays a pure function of its inputs. */
export interface GoalsChartHooks {
  /** Called when the chart has finished drawing a state (after its animation, or at once). */
  readonly onDrawn?: () => void;
  /** Chart.js's external tooltip handler: we draw tooltips as HTML so they are readable and testable. */
  readonly onTooltip?: NonNullable<
    NonNullable<NonNullable<ChartConfiguration<'bar'>['options']>['plugins']>['tooltip']
  >['external'];
}

const FONT_SIZE = 20;

/** Splits a long goal into lines of at most `width` characters, so every goal reads in full. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The gap column's text for one goal: its size in points and its p-value. */
export function gapLabel(goal: Goal): string {
  return `${Math.abs(gapOf(goal))} pts, ${goal.p}`;
}

/**
 * Returns the Chart.js configuration of the goals comparison at a given state: a grouped horizontal bar
 * chart on a 0–100% scale. The patients' bars keep their slot before they appear (null values), so the
 * providers' bars never move when the patients join.
 */
export function createGoalsChartConfig(
  dataset: GoalsDataset,
  state: GoalsChartState,
  hooks: GoalsChartHooks = {},
): ChartConfiguration<'bar', (number | null)[], string[]> {
  const goals = orderGoals(dataset.goals, state.sortByGap);
  const { providers, patients } = dataset.groups;
  const patientsIn = state.step >= STEPS.patients;
  return {
    type: 'bar',
    data: {
      labels: goals.map((goal) => wrapLabel(goal.goal, 16)),
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
        duration: state.animate ? 500 : 0,
        ...(hooks.onDrawn ? { onComplete: hooks.onDrawn } : {}),
      },
      // A goal's row answers anywhere along it, so a tap need not hit a thin bar.
      interaction: { mode: 'index', axis: 'y', intersect: false },
      layout: { padding: { right: GAP_COLUMN_WIDTH } },
      font: { family: CHART_FONT, size: FONT_SIZE },
      datasets: { bar: { barPercentage: 0.9, categoryPercentage: 0.8 } },
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: {
            stepSize: 20,
            callback: (value) => `${value}%`,
            color: CHART_PALETTE.muted,
            font: { size: 16 },
          },
          grid: { color: CHART_PALETTE.grid },
          title: {
            display: true,
            text: 'Ranked among top three goals',
            color: CHART_PALETTE.muted,
            font: { size: 16 },
          },
        },
        y: { ticks: { color: CHART_PALETTE.ink, font: { size: FONT_SIZE } }, grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false, ...(hooks.onTooltip ? { external: hooks.onTooltip } : {}) },
        goalLabels: { fontSize: FONT_SIZE, gaps: state.step >= STEPS.gaps ? goals.map(gapLabel) : [] },
      },
    },
  };
}
