import { readFile } from 'node:fs/promises';
import * as mupdf from 'mupdf';
import { PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { PNG } from 'pngjs';

/** What a PDF reader's document properties show: read with JavaScript, so tests need no system tool. */
export interface PdfInfo {
  readonly pages: number;
  /** Each page's size in points (1/72 inch). */
  readonly pageSizes: readonly { readonly width: number; readonly height: number }[];
  readonly title: string | undefined;
  readonly author: string | undefined;
  readonly subject: string | undefined;
  /** Whether the catalogue says the file carries a structure tree for assistive technology. */
  readonly tagged: boolean;
}

/** A4 in points, as ISO 216 gives it in millimetres. */
export const A4_POINTS = Object.freeze({ width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 });

export async function readPdfInfo(path: string): Promise<PdfInfo> {
  const document = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  const markInfo = document.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  return {
    pages: document.getPageCount(),
    pageSizes: document.getPages().map((page) => page.getSize()),
    title: document.getTitle(),
    author: document.getAuthor(),
    subject: document.getSubject(),
    tagged: markInfo?.lookupMaybe(PDFName.of('Marked'), PDFBool)?.asBoolean() === true,
  };
}

/** A PDF opened in MuPDF (WebAssembly): its pages' text and pixels. */
export async function openPdf(path: string): Promise<mupdf.PDFDocument> {
  const document = mupdf.Document.openDocument(await readFile(path), 'application/pdf');
  if (!(document instanceof mupdf.PDFDocument)) throw new Error(`${path} did not open as a PDF.`);
  return document;
}

/** The text of each page, in reading order. */
export function pageTexts(document: mupdf.Document): string[] {
  const texts: string[] = [];
  for (let index = 0; index < document.countPages(); index += 1) {
    texts.push(document.loadPage(index).toStructuredText('preserve-ligatures').asText());
  }
  return texts;
}

/** Page `number` (from 1) drawn at `dpi` on white, as a PNG image to count colours in. */
export function rasterisePage(document: mupdf.Document, number: number, dpi: number): PNG {
  const scale = dpi / 72;
  const pixmap = document
    .loadPage(number - 1)
    .toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
  return PNG.sync.read(Buffer.from(pixmap.asPNG()));
}
