import type { MarkdownIt, Renderer, RendererRule, StateCore, Token } from 'markdown-it';
import { forEachInline, inlineLine, type RenderEnv, report } from './parse-env.ts';

/** The schemes a link may use; a link without a scheme (`#/slide`, `page.html`) stays in the site. */
const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Returns the scheme of a URL as a browser reads it (lower-case, without ":"), or undefined when the URL
 * has none. Browsers drop tabs and newlines anywhere and control characters or spaces in front, so
 * `java\tscript:` is `javascript` here too.
 */
export function urlScheme(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip C0 controls before a scheme.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether a URL is safe in an `href` or `src`: no scheme, or http(s), mailto or tel. Never javascript:. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/**
 * Checks every Markdown link. markdown-it would silently show a `javascript:` link as text: here every
 * link becomes a token, an unsafe one is reported at its line, and the renderer drops any unsafe `href`
 * or `src` whatever happened before, so none can reach the page. Links to slides (`#/coproduction`)
 * are collected for the loader, which knows every slide id.
 */
export function linkPlugin(md: MarkdownIt): void {
  md.validateLink = () => true;
  md.core.ruler.push('link_check', checkLinks);
  guardAttribute(md.renderer, 'link_open', 'href');
  guardAttribute(md.renderer, 'image', 'src');
}

function guardAttribute(renderer: Renderer, rule: 'link_open' | 'image', attribute: string): void {
  const render: RendererRule =
    renderer.rules[rule] ??
    ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  renderer.rules[rule] = (tokens, index, options, env, self) => {
    const token = tokens[index] as Token;
    const url = token.attrGet(attribute);
    if (url !== null && !isSafeUrl(String(url))) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== attribute);
    }
    return render(tokens, index, options, env, self);
  };
}

function checkLinks(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  const searchFrom = new Map<Token, number>();
  forEachInline(state.tokens, (token, block) => {
    if (token.type !== 'link_open') return;
    const url = state.md.normalizeLinkText(String(token.attrGet('href') ?? ''));
    const offset = findUrl(block.token.content, url, searchFrom.get(block.token) ?? 0);
    searchFrom.set(block.token, offset + 1);
    const line = inlineLine(block, offset);
    const scheme = urlScheme(url);
    if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
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
