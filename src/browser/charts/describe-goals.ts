import type { Goal, GoalsDataset } from '../../data/goals-dataset';
import { gapOf } from './goals-chart-state';

/** One goal in words, for the tooltip and screen readers: both groups, the gap and the p-value. */
export function describeGoal(goal: Goal, dataset: GoalsDataset): string {
  const { patients, providers } = dataset.groups;
  const gap = gapOf(goal);
  const direction = gap === 0 ? 'no gap' : `${Math.abs(gap)}-point gap`;
  return (
    `${goal.goal} ${providers.label}: ${goal.providers}%. ${patients.label}: ${goal.patients}%. ` +
    `${direction}, ${goal.p}.`
  );
}

/** A one-paragraph summary of the whole chart: what a screen reader announces for the picture. */
export function summarizeGoals(dataset: GoalsDataset): string {
  const { patients, providers } = dataset.groups;
  const rows = dataset.goals
    .map(
      (goal) =>
        `${goal.goal.replace(/\?$/, '')}: ${providers.label.toLowerCase()} ${goal.providers}%, ${patients.label.toLowerCase()} ${goal.patients}%`,
    )
    .join('; ');
  return (
    `Bar chart, ${dataset.title}. Share of ${providers.description} (${providers.label.toLowerCase()}) and ` +
    `${patients.description} (${patients.label.toLowerCase()}) ranking each goal among their top three. ${rows}.`
  );
}
