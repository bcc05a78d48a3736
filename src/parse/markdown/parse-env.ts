import type { Token } from 'markdown-it';
import type { Bibliography, Datasets, Diagnostic } from '../../deck/deck.ts';
import type { InspectPicture } from '../../deck/picture-file.ts';

/** A link to a slide of the deck (`#/coproduction`), checked once every file's slide ids are known. */
export type SlideLink = {
  /** The id the link names. */
  readonly id: string;
  /** Path of the file the link is in, relative to the project root. */
  readonly file: string;
  /** 1-based line of the link in that file. */
  readonly line: number;
};

/**
 * What one parse of one slide file knows and collects. markdown-it hands it to every rule as `env`, so
 * the one configured instance serves every file without global state.
 */
export type ParseEnv = {
  /** Path of the file being parsed, relative to the project root. */
  readonly file: string;
  /** File line of the Markdown body's first line, minus one: body line (0-based) + this = file line. */
  readonly lineOffset: number;
  /** The works slides may cite. Not `references`: markdown-it keeps link definitions there. */
  readonly bibliography: Bibliography;
  readonly datasets: Datasets;
  /** The cited key closest to a mistyped one, worked out once per load (see `createClosestName`). */
  readonly closestCitationKey: (key: string) => string | undefined;
  /** Whether a project-relative path names an existing file (injected: the parser does no I/O). */
  readonly inspectPicture: InspectPicture;
  /** Project-relative folders pictures may come from. */
  readonly pictureFolders: readonly string[];
  readonly diagnostics: Diagnostic[];
  /** Citation keys in the order they are first cited. */
  readonly citedKeys: Set<string>;
  /** Links to slides, by id, for the loader to check against the whole deck. */
  readonly slideLinks: SlideLink[];
};

/** Records an author mistake at a 0-based line of the Markdown body. */
export function report(env: ParseEnv, bodyLine: number, message: string, hint?: string): void {
  env.diagnostics.push({
    file: env.file,
    line: bodyLine + env.lineOffset + 1,
    message,
    ...(hint ? { hint } : {}),
  });
}

/** An inline token's text block, and the 0-based body line that block starts on. */
export type InlineBlock = {
  readonly token: Token;
  readonly line: number;
};

/**
 * Returns the 0-based body line of a character of a block's inline text: the block's line plus the line
 * breaks before `offset`. An offset into other text (an image's alt) is taken from where that text
 * stands in the block, or from the block's start.
 */
export function inlineLine(block: InlineBlock, offset: number, text: string = block.token.content): number {
  const content = block.token.content;
  const start = text === content ? 0 : Math.max(content.indexOf(text), 0);
  return block.line + breaksBefore(block.token, start + offset);
}

/** Offsets of every line break of a block's text, found once per block: a paragraph of ten thousand
 * citations is scanned once, not once per citation. */
const lineBreaks = new WeakMap<Token, readonly number[]>();

function breaksBefore(block: Token, offset: number): number {
  let breaks = lineBreaks.get(block);
  if (!breaks) {
    const content = block.content;
    const found: number[] = [];
    for (let at = content.indexOf('\n'); at !== -1; at = content.indexOf('\n', at + 1)) found.push(at);
    breaks = found;
    lineBreaks.set(block, breaks);
  }
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((breaks[middle] as number) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Calls `visit` for every inline token of a parse, with its block, including those inside images. A
 * block without a line of its own (a table cell) takes the line of the nearest token before it.
 */
export function forEachInline(
  tokens: readonly Token[],
  visit: (token: Token, block: InlineBlock) => void,
): void {
  const walk = (children: readonly Token[], block: InlineBlock) => {
    for (const child of children) {
      visit(child, block);
      if (child.children) walk(child.children, block);
    }
  };
  let line = 0;
  for (const token of tokens) {
    line = token.map?.[0] ?? line;
    if (token.type === 'inline' && token.children) walk(token.children, { token, line });
  }
}
