import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HANDOUT_PAGE, PDF_FILES } from '../../src/deck/dom-contract.ts';
import { SINGLE_FILE_MODE } from '../../src/site/single-file-plugin.ts';
import { WITH_PDFS_VARIABLE } from '../../src/site/site-pdfs.ts';
import { buildForProduction } from '../support/build-for-production.ts';
import { singleFileIn } from '../support/build-single-file.ts';

const projectRoot = inject('projectRoot');
const plainDir = inject('distDir');
let withPdfsDir: string;
let singleDir: string;

beforeAll(async () => {
  // As `npm run pdf` builds the site it writes the PDFs beside.
  const env = { [WITH_PDFS_VARIABLE]: '1' };
  withPdfsDir = await buildForProduction(projectRoot, 'deck-with-pdfs-', env);
  singleDir = await buildForProduction(projectRoot, 'deck-single-with-pdfs-', env, { mode: SINGLE_FILE_MODE });
}, 120_000);

afterAll(() => {
  for (const dir of [withPdfsDir, singleDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function page(dir: string, file: string): Document {
  const window = new Window({ url: `https://talk.test/${file}` });
  window.document.write(readFileSync(join(dir, file), 'utf8'));
  return window.document as unknown as Document;
}

/** Where the page's links to PDFs point, with their names, in the page's order. */
function pdfLinks(document: Document): { href: string | null; name: string }[] {
  return [...document.querySelectorAll('a[href$=".pdf"]')].map((link) => ({
    href: link.getAttribute('href'),
    name: link.getAttribute('aria-label') ?? link.textContent ?? '',
  }));
}

describe('the links to the PDFs', () => {
  it('are in the deck’s view tools and the handout’s navigation when the build has the PDFs', () => {
    const deck = page(withPdfsDir, 'index.html');
    expect(pdfLinks(deck)).toEqual([{ href: PDF_FILES.slides, name: 'The slides as a PDF' }]);
    expect(deck.querySelector(`.deck-tools a[href="${PDF_FILES.slides}"]`)?.getAttribute('type')).toBe(
      'application/pdf',
    );
    const handout = page(withPdfsDir, HANDOUT_PAGE);
    expect(pdfLinks(handout)).toEqual([
      { href: PDF_FILES.handout, name: 'Handout as PDF' },
      { href: PDF_FILES.slides, name: 'Slides as PDF' },
    ]);
    expect(handout.querySelectorAll('nav.handout-back a[type="application/pdf"]').length).toBe(2);
  });

  it('are in no page of a plain build, which has no PDFs', () => {
    const pages = readdirSync(plainDir).filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['index.html', HANDOUT_PAGE]));
    for (const file of pages) expect(pdfLinks(page(plainDir, file)), file).toEqual([]);
  });

  it('are not in the single file, which has nothing beside it', () => {
    expect(pdfLinks(page(singleDir, basename(singleFileIn(singleDir))))).toEqual([]);
  });
});
