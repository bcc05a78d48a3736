import { PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/**
 * Chromium builds a PDF's outline from the page's headings, but joins the lines of a heading that wraps
 * without a space ("Anexercise in humility"). Gives each bookmark back the text of the heading it came
 * from: the heading, of `headings`, that reads the same once white space is ignored. Returns the titles
 * of the outline's entries, in order, after the repair; empty when the PDF has no outline.
 */
export function repairOutline(pdf: PDFDocument, headings: readonly string[]): string[] {
  const byLetters = new Map(headings.map((heading) => [withoutSpace(heading), heading]));
  const titles: string[] = [];
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const pending: PDFDict[] = [];
  const visit = (item: PDFDict | undefined) => item && pending.push(item);
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  for (let item = pending.pop(); item; item = pending.pop()) {
    const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '';
    const heading = byLetters.get(withoutSpace(title));
    if (heading && heading !== title) item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
    titles.push(heading ?? title);
    // Depth first, in reading order: the next sibling waits until the children are done.
    visit(item.lookupMaybe(PDFName.of('Next'), PDFDict));
    visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
  }
  return titles;
}

function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
