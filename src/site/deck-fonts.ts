import type { FontFaceRule } from '../render/render-font-faces.ts';

/** One face of the deck's web fonts, as a WOFF2 file of an installed @fontsource package. */
export interface FontFace extends FontFaceRule {
  /** The file, as a package path Node can resolve: `@fontsource/source-sans-3/files/….woff2`. */
  readonly file: string;
  /** Whether the title slide's text uses it: fetched with the stylesheet rather than after it. */
  readonly preload: boolean;
}

/**
 * The faces the theme uses (see `--font-body` and `--font-heading` in src/browser/deck/theme.css): the first
 * slide's serif heading and sans text are preloaded; the italic and bold follow on demand.
 */
export const DECK_FONTS: readonly FontFace[] = Object.freeze([
  {
    family: 'Source Serif 4',
    weight: 600,
    style: 'normal',
    file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2',
    preload: true,
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'normal',
    file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2',
    preload: true,
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'italic',
    file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2',
    preload: false,
  },
  {
    family: 'Source Sans 3',
    weight: 700,
    style: 'normal',
    file: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2',
    preload: false,
  },
]);

/**
 * The OpenType features a subset keeps: kerning and ligatures for the text, tabular figures for the
 * chart's table (`font-variant-numeric: tabular-nums`). The rest (small caps, old-style figures, …) the
 * theme never asks for, and dropping them halves the files.
 */
export const KEPT_FONT_FEATURES: readonly string[] = Object.freeze(['kern', 'liga', 'tnum']);
