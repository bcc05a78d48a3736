import type { MarkdownIt, StateCore, StateInline } from 'markdown-it';
import { forEachInline, inlineLine, type ParseEnv, report } from './parse-env.ts';

// CommonMark's HTML tags (as markdown-it's html_inline reads them), plus a comment left open.
const ATTRIBUTE = `\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?`;
const OPEN_TAG = `<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\\s*\\/?>`;
const CLOSE_TAG = '<\\/[A-Za-z][A-Za-z0-9-]*\\s*>';
const COMMENT = '<!--[\\s\\S]*?(?:-->|$)';
const OTHER = '<[?][\\s\\S]*?[?]>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>';
const HTML = new RegExp(`^(?:${OPEN_TAG}|${CLOSE_TAG}|${COMMENT}|${OTHER})`);

type HtmlMeta = {
  /** Where the tag starts in `text`. */
  readonly offset: number;
  /** The text the tag was found in: its block's, or an image's alt text. */
  readonly text: string;
};

/**
 * Reports raw HTML in a slide: markdown-it runs with `html: false`, so a tag would silently show as
 * text. Each tag is found where markdown-it would have read HTML (never in code spans or fences) as a
 * `raw_html` token, and is reported once per line; src/render/ writes it as escaped text, so it can
 * never become markup.
 */
export function htmlPlugin(md: MarkdownIt): void {
  md.inline.ruler.after('autolink', 'raw_html', parseRawHtml);
  md.core.ruler.push('raw_html_check', checkRawHtml);
}

function parseRawHtml(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  const match = HTML.exec(state.src.slice(state.pos, state.posMax));
  if (!match) return false;
  if (!silent) {
    const token = state.push('raw_html', '', 0);
    token.content = match[0];
    const meta: HtmlMeta = { offset: state.pos, text: state.src };
    token.meta = meta;
  }
  state.pos += match[0].length;
  return true;
}

function checkRawHtml(state: StateCore): void {
  const env = state.env as unknown as ParseEnv;
  const reported = new Set<number>();
  forEachInline(state.tokens, (token, block) => {
    if (token.type !== 'raw_html') return;
    const { offset, text } = token.meta as HtmlMeta;
    const line = inlineLine(block, offset, text);
    if (reported.has(line)) return;
    reported.add(line);
    const shown = shorten(token.content);
    if (token.content.startsWith('<!--')) {
      report(
        env,
        line,
        `HTML comment "${shown}" is not allowed in slides`,
        'for words only the speaker sees, write them after "Note:"',
      );
    } else {
      report(
        env,
        line,
        `raw HTML "${shown}" is not allowed in slides`,
        'use Markdown; to show a tag as text put it in `backticks`',
      );
    }
  });
}

/** The tag on one line, cut to a length that fits a message. */
function shorten(tag: string): string {
  const oneLine = tag.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
