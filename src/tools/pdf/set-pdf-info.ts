import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { repairOutline } from './repair-outline.ts';

/** What a PDF says about itself, read from the page it was printed from. */
export interface DocumentInfo {
  /** `<title>`: the talk's title. */
  readonly title: string;
  /** `<meta name="author">`; empty when the page has none. */
  readonly author: string;
  /** `<meta name="description">`; empty when the page has none. */
  readonly subject: string;
  /** `<html lang>`; empty when the page has none. */
  readonly language: string;
  /** The text of every heading, in order: what the outline's bookmarks say. */
  readonly headings: readonly string[];
}

/** Reads the document information of the page in front of Chromium. */
export function readDocumentInfo(page: Page): Promise<DocumentInfo> {
  // No named helper in here: tsx would wrap it in a `__name` call, which the page does not have.
  return page.evaluate(() => {
    const [author = '', subject = ''] = ['author', 'description'].map(
      (name) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() ?? '',
    );
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) =>
      (heading.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    return {
      title: document.title.trim(),
      author,
      subject,
      language: document.documentElement.lang,
      headings,
    };
  });
}

/** A PDF with its information set. */
export interface FinishedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
  /** The outline's bookmarks, in reading order. */
  readonly outline: readonly string[];
}

/**
 * Writes title, author, subject and language into a PDF Chromium printed (it sets the title only), asks
 * viewers to show the title rather than the file name, and mends the outline's bookmark titles. Keeps
 * everything else: text, tags, links. Rejects when the bytes are not a PDF.
 */
export async function setPdfInfo(pdf: Uint8Array, info: DocumentInfo, creator: string): Promise<FinishedPdf> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) document.setAuthor(info.author);
  if (info.subject) document.setSubject(info.subject);
  if (info.language) document.setLanguage(info.language);
  document.setCreator(creator);
  document.setModificationDate(new Date());
  const outline = repairOutline(document, info.headings);
  const bytes = await document.save({ useObjectStreams: false });
  return { bytes, pages: document.getPageCount(), outline };
}
