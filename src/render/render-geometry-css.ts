import {
  CHART_BOX,
  NARROW_READING_SIZE,
  READING_VIEW_BELOW,
  SLIDE_MARGIN,
  SLIDE_PADDING,
  SLIDE_SIZE,
} from '../deck/geometry.ts';
import { TEXT_SIZE } from '../deck/typography.ts';

/** The custom media the theme writes for the reading view's screens: `@media (--reading-view)`. */
export const READING_VIEW_MEDIA = '--reading-view';

/**
 * The deck's sizes (src/deck/geometry.ts, src/deck/typography.ts) as CSS: custom properties (`--deck-…`:
 * reveal.js has its own `--slide-…`) for the slide and the narrow reading view's pages, the share of the
 * screen a slide fills, its padding, a chart's height, the slide's text sizes, and the reading view's breakpoint as
 * custom media, which the build's CSS compiler (Lightning CSS) writes out where the theme uses it.
 */
export function renderGeometryCss(): string {
  return [
    ':root {',
    `  --deck-slide-width: ${SLIDE_SIZE.width}px;`,
    `  --deck-slide-height: ${SLIDE_SIZE.height}px;`,
    `  --deck-narrow-slide-width: ${NARROW_READING_SIZE.width}px;`,
    `  --deck-narrow-slide-height: ${NARROW_READING_SIZE.height}px;`,
    `  --deck-slide-fill: ${Math.round((1 - SLIDE_MARGIN) * 100)};`,
    `  --deck-slide-padding: ${SLIDE_PADDING}px;`,
    `  --deck-chart-height: ${CHART_BOX.height}px;`,
    `  --deck-text-body: ${TEXT_SIZE.body}px;`,
    `  --deck-text-small: ${TEXT_SIZE.small}px;`,
    '}',
    `@custom-media ${READING_VIEW_MEDIA} (width < ${READING_VIEW_BELOW}px);`,
    '',
  ].join('\n');
}
