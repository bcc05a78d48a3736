import type { Plugin } from 'vite';
import { createContentSecurityPolicy, DECK_SLIDE_SIZE, type SlideSize } from './content-security-policy.ts';
import { findInlineCode } from './find-inline-code.ts';

export interface CspPluginOptions {
  /** The slide size reveal.js is configured with. Default: the deck's, 1280 × 720 with a 0.05 margin. */
  readonly slideSize?: SlideSize;
}

/**
 * Puts the deck's Content Security Policy into every built HTML page, as the first thing after
 * `<meta charset>` (a policy in a meta element covers only what follows it). Build only: Vite's dev
 * server injects inline scripts and styles for hot reloading, which the policy would block. The page's
 * own inline scripts (index.html's one line for deep links) are allowed by their hashes, read from the
 * page as built; the speaker view is a page of the site (`?speaker`), so it needs nothing of its own.
 */
export function cspPlugin(options: CspPluginOptions = {}): Plugin {
  const slideSize = options.slideSize ?? DECK_SLIDE_SIZE;
  return {
    name: 'deck-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const policy = createContentSecurityPolicy({
          slideSize,
          inlineScripts: findInlineCode(html).scripts,
        });
        const charset = /<meta\s+charset=[^>]*>/i.exec(html);
        if (!charset) {
          const attrs = { 'http-equiv': 'Content-Security-Policy', content: policy };
          return [{ tag: 'meta', attrs, injectTo: 'head-prepend' }];
        }
        // The policy holds no '"', '&', '<' or '>', so it goes into the attribute as it is.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        const end = charset.index + charset[0].length;
        return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
      },
    },
  };
}
