import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { talk } from '../data/talk.ts';
import { renderSocialMeta, SOCIAL_CARD } from '../render/render-social-meta.ts';
import type { SiteContext } from './site-context.ts';

/** Where `npm run card` saves the sharing card, made from the title slide. */
export const SOCIAL_CARD_SOURCE = 'assets/social-card.png';

/**
 * Adds the link-preview tags to index.html and ships the sharing card at a stable, unhashed address
 * (`social-card.png`), since previews are fetched by URL long after a build. Warns, saying what to
 * run, when the card is missing.
 */
export function socialPlugin(context: SiteContext): Plugin {
  return {
    name: 'social',
    transformIndexHtml(html, page) {
      if (!page.filename.endsWith('index.html')) return html;
      return html.replace('</head>', `  ${renderSocialMeta(talk, context.site)}\n  </head>`);
    },
    generateBundle() {
      const source = resolve(context.root, SOCIAL_CARD_SOURCE);
      if (!existsSync(source)) {
        // Not an error: `npm run card` itself builds the site to photograph it.
        this.warn(`${SOCIAL_CARD_SOURCE} is missing: run "npm run card" to make it from the title slide`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: SOCIAL_CARD.fileName, source: readFileSync(source) });
    },
  };
}
