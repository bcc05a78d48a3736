/** What an `@font-face` rule says of a face; where its file comes from is the caller's `urlOf`. */
export interface FontFaceRule {
  readonly family: string;
  readonly weight: number;
  readonly style: 'normal' | 'italic';
}

/**
 * The `@font-face` rules for `faces`, each reading its WOFF2 file from `urlOf(face)`. Text paints at once
 * in the fallback font (`font-display: swap`): a slow font never hides the slides.
 */
export function renderFontFaces<Face extends FontFaceRule>(
  faces: readonly Face[],
  urlOf: (face: Face) => string,
): string {
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
