import { describe, expect, it } from 'vitest';
import { renderFontFaces } from '../../../src/render/render-font-faces.ts';
import { DECK_FONTS, type FontFace } from '../../../src/site/deck-fonts.ts';

const serif: FontFace = {
  family: 'Source Serif 4',
  weight: 600,
  style: 'normal',
  file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2',
  preload: true,
};

describe('the @font-face rules of the deck’s fonts', () => {
  it('declare a face by family, style and weight, from its WOFF2 file alone, swapped in when it arrives', () => {
    expect(renderFontFaces([serif], () => './serif.woff2')).toBe(
      [
        '@font-face {',
        '  font-family: "Source Serif 4";',
        '  font-style: normal;',
        '  font-weight: 600;',
        '  font-display: swap;',
        '  src: url("./serif.woff2") format("woff2");',
        '}',
      ].join('\n'),
    );
  });

  it('give each of the theme’s faces one rule, at the URL asked for', () => {
    const css = renderFontFaces(DECK_FONTS, (face) => `./${face.weight}-${face.style}.woff2`);
    expect(css.match(/@font-face/g)).toHaveLength(DECK_FONTS.length);
    expect(css).toContain('url("./400-italic.woff2")');
    expect(css).toContain('url("./700-normal.woff2")');
  });
});
