/** Printable ASCII, U+0020 to U+007E: kept whatever the text, for anything the page writes at run time. */
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));

/** Controls and line breaks draw no glyph; a no-break space does (as a space), so it is kept. */
const DRAWS_NO_GLYPH = /[\p{Cc}\p{Zl}\p{Zp}\uFEFF]/u;

/**
 * The characters a font subset must cover: printable ASCII, plus every other character in `texts` that
 * draws a glyph. Returns them once each, sorted by code point, as one string.
 */
export function collectFontCharacters(texts: readonly string[]): string {
  const characters = new Set(PRINTABLE_ASCII);
  for (const text of texts) {
    for (const character of text) if (!DRAWS_NO_GLYPH.test(character)) characters.add(character);
  }
  return [...characters].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}
