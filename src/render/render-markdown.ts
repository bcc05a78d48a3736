import type { Token } from 'markdown-it';
import MarkdownIt from 'markdown-it';
import { REFERENCES_SLIDE_ID } from '../deck/dom-contract.ts';
import { isSafeUrl } from '../deck/safe-url.ts';
import type { CitationMeta, DirectiveMeta } from '../deck/token-meta.ts';
import { type RenderContext, slideHref } from './render-context.ts';
import { renderDirective } from './render-directive.ts';

type Attributes = [string, string][];

/**
 * One markdown-it renderer for every page, with the rules of the deck's own tokens (citations,
 * directives, raw HTML as text) and of links and pictures as the target wants them. Its rules read
 * tokens and never change them: one parsed deck renders for every target.
 */
const md = new MarkdownIt();
const { rules } = md.renderer;

const contextOf = (env: unknown) => env as RenderContext;
const attributesOf = (token: Token): Attributes =>
  (token.attrs ?? []).map(([name, value]) => [name, String(value)]);
const renderAttributes = (attrs: Attributes) => md.renderer.renderAttrs({ attrs } as unknown as Token);

rules.citation = (tokens, index, _options, env) => {
  const context = contextOf(env);
  const { keys } = (tokens[index] as Token).meta as CitationMeta;
  const labels = keys.map((key) => md.utils.escapeHtml(context.bibliography.get(key)?.short ?? key));
  return `<a class="citation" href="${slideHref(REFERENCES_SLIDE_ID, context.target)}">(${labels.join('; ')})</a>`;
};

rules.directive_open = (tokens, index, _options, env) => {
  const meta = (tokens[index] as Token).meta as DirectiveMeta;
  return renderDirective(meta.name, meta.args, contextOf(env), meta).open;
};
rules.directive_close = (tokens, index, _options, env) => {
  const { name, args } = (tokens[index] as Token).meta as DirectiveMeta;
  return renderDirective(name, args, contextOf(env)).close;
};

rules.citation_malformed = (tokens, index) => md.utils.escapeHtml(tokens[index]?.content ?? '');
rules.raw_html = (tokens, index) => md.utils.escapeHtml(tokens[index]?.content ?? '');

rules.link_open = (tokens, index, _options, env) => {
  const context = contextOf(env);
  const attrs = attributesOf(tokens[index] as Token).flatMap(([name, value]): Attributes => {
    if (name !== 'href') return [[name, value]];
    if (!isSafeUrl(value)) return [];
    return [[name, localHref(value, context)]];
  });
  return `<a${renderAttributes(attrs)}>`;
};

rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index] as Token;
  const context = contextOf(env);
  const src = stringOrNull(token.attrGet('src'));
  const title = stringOrNull(token.attrGet('title'));
  const attrs: Attributes = [
    ...(src !== null && isSafeUrl(src) ? ([['src', src]] as Attributes) : []),
    ['alt', self.renderInlineAsText(token.children ?? [], options, env)],
    ...(title ? ([['title', title]] as Attributes) : []),
    ...(context.lazyPictures ? ([['loading', 'lazy']] as Attributes) : []),
  ];
  return `<img${renderAttributes(attrs)}>`;
};

/** A link to a slide (`#/coproduction`, `#/coproduction/2`) as the target's page names it. */
function localHref(href: string, context: RenderContext): string {
  const slide = /^#\/([^/]+)(?:\/[-\d]+)?$/.exec(href)?.[1];
  if (context.target === 'deck' || slide === undefined || /^\d+$/.test(slide)) return href;
  return slideHref(safeDecode(slide), context.target);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The HTML of checked tokens for the context's page. Pure: never throws for tokens the loader accepted. */
export function renderTokens(tokens: readonly Token[], context: RenderContext): string {
  return md.renderer.render(tokens as Token[], md.options, context as unknown as Record<string, unknown>);
}

function stringOrNull(value: string | number | null): string | null {
  return value === null ? null : String(value);
}
