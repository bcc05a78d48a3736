import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { isSafeUrl, urlScheme } from '../../deck/safe-url.ts';
import { forEachInline, inlineLine, type ParseEnv, report } from './parse-env.ts';

/**
 * Checks every Markdown link. markdown-it would silently show a `javascript:` link as text: here every
 * link becomes a token, and an unsafe one is reported at its line and loses its `href`, so none can reach a page. Links to slides (`#/coproduction`) are collected
 * for the loader, which knows every slide id.
 */
export function linkPlugin(md: MarkdownIt): void {
  md.validateLink = () => true;
  md.core.ruler.push('link_check', checkLinks);
}

function checkLinks(state: StateCore): void {
  const env = state.env as unknown as ParseEnv;
  const searchFrom = new Map<Token, number>();
  forEachInline(state.tokens, (token, block) => {
    if (token.type !== 'link_open') return;
    const url = state.md.normalizeLinkText(String(token.attrGet('href') ?? ''));
    const offset = findUrl(block.token.content, url, searchFrom.get(block.token) ?? 0);
    searchFrom.set(block.token, offset + 1);
    const line = inlineLine(block, offset);
    const scheme = urlScheme(url);
    if (!isSafeUrl(url)) {
      dropAttribute(token, 'href');
      report(
        env,
        line,
        `link "${shorten(url)}" uses "${scheme}:", which is not allowed in slides`,
        'link to a web page (https://...), an e-mail address (mailto:...) or a slide (#/slide-id)',
      );
    } else if (url.startsWith('#')) {
      const id = slideIdOf(url);
      if (id !== undefined) env.slideLinks.push({ id, file: env.file, line: line + env.lineOffset + 1 });
    }
  });
}

/** Where a link's URL is written in its block, for its line: a reference link's URL is not there. */
function findUrl(text: string, url: string, from: number): number {
  const scheme = urlScheme(url);
  const at = text.indexOf(url, from);
  if (at !== -1 || scheme === undefined) return Math.max(at, 0);
  return Math.max(text.toLowerCase().indexOf(`${scheme}:`, from), 0);
}

/** The slide id a `#/id` (or `#/id/2`, a step) link names; undefined for `#/3`, reveal's slide number. */
function slideIdOf(url: string): string | undefined {
  const name = url.replace(/^#\/?/, '').replace(/\/[-\d]+$/, '');
  if (name === '' || /^[0-9]*(\/|$)/.test(name)) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function shorten(url: string): string {
  return url.length > 40 ? `${url.slice(0, 39)}…` : url;
}

function dropAttribute(token: Token, name: string): void {
  token.attrs = (token.attrs ?? []).filter(([attribute]) => attribute !== name);
}
