import type { Plugin } from 'vite';
import { renderDeck } from '../render/render-deck.ts';
import type { SiteContext } from './site-context.ts';

/** Where index.html wants the slides. */
export const SLIDES_PLACEHOLDER = '<!--deck:slides-->';

/**
 * Puts the rendered slides into index.html, in the build and on every request to the dev server; a
 * slide mistake is thrown as the context's `DeckError`, which fails the build or shows in the overlay.
 */
export function deckPagePlugin(context: SiteContext): Plugin {
  return {
    name: 'deck-page',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(SLIDES_PLACEHOLDER)) return html;
        const slides = renderDeck(context.deck(), context.sources);
        return html.replace(SLIDES_PLACEHOLDER, () => slides);
      },
    },
  };
}
