import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPdfs } from '../pdf/export-pdfs.ts';

/**
 * The target for both PDFs together: twice what Marp took for its one PDF of a deck this size (2.3 s),
 * in the same harness on this kind of machine.
 */
export const PDF_EXPORT_TARGET_MS = 4_600;

/** How long `npm run pdf`'s export took, and what it wrote. */
export interface PdfTiming {
  /** From serving the site to the last PDF written, in ms: `npm run pdf` without its build check. */
  readonly ms: number;
  readonly files: readonly { readonly file: string; readonly pages: number; readonly ms: number }[];
}

/**
 * Runs the PDF exporter on the built site in `distDir` into a temporary folder (removed afterwards,
 * leaving `dist/`'s PDFs alone) and times it. Rejects as `exportPdfs` does.
 */
export async function timePdfExport(distDir: string, chromiumPath: string): Promise<PdfTiming> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const started = performance.now();
    const results = await exportPdfs({ distDir, outDir, chromiumPath });
    return {
      ms: performance.now() - started,
      files: results.map(({ file, pages, ms }) => ({ file, pages, ms })),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
