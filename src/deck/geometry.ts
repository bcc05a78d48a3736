/**
 * The deck's sizes, in CSS pixels: one source for the runtime's reveal.js options, the theme (as
 * generated custom properties and custom media), the print view's page, the PDF export, the tests and
 * the bench.
 */

/** A 16:9 slide at a size that keeps projector text large; reveal.js scales it to any screen. */
export const SLIDE_SIZE = /* @__PURE__ */ Object.freeze({ width: 1280, height: 720 });

/** The room a slide keeps at its left and right edges. */
export const SLIDE_PADDING = 24;

/**
 * A chart's box on a slide: the slide's width inside its padding; the height the slide has left under
 * a one-line title, the chart's controls (or legend) and its source, so the plot uses the slide.
 */
export const CHART_BOX = /* @__PURE__ */ Object.freeze({
  width: SLIDE_SIZE.width - 2 * SLIDE_PADDING,
  height: 510,
  /** The row above the plot for the controls on screen, and for the legend on paper. */
  legendHeight: 53,
});

/** The share of the screen reveal.js leaves around a slide. */
export const SLIDE_MARGIN = 0.05;

/** Screens narrower than this get the reading view. */
export const READING_VIEW_BELOW = 700;

/**
 * The slide size of the reading view on a narrow screen: portrait pages at a width that keeps text at a
 * readable size on a phone, instead of a 1280 px slide shrunk to a third.
 */
export const NARROW_READING_SIZE = /* @__PURE__ */ Object.freeze({ width: 600, height: 800 });

/** A page of reveal.js's print view (`?print-pdf`): the slide and its margin, as reveal.js 6 sizes it. */
export const PRINT_PAGE_SIZE = /* @__PURE__ */ Object.freeze({
  width: Math.floor(SLIDE_SIZE.width * (1 + SLIDE_MARGIN)),
  height: Math.floor(SLIDE_SIZE.height * (1 + SLIDE_MARGIN)),
});

/**
 * How much shorter than the paper reveal.js makes each page's box in the print view (its
 * `pdfPageHeightOffset`): a pixel, so that rounding never spills a slide onto a second sheet.
 */
export const PRINT_PAGE_HEIGHT_OFFSET = -1;

/** The link-preview card's size: what previewers expect. */
export const SOCIAL_CARD_SIZE = /* @__PURE__ */ Object.freeze({ width: 1200, height: 630 });

/** Common screens, for tests and checks that a layout holds on each. */
export const SCREENS = /* @__PURE__ */ Object.freeze({
  laptop: SLIDE_SIZE,
  projector: Object.freeze({ width: 1024, height: 768 }),
  tablet: Object.freeze({ width: 768, height: 1024 }),
  phone: Object.freeze({ width: 390, height: 844 }),
});
