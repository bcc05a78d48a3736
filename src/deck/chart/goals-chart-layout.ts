import {
  AXIS_TITLE,
  CHARACTER_WIDTH,
  CHART_BARS,
  CHART_SCALE,
  CHART_SPACING,
  CHART_TEXT,
} from './goals-chart-look.ts';
import { wrapLabel } from './goals-chart-text.ts';

/** A rectangle in CSS pixels of the chart's box. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Where the parts of a goals chart go in a box of a given size: the goals' column on the left, the plot,
 * the gaps' column on the right and the value axis under the plot. Chart.js is held to these columns
 * (its scales' sizes are set from them) and the SVG is drawn in them, so both drawings agree.
 */
export interface GoalsChartLayout {
  readonly width: number;
  readonly height: number;
  /** The bars' area: 0% at its left edge, 100% at its right. */
  readonly plot: Box;
  /** How many characters a line of a goal's label holds; of a gap's size, too. */
  readonly goalWrap: number;
  readonly gapWrap: number;
  /** The height of the value axis under the plot: ticks and title. */
  readonly axisHeight: number;
  /** The axis title's lines, wrapped to the plot's width. */
  readonly axisTitle: readonly string[];
  /** The axis's ticks: 0% to 100%, as many as fit across the plot. */
  readonly ticks: readonly number[];
  /** The gaps' column, right of the plot. */
  readonly gapColumn: number;
}

/** Below this width (the reading view's narrow slide) the columns and their lines get narrower. */
const NARROW_BELOW = 800;

/**
 * The goals' and gaps' columns (the gaps' leaves room for the value of a bar near 100%), how many
 * characters their lines hold, and the step between ticks.
 */
const COLUMNS = Object.freeze({
  wide: { goal: 240, goalWrap: 16, gap: 270, gapWrap: 24, tickStep: 20 },
  narrow: { goal: 165, goalWrap: 12, gap: 205, gapWrap: 13, tickStep: 50 },
});

/** Room above the plot, so the top bar's value never touches the edge. */
const TOP_ROOM = 4;

/** Lays out a goals chart in a box of `width` × `height` CSS pixels. Pure; never throws. */
export function layoutGoalsChart(width: number, height: number): GoalsChartLayout {
  const columns = width < NARROW_BELOW ? COLUMNS.narrow : COLUMNS.wide;
  const right = Math.max(columns.goal, width - columns.gap);
  const line = CHART_TEXT.small * CHART_TEXT.lineHeight;
  const axisTitle = wrapLabel(
    AXIS_TITLE,
    Math.max(1, Math.floor((right - columns.goal) / (CHARACTER_WIDTH * CHART_TEXT.small))),
  );
  const axisHeight = Math.ceil(2 * CHART_SPACING.tickGap + (1 + axisTitle.length) * line);
  return {
    width,
    height,
    plot: { left: columns.goal, top: TOP_ROOM, right, bottom: Math.max(TOP_ROOM, height - axisHeight) },
    goalWrap: columns.goalWrap,
    gapWrap: columns.gapWrap,
    axisHeight,
    axisTitle,
    ticks: ticksEvery(columns.tickStep),
    gapColumn: columns.gap,
  };
}

/** The vertical middle of a goal's row (0-based, in display order). */
export function rowMiddle(layout: GoalsChartLayout, goal: number, goals: number): number {
  const { top, bottom } = layout.plot;
  return top + ((goal + 0.5) * (bottom - top)) / goals;
}

/**
 * The bar of one group (0: providers, 1: patients) on one goal, as Chart.js places a grouped bar: the
 * pair takes `categoryPercentage` of the row, each bar `barPercentage` of its half.
 */
export function barBox(
  layout: GoalsChartLayout,
  goal: number,
  goals: number,
  group: 0 | 1,
  value: number,
): Box {
  const { plot } = layout;
  const row = (plot.bottom - plot.top) / goals;
  const slot = (row * CHART_BARS.categoryPercentage) / 2;
  const middle = rowMiddle(layout, goal, goals) + (group - 0.5) * slot;
  const thickness = slot * CHART_BARS.barPercentage;
  return {
    left: plot.left,
    right: xForValue(layout, value),
    top: middle - thickness / 2,
    bottom: middle + thickness / 2,
  };
}

/** The horizontal position of a value on the 0–100% scale. */
export function xForValue(layout: GoalsChartLayout, value: number): number {
  const { left, right } = layout.plot;
  return left + ((value - CHART_SCALE.min) / (CHART_SCALE.max - CHART_SCALE.min)) * (right - left);
}

function ticksEvery(step: number): number[] {
  const values: number[] = [];
  for (let value = CHART_SCALE.min; value <= CHART_SCALE.max; value += step) values.push(value);
  return values;
}

/** Where the axis title's lines go: their vertical middles, under the ticks. */
export function axisTitleLines(layout: GoalsChartLayout): { text: string; y: number }[] {
  const line = CHART_TEXT.small * CHART_TEXT.lineHeight;
  const first = layout.plot.bottom + 2 * CHART_SPACING.tickGap + line + line / 2;
  return layout.axisTitle.map((text, index) => ({ text, y: first + index * line }));
}

/** The vertical middle of the ticks' labels. */
export function tickLabelMiddle(layout: GoalsChartLayout): number {
  return layout.plot.bottom + CHART_SPACING.tickGap + (CHART_TEXT.small * CHART_TEXT.lineHeight) / 2;
}
