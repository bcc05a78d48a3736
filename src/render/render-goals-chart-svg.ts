import type { Goal, GoalsDataset } from '../data/goals-dataset.ts';
import { summarizeGoals } from '../deck/chart/describe-goals.ts';
import {
  axisTitleLines,
  type Box,
  barBox,
  type GoalsChartLayout,
  layoutGoalsChart,
  rowMiddle,
  tickLabelMiddle,
  xForValue,
} from '../deck/chart/goals-chart-layout.ts';
import {
  CHARACTER_WIDTH,
  CHART_FONT,
  CHART_PALETTE,
  CHART_SPACING,
  CHART_TEXT,
  GAP_DASH,
} from '../deck/chart/goals-chart-look.ts';
import { FINAL_STATE, orderGoals } from '../deck/chart/goals-chart-state.ts';
import { gapLines, tickLabel, valueLabel, wrapLabel } from '../deck/chart/goals-chart-text.ts';
import { CHART_BOX } from '../deck/geometry.ts';
import { escapeHtml } from './escape-html.ts';

const round = (value: number) => Math.round(value * 10) / 10;

/** One SVG text, in lines centred on `y`, each a `tspan`. Attributes are the caller's, escaped here. */
function text(lines: readonly string[], x: number, y: number, attributes: Record<string, string | number>) {
  const size = Number(attributes['font-size'] ?? CHART_TEXT.small);
  const first = y - ((lines.length - 1) * size * CHART_TEXT.lineHeight) / 2;
  const spans = lines
    .map(
      (line, index) =>
        `<tspan x="${round(x)}" y="${round(first + index * size * CHART_TEXT.lineHeight)}">${escapeHtml(line)}</tspan>`,
    )
    .join('');
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
  return `<text${attrs} dominant-baseline="central">${spans}</text>`;
}

function rect(box: Box, attributes: string) {
  return (
    `<rect x="${round(box.left)}" y="${round(box.top)}" width="${round(box.right - box.left)}" ` +
    `height="${round(box.bottom - box.top)}" ${attributes}/>`
  );
}

function renderLegend(dataset: GoalsDataset, height: number): string {
  const swatch = CHART_TEXT.small * 0.9;
  let x = 0;
  return (['providers', 'patients'] as const)
    .map((key) => {
      const group = dataset.groups[key];
      const label = `${group.label} (${group.description})`;
      const item =
        rect(
          { left: x, top: (height - swatch) / 2, right: x + swatch, bottom: (height + swatch) / 2 },
          `fill="${CHART_PALETTE[key]}"`,
        ) +
        text([label], x + swatch + 8, height / 2, { 'font-size': CHART_TEXT.small, fill: CHART_PALETTE.ink });
      x += swatch + 8 + label.length * CHARACTER_WIDTH * CHART_TEXT.small + 32;
      return item;
    })
    .join('');
}

function renderAxis(layout: GoalsChartLayout): string {
  const { plot } = layout;
  const small = { 'font-size': CHART_TEXT.small, fill: CHART_PALETTE.muted, 'text-anchor': 'middle' };
  const ticks = layout.ticks.map((value) => {
    const x = round(xForValue(layout, value));
    const bottom = round(plot.bottom + CHART_SPACING.tickGap);
    return (
      `<line x1="${x}" y1="${round(plot.top)}" x2="${x}" y2="${bottom}" stroke="${CHART_PALETTE.grid}"/>` +
      text([tickLabel(value)], x, tickLabelMiddle(layout), small)
    );
  });
  const middle = (plot.left + plot.right) / 2;
  const title = axisTitleLines(layout).map((line) => text([line.text], middle, line.y, small));
  return ticks.join('') + title.join('');
}

/** One goal's row: its label, both bars, the gap's box between them, both values and the gap's words. */
function renderGoal(goal: Goal, layout: GoalsChartLayout, index: number, count: number): string {
  const middle = rowMiddle(layout, index, count);
  const providers = barBox(layout, index, count, 0, goal.providers);
  const patients = barBox(layout, index, count, 1, goal.patients);
  const [shorter, longer] = providers.right <= patients.right ? [providers, patients] : [patients, providers];
  const gap = rect(
    { ...shorter, left: shorter.right, right: longer.right },
    `fill="${CHART_PALETTE.gapFill}" stroke="${CHART_PALETTE.gap}" stroke-width="2" stroke-dasharray="${GAP_DASH.join(' ')}"`,
  );
  const bars =
    rect(providers, `fill="${CHART_PALETTE.providers}"`) + rect(patients, `fill="${CHART_PALETTE.patients}"`);
  const strong = { 'font-size': CHART_TEXT.label, 'font-weight': CHART_TEXT.strong, fill: CHART_PALETTE.ink };
  const value = (box: Box, share: number) =>
    text([valueLabel(share)], box.right + CHART_SPACING.valueOffset, (box.top + box.bottom) / 2, strong);
  const label = text(
    wrapLabel(goal.goal, layout.goalWrap),
    layout.plot.left - CHART_SPACING.labelGap,
    middle,
    {
      'font-size': CHART_TEXT.label,
      fill: CHART_PALETTE.ink,
      'text-anchor': 'end',
    },
  );
  const gapText = text(gapLines(goal, layout.gapWrap), layout.width, middle, {
    'font-size': CHART_TEXT.small,
    'font-weight': CHART_TEXT.strong,
    fill: CHART_PALETTE.gap,
    'text-anchor': 'end',
  });
  return `<g>${label}${bars}${gap}${value(providers, goal.providers)}${value(patients, goal.patients)}${gapText}</g>`;
}

/**
 * Renders a goals chart's final state (every step, both groups, the talk's order) as SVG from the same
 * look and layout the live chart uses: text as text and shapes as vectors, for print, the PDFs, the
 * handout and readers without script. The legend names both groups above the plot. No script, no style
 * attribute, no link: only presentation attributes, which the Content Security Policy allows. Pure.
 */
export function renderGoalsChartSvg(dataset: GoalsDataset): string {
  const { width, height, legendHeight } = CHART_BOX;
  const layout = layoutGoalsChart(width, height);
  const goals = orderGoals(dataset.goals, FINAL_STATE.sortByGap);
  const rows = goals.map((goal, index) => renderGoal(goal, layout, index, goals.length)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${width} ${height + legendHeight}" ` +
    `role="img" aria-label="${escapeHtml(summarizeGoals(dataset))}" ` +
    `font-family="${escapeHtml(CHART_FONT)}">` +
    `<g class="chart-svg-legend">${renderLegend(dataset, legendHeight)}</g>` +
    `<g transform="translate(0 ${legendHeight})">${renderAxis(layout)}${rows}</g>` +
    '</svg>'
  );
}
