import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { PDF_PAGE_OF_ATTRIBUTE } from '../../deck/dom-contract.ts';
import { ExportError } from '../tool-error.ts';
import { readDestinationPages } from './read-destination-pages.ts';

/**
 * Prints more than once only this many times: a number that moves the pages it counts (a contents
 * entry wrapping onto a new line) settles in the next print, or the layout needs a look.
 */
const MAX_PRINTS = 3;

/**
 * Prints the page with `print`, and where it has places for page numbers (the handout's contents: see
 * `PDF_PAGE_OF_ATTRIBUTE`), fills each with the page its anchor landed on in that print and prints again,
 * until the numbers are those of the PDF they are in. Only a print knows where the pages break: CSS's
 * `target-counter()` would say it, but no browser implements it. Resolves with the last print.
 */
export async function printWithPageNumbers(
  page: Page,
  print: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const anchors = await page.evaluate(
    (attribute) =>
      [...document.querySelectorAll(`[${attribute}]`)].map((slot) => slot.getAttribute(attribute) ?? ''),
    PDF_PAGE_OF_ATTRIBUTE,
  );
  let pdf = await print();
  if (anchors.length === 0) return pdf;
  for (let prints = 1; ; prints++) {
    const pages = readDestinationPages(await PDFDocument.load(pdf, { updateMetadata: false }));
    const missing = anchors.filter((anchor) => !pages.has(anchor));
    if (missing.length > 0) {
      throw new ExportError(
        `The contents name places the PDF has no page for: ${missing.map((anchor) => `#${anchor}`).join(', ')}.`,
        'Check that each contents entry links to an element of the page (src/render/render-handout.ts).',
      );
    }
    const changed = await page.evaluate(
      ({ attribute, numbers }) => {
        let changes = 0;
        for (const slot of document.querySelectorAll(`[${attribute}]`)) {
          const number = String(numbers[slot.getAttribute(attribute) ?? ''] ?? '');
          if (slot.textContent !== number) {
            slot.textContent = number;
            changes++;
          }
        }
        return changes > 0;
      },
      { attribute: PDF_PAGE_OF_ATTRIBUTE, numbers: Object.fromEntries(pages) },
    );
    if (!changed) return pdf;
    if (prints === MAX_PRINTS) {
      throw new ExportError(
        `The contents' page numbers did not settle in ${MAX_PRINTS} prints: each print moved the pages.`,
        'Give the contents room for its numbers (src/browser/handout/handout.css, .handout-page).',
      );
    }
    pdf = await print();
  }
}
