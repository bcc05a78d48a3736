import type { Plugin } from 'vite';
import type { Deck } from '../deck/deck.ts';
import { renderDeck } from '../render/render-deck.ts';
import { renderDeckPdfLink } from '../render/render-pdf-links.ts';
import { DeckError } from './deck-error.ts';
import type { SiteContext } from './site-context.ts';

/** Where index.html wants the slides. */
export const SLIDES_PLACEHOLDER = '<!--deck:slides-->';

/** Where index.html's view tools want the link to the slides' PDF, when the site has its PDFs. */
export const PDF_LINK_PLACEHOLDER = '<!--deck:pdf-link-->';

/**
 * Puts the rendered slides, and the link to their PDF when the build has one, into index.html, in the build and on every request to the dev server. A slide
 * mistake is thrown as the context's `DeckError`, which fails the build. The dev server keeps showing the
 * last good deck under Vite's error overlay, naming the mistake, so an author mid-edit loses nothing;
 * with no good deck yet, the error itself is the page (Vite's overlay too).
 */
export function deckPagePlugin(context: SiteContext): Plugin {
  return {
    name: 'deck-page',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { server }) {
        if (!html.includes(SLIDES_PLACEHOLDER)) return html;
        let deck: Deck;
        let mistake = '';
        try {
          deck = context.deck();
        } catch (error) {
          const lastGood = context.lastGoodDeck();
          if (!server || !lastGood || !(error instanceof DeckError)) throw error;
          deck = lastGood;
          mistake = overlayScript(error);
        }
        const slides = renderDeck(deck, context.sources);
        const pdfLink = renderDeckPdfLink(context.sources);
        return (
          html.replace(SLIDES_PLACEHOLDER, () => slides).replace(PDF_LINK_PLACEHOLDER, () => pdfLink) +
          mistake
        );
      },
    },
  };
}

/** Vite's own error overlay over the page, as its error page opens it, for a mistake found mid-edit. */
function overlayScript(error: DeckError): string {
  const shown = { message: error.message, stack: '', plugin: 'deck-site', id: error.id, loc: error.loc };
  // As data inside a script: no "<" may end the element early.
  const data = JSON.stringify(shown).replace(/</g, '\\u003c');
  return (
    '\n<script type="module">' +
    `import { ErrorOverlay } from '/@vite/client'; document.body.append(new ErrorOverlay(${data}));` +
    '</script>\n'
  );
}
