/**
 * What the deck's own markdown-it tokens carry in `meta`: the parser writes it, the renderers read it.
 */

/** A `citation` token: `[@key]` or `[@a; @b]`. */
export type CitationMeta = {
  readonly keys: readonly string[];
  /** Where the citation starts in its paragraph's text, to find its line. */
  readonly offset: number;
};

/**
 * A `citation_malformed` token: a mistyped citation (`[@]`, `[@ key]`), kept as the text it was. The
 * loader reports it; a renderer shows its `content` as plain text.
 */
export type MalformedCitationMeta = {
  /** Where it starts in its paragraph's text, to find its line. */
  readonly offset: number;
};

/** A `directive_open` or `directive_close` token: `::: name args`. */
export type DirectiveMeta = {
  readonly name: string;
  readonly args: string;
};
