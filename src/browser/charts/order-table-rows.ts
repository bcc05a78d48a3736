import type { Goal } from '../../data/goals-dataset';
import { GOAL_ROW_ATTRIBUTE } from '../../deck/dom-contract.ts';

/**
 * Puts the rows of a chart figure's data table in the order the chart shows its goals (`order`, goals
 * of `talkOrder`), so that "Sort by gap" sorts the table too. Rows the renderer did not mark stay put.
 */
export function orderTableRows(
  figure: HTMLElement,
  order: readonly Goal[],
  talkOrder: readonly Goal[],
): void {
  const body = figure.querySelector('.chart-table tbody');
  if (!body) return;
  const rows = new Map(
    [...body.querySelectorAll<HTMLTableRowElement>(`tr[${GOAL_ROW_ATTRIBUTE}]`)].map((row) => [
      row.getAttribute(GOAL_ROW_ATTRIBUTE),
      row,
    ]),
  );
  for (const goal of order) {
    const row = rows.get(String(talkOrder.indexOf(goal)));
    if (row) body.append(row);
  }
}
