import type { GoalsDataset } from '../data/goals-dataset.ts';
import type { Reference } from '../data/reference.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * Renders a goals dataset as an accessible HTML table: caption, header cells with scope, the values
 * as the talk printed them, and the source. It is the chart's text for screen readers, print and no-JS.
 * `id` is the table's HTML id, made by the caller from the slide's (unique) id.
 */
export function renderGoalsTable(dataset: GoalsDataset, source: Reference | undefined, id: string): string {
  const { patients, providers } = dataset.groups;
  const rows = dataset.goals
    .map(
      (goal) =>
        `<tr><th scope="row">${escapeHtml(goal.goal)}</th>` +
        `<td>${goal.patients}${dataset.unit}</td><td>${goal.providers}${dataset.unit}</td>` +
        `<td>${escapeHtml(goal.p)}</td></tr>`,
    )
    .join('');
  const cite = source ? ` Source: ${escapeHtml(source.short)}.` : '';
  return (
    `<table class="data-table" id="${escapeHtml(id)}">` +
    `<caption>${escapeHtml(dataset.title)}: share of ${escapeHtml(patients.description)} (patients) and ` +
    `${escapeHtml(providers.description)} (providers) ranking each goal among their top three.${cite}</caption>` +
    `<thead><tr><th scope="col">Condition: Goal</th><th scope="col">${escapeHtml(patients.label)}</th>` +
    `<th scope="col">${escapeHtml(providers.label)}</th><th scope="col">p-value</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>`
  );
}
