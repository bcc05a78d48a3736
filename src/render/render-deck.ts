import type { Deck, Section, Slide } from '../deck/deck.ts';
import { escapeHtml } from './escape-html.ts';
import type { RenderContext, RenderSources } from './render-context.ts';
import { renderTokens } from './render-markdown.ts';
import { renderSlidePicture } from './render-slide-picture.ts';

/**
 * Renders the deck as reveal.js `<section>` elements, one per slide, each with its notes in
 * `<aside class="notes">` (where the speaker view reads them). Returns the HTML for `.slides`.
 * The pictures of every slide after the first load lazily: before the script runs, they would take the
 * network from the first slide's styles and fonts (the runtime loads them all once the deck starts).
 */
export function renderDeck(deck: Deck, sources: RenderSources): string {
  const slides = deck.sections.flatMap((section) => section.slides.map((slide) => ({ section, slide })));
  return slides
    .map(({ section, slide }, index) =>
      renderSlide(section, slide, {
        ...sources,
        target: 'deck',
        citedKeys: deck.citedKeys,
        lazyPictures: index > 0,
        slideId: slide.id,
      }),
    )
    .join('\n');
}

function renderSlide(section: Section, slide: Slide, context: RenderContext): string {
  const { frontMatter } = section;
  const attributes = [
    `id="${escapeHtml(slide.id)}"`,
    `class="${slideClasses(section, slide)}"`,
    `data-section="${escapeHtml(section.id)}"`,
    frontMatter.principle ? `data-principle="${frontMatter.principle}"` : '',
    frontMatter.transition ? `data-transition="${frontMatter.transition}"` : '',
    frontMatter.background ? `data-background-color="${escapeHtml(frontMatter.background)}"` : '',
  ].filter(Boolean);
  const notes =
    slide.notes.length > 0 ? `<aside class="notes">\n${renderTokens(slide.notes, context)}</aside>\n` : '';
  return `<section ${attributes.join(' ')}>\n${renderSlideContent(slide, context)}${notes}</section>`;
}

/** The slide's classes, which the theme lays it out by: its layout, and whether a picture stands beside it. */
export function slideClasses(section: Section, slide: Slide): string {
  return `layout-${section.layout}${slide.picture ? ' has-image' : ''}`;
}

/** What the slide shows, as the context's page writes it: its blocks, then the front matter's picture. */
export function renderSlideContent(slide: Slide, context: RenderContext): string {
  return renderTokens(slide.content, context) + renderSlidePicture(slide, context);
}
