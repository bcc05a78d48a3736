import { PDF_FILES } from '../deck/dom-contract.ts';
import type { RenderSources } from './render-context.ts';

/**
 * The deck page's link to the slides' PDF, as one of its view tools: nothing when the site has no PDFs.
 * Its name says what the file is; the visible "PDF" is part of it, as speech input needs.
 */
export function renderDeckPdfLink(sources: RenderSources): string {
  if (!sources.pdfs) return '';
  return `<a class="deck-tool" href="${PDF_FILES.slides}" type="application/pdf" aria-label="The slides as a PDF">PDF</a>`;
}

/** The handout's links to both PDFs, for its navigation: nothing when the site has no PDFs. */
export function renderHandoutPdfLinks(sources: RenderSources): string {
  if (!sources.pdfs) return '';
  return (
    `<a href="${PDF_FILES.handout}" type="application/pdf">Handout as PDF</a>` +
    `<a href="${PDF_FILES.slides}" type="application/pdf">Slides as PDF</a>`
  );
}
