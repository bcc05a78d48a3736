/** The inline code of an HTML page: what a Content Security Policy must allow by hash. */
export interface InlineCode {
  /** Text of each `<script>` element without `src`. */
  readonly scripts: readonly string[];
  /** Text of each `<style>` element. */
  readonly styles: readonly string[];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * Lists the inline scripts and style elements of an HTML text, in order. A `<style>` written inside a
 * script's text (as a string of the code) is not a style element of the page.
 */
export function findInlineCode(html: string): InlineCode {
  const scripts = [...html.matchAll(SCRIPT)]
    .filter((match) => !/\ssrc=/i.test(match[1] ?? ''))
    .map((match) => match[2] ?? '');
  const outsideScripts = html.replace(SCRIPT, '');
  const styles = [...outsideScripts.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)];
  return { scripts, styles: styles.map((match) => match[1] ?? '') };
}

/**
 * Finds the page reveal.js's notes plugin writes into the speaker-view popup: the JavaScript string
 * passed to `document.write(...)` in the plugin's source, decoded. Throws, naming what to update, when
 * the plugin no longer writes its page that way (a reveal.js upgrade).
 */
export function findSpeakerViewHtml(notesPluginSource: string): string {
  const call = /\.document\.write\(\s*(["'])/.exec(notesPluginSource);
  if (!call?.[1]) {
    throw new Error(
      'reveal.js\'s notes plugin no longer calls document.write("...") with its speaker-view page, so ' +
        'the Content Security Policy cannot hash its inline script: update src/site/find-inline-code.ts.',
    );
  }
  return decodeStringLiteral(notesPluginSource, call.index + call[0].length, call[1]);
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\n': '',
};

/** Decodes a JavaScript string literal whose text starts at `start`, up to its closing `quote`. */
function decodeStringLiteral(source: string, start: number, quote: string): string {
  let text = '';
  for (let at = start; at < source.length; at++) {
    const char = source[at] as string;
    if (char === quote) return text;
    if (char !== '\\') {
      text += char;
      continue;
    }
    const next = source[++at] ?? '';
    const hex = next === 'x' ? 2 : next === 'u' && source[at + 1] !== '{' ? 4 : 0;
    if (hex > 0) {
      text += String.fromCharCode(Number.parseInt(source.slice(at + 1, at + 1 + hex), 16));
      at += hex;
    } else if (next === 'u') {
      const close = source.indexOf('}', at);
      text += String.fromCodePoint(Number.parseInt(source.slice(at + 2, close), 16));
      at = close;
    } else {
      text += ESCAPES[next] ?? next;
    }
  }
  throw new Error("The speaker-view page in reveal.js's notes plugin has no end: is the file complete?");
}
