/**
 * The chart's colours. Providers dark blue, patients orange: a pair that colour-blind readers tell apart
 * and that differs in lightness, so it survives greyscale print. Both reach 3:1 against the paper.
 */
export const CHART_PALETTE = Object.freeze({
  providers: '#1f4e79',
  patients: '#b86200',
  gap: '#8f2d14',
  ink: '#1b2633',
  muted: '#4a5563',
  grid: '#d9d4c7',
});

export const CHART_FONT = "'Source Sans 3', 'Segoe UI', system-ui, sans-serif";
