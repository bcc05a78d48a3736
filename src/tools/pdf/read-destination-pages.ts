import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/**
 * The page (1-based) each named destination of a PDF points to. Chromium writes one into the catalog's
 * `/Dests` for every element a link of the page points to (`<a href="#id">`), named by the id, as
 * `[page /XYZ x y zoom]`. Destinations naming no page of the document are left out.
 */
export function readDestinationPages(pdf: PDFDocument): Map<string, number> {
  const pageNumbers = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const pages = new Map<string, number>();
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const target = pdf.context.lookupMaybe(value, PDFArray)?.get(0);
    const page = target instanceof PDFRef ? pageNumbers.get(target.toString()) : undefined;
    if (page !== undefined) pages.set(name.decodeText(), page);
  }
  return pages;
}
