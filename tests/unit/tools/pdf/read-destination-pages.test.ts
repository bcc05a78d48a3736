import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readDestinationPages } from '../../../../src/tools/pdf/read-destination-pages.ts';

/** A PDF of `pages` pages whose catalog names `dests` as Chromium writes them: `[page /XYZ x y zoom]`. */
async function pdfWith(pages: number, dests: Record<string, number>): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const added = Array.from({ length: pages }, () => pdf.addPage());
  const entries = Object.entries(dests).map(([name, page]) => {
    const target = added[page - 1]?.ref ?? pdf.context.nextRef();
    return [name, pdf.context.obj([target, PDFName.of('XYZ'), 0, 792, 0])] as const;
  });
  pdf.catalog.set(PDFName.of('Dests'), pdf.context.obj(Object.fromEntries(entries)));
  // Read back from bytes, as the export reads Chromium's.
  return PDFDocument.load(await pdf.save());
}

describe('readDestinationPages', () => {
  it('gives the page each named destination points to, from 1', async () => {
    const pages = readDestinationPages(await pdfWith(3, { 'slide-a': 1, 'slide-b': 3, 'slide-c': 3 }));
    expect(Object.fromEntries(pages)).toEqual({ 'slide-a': 1, 'slide-b': 3, 'slide-c': 3 });
  });

  it('leaves out a destination that names no page of the document', async () => {
    const pages = readDestinationPages(await pdfWith(2, { 'slide-a': 2, nowhere: 5 }));
    expect(Object.fromEntries(pages)).toEqual({ 'slide-a': 2 });
  });

  it('is empty for a PDF without named destinations', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    expect(readDestinationPages(await PDFDocument.load(await pdf.save())).size).toBe(0);
  });
});
