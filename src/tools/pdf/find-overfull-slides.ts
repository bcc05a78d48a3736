import type { Page } from 'playwright-core';

/**
 * Lists the slides that do not fit their page, as sentences naming each slide: in the deck's print view
 * (`?print-pdf`) a slide taller than a page prints on several, and one that grew after reveal.js laid it
 * out (a chart mounting) runs off its page; in the handout a slide taller than its 16:9 frame is cut.
 * Empty when everything fits.
 */
export function findOverfullSlides(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const pdfPages = [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')];
    const pageHeight = Math.min(...pdfPages.map((pdfPage) => pdfPage.offsetHeight));
    for (const pdfPage of pdfPages) {
      const slide = pdfPage.querySelector<HTMLElement>(':scope > section');
      if (!slide) continue;
      const pages = Math.round(pdfPage.offsetHeight / pageHeight);
      const bottom = slide.offsetTop + slide.scrollHeight;
      if (pages > 1) {
        problems.push(
          `slide "${slide.id}" is taller than a page (${slide.scrollHeight} px): it prints on ${pages} pages`,
        );
      } else if (bottom > pdfPage.offsetHeight + 1) {
        problems.push(
          `slide "${slide.id}" runs off its page (to ${bottom} px of ${pdfPage.offsetHeight}): its bottom is cut off`,
        );
      }
    }
    for (const slide of document.querySelectorAll<HTMLElement>('.handout-frame section')) {
      if (slide.scrollHeight > slide.clientHeight + 1) {
        problems.push(
          `slide "${slide.dataset.slide}" is taller than its frame in the handout (${slide.scrollHeight} px of ${slide.clientHeight}): its bottom is cut off`,
        );
      }
    }
    return problems;
  });
}
