// subset-font ships no types; these cover the options the fonts plugin uses.
declare module 'subset-font' {
  export interface SubsetFontOptions {
    /** The format to write; default that of the input. */
    readonly targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** OpenType feature tags to keep; default all of them. */
    readonly keepFeatures?: readonly string[];
  }

  /** The font in `font` cut down to the glyphs of the characters in `text`. */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Uint8Array>;
}
