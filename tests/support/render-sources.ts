import { datasets } from '../../src/data/datasets.ts';
import { bibliography } from '../../src/data/references.ts';
import type { Slide } from '../../src/deck/deck.ts';
import type { RenderContext, RenderSources } from '../../src/render/render-context.ts';
import { renderTokens } from '../../src/render/render-markdown.ts';
import { TEST_SITE_URL } from './test-site-url.ts';

/** What tests render pages from: the project's data, and a configured address. */
export const TEST_SOURCES: RenderSources = Object.freeze({
  site: Object.freeze({ url: TEST_SITE_URL, configured: true }),
  bibliography,
  datasets,
  pdfs: false,
});

/** A deck-page render context for tests that render tokens on their own. */
export function deckContext(citedKeys: readonly string[] = []): RenderContext {
  return { ...TEST_SOURCES, target: 'deck', citedKeys, lazyPictures: false, slideId: 'a' };
}

/** A slide's speaker notes as the deck page writes them. */
export function notesHtml(slide: Slide): string {
  return renderTokens(slide.notes, deckContext());
}
