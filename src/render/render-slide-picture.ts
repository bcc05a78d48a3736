import type { Slide } from '../deck/deck.ts';
import { escapeHtml } from './escape-html.ts';
import type { RenderContext } from './render-context.ts';

/** The front matter's picture beside the slide's text; empty for a slide without one. */
export function renderSlidePicture(slide: Slide, context: RenderContext): string {
  if (!slide.picture) return '';
  const lazy = context.lazyPictures ? ' loading="lazy"' : '';
  return `<figure class="slide-image"><img src="${escapeHtml(slide.picture.url)}" alt="${escapeHtml(slide.picture.alt)}"${lazy}></figure>\n`;
}
