import type { Goal } from '../../data/goals-dataset';
import { CHART_STEPS, type ChartStep, FINAL_CHART_STEP } from '../../deck/chart-steps.ts';

/** The build steps, from the one list the loader and the tools also read. */
export const STEPS = CHART_STEPS;
export type Step = ChartStep;
export const FINAL_STEP: Step = FINAL_CHART_STEP;

export type GroupKey = 'providers' | 'patients';

/** Everything the chart's look depends on besides its data. */
export interface GoalsChartState {
  readonly step: Step;
  /** Groups the reader has not hidden with the legend buttons. */
  readonly shown: Readonly<Record<GroupKey, boolean>>;
  /** Whether goals are ordered by the size of their gap, largest first, instead of as the talk lists them. */
  readonly sortByGap: boolean;
  /** False in print, PDF and with reduced motion: draw the final frame at once. */
  readonly animate: boolean;
}

export const INITIAL_STATE: GoalsChartState = Object.freeze({
  step: STEPS.providers,
  shown: Object.freeze({ providers: true, patients: true }),
  sortByGap: false,
  animate: true,
});

/** Clamps any count of shown fragments to a step of the chart. */
export function toStep(visibleSteps: number): Step {
  return Math.max(0, Math.min(FINAL_STEP, Math.trunc(visibleSteps))) as Step;
}

/** The gap between the groups on one goal, in percentage points (providers minus patients). */
export function gapOf(goal: Goal): number {
  return goal.providers - goal.patients;
}

/** The goals in display order: as the talk lists them, or by the size of their gap, largest first. */
export function orderGoals(goals: readonly Goal[], sortByGap: boolean): Goal[] {
  if (!sortByGap) return [...goals];
  return [...goals].sort((a, b) => Math.abs(gapOf(b)) - Math.abs(gapOf(a)));
}
