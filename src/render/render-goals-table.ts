import type { GoalsDataset } from '../data/goals-dataset.ts';
import type { Reference } from '../data/reference.ts';
import { gapOf } from '../deck/chart/goals-chart-state.ts';
import { GOAL_ROW_ATTRIBUTE } from '../deck/dom-contract.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * Renders a goals dataset as an accessible HTML table in the chart's order of columns (providers,
 * patients, the gap, its p-value): caption, header cells with scope, the values as the talk printed
 * them, and the source. It is the chart's text for screen readers, print and no-JS. Each row carries the
 * goal's place in the talk, by which the page sorts the rows as the chart sorts its goals. `id` is the
 * table's HTML id, made by the caller from the slide's (unique) id.
 */
export function renderGoalsTable(dataset: GoalsDataset, source: Reference | undefined, id: string): string {
  const { patients, providers } = dataset.groups;
  const unit = escapeHtml(dataset.unit);
  const rows = dataset.goals
    .map(
      (goal, index) =>
        `<tr ${GOAL_ROW_ATTRIBUTE}="${index}"><th scope="row">${escapeHtml(goal.goal)}</th>` +
        `<td>${goal.providers}${unit}</td><td>${goal.patients}${unit}</td>` +
        `<td>${Math.abs(gapOf(goal))}</td><td>${escapeHtml(goal.p)}</td></tr>`,
    )
    .join('');
  const cite = source ? ` Source: ${escapeHtml(source.short)}.` : '';
  return (
    `<table class="data-table" id="${escapeHtml(id)}">` +
    `<caption>${escapeHtml(dataset.title)}: share of ${escapeHtml(providers.description)} (providers) and ` +
    `${escapeHtml(patients.description)} (patients) ranking each goal among their top three; the gap ` +
    `between them in percentage points.${cite}</caption>` +
    `<thead><tr><th scope="col">Goal</th><th scope="col">${escapeHtml(providers.label)}</th>` +
    `<th scope="col">${escapeHtml(patients.label)}</th><th scope="col">Gap (points)</th>` +
    // Kept on one line: a narrow column must not leave "p-" on a line of its own. (Not U+2011, the
    // non-breaking hyphen: the deck's fonts have no glyph for it, so it would be drawn in a system font.)
    '<th scope="col" class="unbroken">p-value</th></tr></thead>' +
    `<tbody>${rows}</tbody></table>`
  );
}
