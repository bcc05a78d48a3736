import type { FontFace } from '../site/deck-fonts.ts';

/**
 * The `@font-face` rules for `faces`, each reading its WOFF2 file from `urlOf(face)`. Text paints at once
 * in the fallback font (`font-display: swap`): a slow font never hides the slides.
 */
export function renderFontFaces(faces: readonly FontFace[], urlOf: (face: FontFace) => string): string {
  return faces
    .map((face) =>
      [
        '@font-face {',
        `  font-family: ${JSON.stringify(face.family)};`,
        `  font-style: ${face.style};`,
        `  font-weight: ${face.weight};`,
        '  font-display: swap;',
        `  src: url(${JSON.stringify(urlOf(face))}) format("woff2");`,
        '}',
      ].join('\n'),
    )
    .join('\n');
}
