import { TEXT_SIZE } from '../typography.ts';

/**
 * The goals chart's look, in one place for both of its drawings: Chart.js on screen
 * (src/browser/charts/) and the SVG of its final state that print, the PDFs, the handout and readers
 * without script get (src/render/render-goals-chart-svg.ts).
 */

/**
 * The chart's colours. Providers dark blue, patients orange: a pair that colour-blind readers tell apart
 * and that differs in lightness, so it survives greyscale print. Both reach 3:1 against the paper.
 */
export const CHART_PALETTE = Object.freeze({
  providers: '#1f4e79',
  patients: '#b86200',
  gap: '#8f2d14',
  /** The gap's box between the bars: the gap colour, faint. */
  gapFill: 'rgba(143, 45, 20, 0.12)',
  ink: '#1b2633',
  muted: '#4a5563',
  grid: '#d9d4c7',
  paper: '#ffffff',
});

export const CHART_FONT = "'Source Sans 3', 'Segoe UI', system-ui, sans-serif";

/**
 * Text sizes in CSS pixels of the slide. The goals, values and gaps are the chart's reading; ticks and
 * the axis title are the small text. None is below the slide's small-text size.
 */
export const CHART_TEXT = Object.freeze({
  label: TEXT_SIZE.small + 4,
  small: TEXT_SIZE.small,
  /** Line height of wrapped labels, as a multiple of their size. */
  lineHeight: 1.15,
  /** Weight of the values and gaps written on the chart. */
  strong: 600,
});

/**
 * The faces the chart writes in, as CSS font shorthands: its regular and its strong weight (the size
 * does not change which face is used). A canvas draws only faces that are in (see `mountGoalsChart`).
 */
export const CHART_FACES: readonly string[] = Object.freeze([
  `${CHART_TEXT.small}px ${CHART_FONT}`,
  `${CHART_TEXT.strong} ${CHART_TEXT.small}px ${CHART_FONT}`,
]);

/** The value axis: a fixed 0–100% scale, so both groups and every step share one ruler. */
export const CHART_SCALE = Object.freeze({ min: 0, max: 100 });

/**
 * A generous width of one character of the chart's font, as a share of its size: for wrapping lines
 * and spacing the legend where nothing measures text (the SVG is drawn at build time).
 */
export const CHARACTER_WIDTH = 0.5;

export const AXIS_TITLE = 'Share ranking the goal among their top three';

/** Chart.js's shares of a goal's row taken by its pair of bars, and of a bar's slot by the bar. */
export const CHART_BARS = Object.freeze({ categoryPercentage: 0.8, barPercentage: 0.9 });

/** How long a new bar takes to grow, in milliseconds (none with reduced motion, in print and PDF). */
export const GROW_MS = 500;

/** The dashes of the gap's outline: a dashed line reads as "not a bar" in greyscale too. */
export const GAP_DASH = Object.freeze([6, 4]);

/** Room between a bar's end and its value, and around the chart's columns, in CSS pixels. */
export const CHART_SPACING = Object.freeze({ valueOffset: 6, labelGap: 12, tickGap: 8 });
