/** The build steps of a goals chart, as the talk reveals them: shared by the loader, the page and the tools. */
export const CHART_STEPS = Object.freeze({
  /** On arrival: the providers' bars alone. */
  providers: 0,
  /** The patients' bars join. */
  patients: 1,
  /** The gap between the groups is marked on every goal. */
  gaps: 2,
} as const);

export type ChartStep = (typeof CHART_STEPS)[keyof typeof CHART_STEPS];

/** The last step: what print, PDF, the reading view and reduced motion show at once. */
export const FINAL_CHART_STEP: ChartStep = CHART_STEPS.gaps;

/** How many clicks a chart builds up in (the patients join, then the gaps are marked). */
export const CHART_CLICKS: number = FINAL_CHART_STEP;
