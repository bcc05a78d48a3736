import type { Reference } from '../data/reference.ts';
import type { Deck, Section, Slide } from '../deck/deck.ts';
import { REFERENCES_PLACEHOLDER } from '../parse/markdown/directives.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * Renders the deck as reveal.js `<section>` elements, one per slide, each with its notes in
 * `<aside class="notes">` (where reveal's speaker view reads them). Returns the HTML for `.slides`.
 * The pictures of every slide after the first load lazily: before the script runs, they would take the
 * network from the first slide's styles and fonts (the runtime loads them all once the deck starts).
 */
export function renderDeck(deck: Deck, references: Readonly<Record<string, Reference>>): string {
  const referenceList = renderReferenceList(deck.citedKeys, references);
  return deck.sections
    .flatMap((section) => section.slides.map((slide) => renderSlide(section, slide)))
    .map((html, index) => (index === 0 ? html : loadPicturesLazily(html)))
    .join('\n')
    .replaceAll(REFERENCES_PLACEHOLDER, referenceList);
}

/** Slides hold no raw HTML (the loader refuses it), so every `<img` in one is a picture the build wrote. */
function loadPicturesLazily(html: string): string {
  return html.replaceAll('<img ', '<img loading="lazy" ');
}

function renderSlide(section: Section, slide: Slide): string {
  const { frontMatter } = section;
  const attributes = [
    `id="${escapeHtml(slide.id)}"`,
    `class="layout-${section.layout}${slide.hasImage ? ' has-image' : ''}"`,
    `data-section="${escapeHtml(section.id)}"`,
    frontMatter.principle ? `data-principle="${frontMatter.principle}"` : '',
    frontMatter.transition ? `data-transition="${frontMatter.transition}"` : '',
    frontMatter.background ? `data-background-color="${escapeHtml(frontMatter.background)}"` : '',
  ].filter(Boolean);
  const notes = slide.notesHtml ? `<aside class="notes">\n${slide.notesHtml}</aside>\n` : '';
  return `<section ${attributes.join(' ')}>\n${slide.html}${notes}</section>`;
}

/** The references cited in the deck, alphabetically, each with a link when the work has one. */
export function renderReferenceList(
  citedKeys: readonly string[],
  references: Readonly<Record<string, Reference>>,
): string {
  return citedKeys
    .flatMap((key) => {
      const reference = references[key];
      return reference ? [reference] : [];
    })
    .sort((a, b) => a.citation.localeCompare(b.citation))
    .map((reference) => {
      const link = reference.url
        ? ` <a href="${escapeHtml(reference.url)}">${escapeHtml(reference.url)}</a>`
        : '';
      return `<li>${escapeHtml(reference.citation)}${link}</li>`;
    })
    .join('');
}
