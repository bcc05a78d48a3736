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
