import type { Token } from 'markdown-it';

/** A slide's tokens, with its speaker notes apart. Lines are 0-based lines of the Markdown body. */
export interface SlideTokens {
  readonly line: number;
  readonly content: Token[];
  readonly notes: Token[];
  /** Body lines of every `Note:` marker on the slide (more than one is an author mistake). */
  readonly noteLines: number[];
  /** Body lines of `Note:` markers nested in a block (a `::: steps`, a list): notes the audience would see. */
  readonly nestedNoteLines: number[];
}

const isSeparator = (token: Token): boolean =>
  token.type === 'hr' && token.level === 0 && /^-+$/.test(token.markup);

/**
 * Splits a file's block tokens into slides at each top-level `---` (reveal.js's separator), keeping the
 * source line of each, then splits each slide at its first `Note:` paragraph into content and notes.
 */
export function splitSlides(tokens: readonly Token[]): SlideTokens[] {
  const groups: { line: number; tokens: Token[] }[] = [{ line: 0, tokens: [] }];
  for (const token of tokens) {
    if (isSeparator(token)) groups.push({ line: (token.map?.[0] ?? 0) + 1, tokens: [] });
    else groups.at(-1)?.tokens.push(token);
  }
  return groups.map((group) => splitNotes(group.line, group.tokens));
}

const NOTE = /^Note:[ \t]*/;

function isNoteStart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const inline = tokens[index + 1];
  return token?.type === 'paragraph_open' && token.level === 0 && NOTE.test(inline?.content ?? '');
}

function isNestedNoteStart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token?.type === 'paragraph_open' && token.level > 0 && NOTE.test(tokens[index + 1]?.content ?? '');
}

function splitNotes(line: number, tokens: Token[]): SlideTokens {
  const noteStarts = tokens.flatMap((_, index) => (isNoteStart(tokens, index) ? [index] : []));
  const nestedNoteLines = tokens.flatMap((token, index) =>
    isNestedNoteStart(tokens, index) ? [token.map?.[0] ?? line] : [],
  );
  const noteLines = noteStarts.map((index) => tokens[index]?.map?.[0] ?? line);
  const first = noteStarts[0];
  const firstLine = tokens.find((token) => token.map)?.map?.[0] ?? line;
  if (first === undefined) return { line: firstLine, content: tokens, notes: [], noteLines, nestedNoteLines };
  const notes = tokens.slice(first);
  stripNoteMarker(notes);
  return { line: firstLine, content: tokens.slice(0, first), notes, noteLines, nestedNoteLines };
}

/** Removes the `Note:` marker, and its paragraph when nothing else stands on that line. */
function stripNoteMarker(notes: Token[]): void {
  const inline = notes[1] as Token;
  const firstText = inline.children?.[0];
  inline.content = inline.content.replace(NOTE, '');
  if (firstText?.type === 'text') firstText.content = firstText.content.replace(NOTE, '');
  if (firstText?.type === 'text' && firstText.content === '') {
    inline.children?.shift();
    if (inline.children?.[0]?.type === 'softbreak') inline.children.shift();
  }
  if (inline.content.trim() === '') notes.splice(0, 3);
}
