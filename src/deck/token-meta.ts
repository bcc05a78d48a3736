/**
 * What the deck's own markdown-it tokens carry in `meta`: the parser writes it, the renderers read it.
 */

/** A `citation` token: `[@key]` or `[@a; @b]`. */
export type CitationMeta = {
  readonly keys: readonly string[];
  /** Where the citation starts in its paragraph's text, to find its line. */
  readonly offset: number;
};

/** A `directive_open` or `directive_close` token: `::: name args`. */
export type DirectiveMeta = {
  readonly name: string;
  readonly args: string;
};
