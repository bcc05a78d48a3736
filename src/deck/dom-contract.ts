/**
 * The names the renderers write into the pages and the browser code and the tools read back: one source,
 * so a renamed class or event cannot leave one side behind.
 */

/** The id of the slide that lists the references: every citation links there. */
export const REFERENCES_SLIDE_ID = 'references';

/** The handout's file name, in the site and in `dist/`. */
export const HANDOUT_PAGE = 'handout.html';

/** The PDFs `npm run pdf` writes beside the pages, which the pages link to when the build has them. */
export const PDF_FILES = Object.freeze({ slides: 'slides.pdf', handout: 'handout.pdf' } as const);

/**
 * An entry of the handout's contents holds its slide's page number in `handout.pdf` in an element with
 * this attribute, naming the slide's handout anchor: empty in the page, filled in by the PDF export,
 * which alone knows where the pages break.
 */
export const PDF_PAGE_OF_ATTRIBUTE = 'data-pdf-page-of';

/**
 * Set on the handout's root once its script has done what paper needs (the slides' backgrounds): the
 * signal the PDF export waits on before it prints.
 */
export const HANDOUT_READY_ATTRIBUTE = 'data-handout-ready';

/** The handout's element id for a slide, which links to `#/id` in the deck point to in the handout. */
export function handoutAnchor(slideId: string): string {
  return `slide-${slideId}`;
}

/** The chart figure the renderer writes: `<figure class="chart" data-chart="<dataset id>">`. */
export const CHART_FIGURE_SELECTOR = 'figure.chart[data-chart]';

/** Empty fragments that drive a chart's build steps: `<span class="fragment chart-step">`. */
export const CHART_STEP_CLASS = 'chart-step';

/** Event a chart figure dispatches each time it has finished drawing a state. */
export const CHART_DRAWN_EVENT = 'chartdrawn';

/**
 * What a chart figure says of itself: `data-chart-state="drawn"` once a state is fully drawn, and
 * `data-chart-step` the step drawn. The PDF export and the tests wait on these, never on a sleep.
 */
export const CHART_STATE = Object.freeze({ drawing: 'drawing', drawn: 'drawn' } as const);

/**
 * The attribute on each goal's row of a chart's data table: the goal's place in the talk's order, by
 * which the page puts the rows in the chart's order when the reader sorts it.
 */
export const GOAL_ROW_ATTRIBUTE = 'data-goal';

/**
 * Set on the page's root while the pointer rests (in any view), once the presenter's tools have had
 * their moment: the signal the tests wait on instead of the time it takes.
 */
export const POINTER_IDLE_ATTRIBUTE = 'data-pointer-idle';
