import type { Diagnostic } from '../deck/deck.ts';

export interface SplitFile {
  /** The YAML between the two `---` lines, or null when the file has none. */
  readonly yaml: string | null;
  /** 1-based line in the file where the YAML starts. */
  readonly yamlLine: number;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** 1-based line in the file where the body starts. */
  readonly bodyLine: number;
}

/** Removes a byte-order mark and turns CRLF/CR line endings into LF, so editors on any system work. */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits a slide file into its YAML front matter and its Markdown body.
 * Returns a diagnostic, not a result, when the front matter is missing or never closed.
 */
export function splitFrontMatter(file: string, source: string): SplitFile | Diagnostic {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') {
    return {
      file,
      line: 1,
      message: 'the file does not start with front matter',
      hint: 'begin the file with a line "---", then "title: ...", then another "---"',
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    return {
      file,
      line: 1,
      message: 'the front matter is never closed',
      hint: 'end the front matter with a line "---" before the slide text',
    };
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
