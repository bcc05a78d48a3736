/**
 * The slide's text sizes, in CSS pixels of the 1280 × 720 slide: one source for the theme (as generated
 * custom properties) and for the chart, which draws its text on a canvas and in SVG.
 */
export const TEXT_SIZE = Object.freeze({
  /** Body text: bullets, paragraphs. */
  body: 38,
  /**
   * The smallest text a slide shows, the size that still reads from the back of a room on a 1024 × 768
   * projector: chart ticks and controls, sources. Nothing on a slide is drawn smaller.
   */
  small: 24,
});
