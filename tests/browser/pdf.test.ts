import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type * as mupdf from 'mupdf';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { datasets } from '../../src/data/datasets.ts';
import { bibliography } from '../../src/data/references.ts';
import { talk } from '../../src/data/talk.ts';
import { AXIS_TITLE, CHART_PALETTE } from '../../src/deck/chart/goals-chart-look.ts';
import type { Slide } from '../../src/deck/deck.ts';
import { formatDiagnostics } from '../../src/deck/format-diagnostic.ts';
import { loadDeckFromDisk } from '../../src/site/read-slide-sources.ts';
import { exportPdfs, PDF_JOBS, type PdfResult } from '../../src/tools/pdf/export-pdfs.ts';
import { findOverfullSlides } from '../../src/tools/pdf/find-overfull-slides.ts';
import { recordPdfReady, waitForPdfReady } from '../../src/tools/pdf/wait-for-ready.ts';
import { serveStatic } from '../../src/tools/serve/serve-static.ts';
import { A4_POINTS, openPdf, pageTexts, rasterisePage, readPdfInfo } from '../support/read-pdf.ts';
import { notesHtml } from '../support/render-sources.ts';
import { everyChartDrawn } from './support/chart-drawn.ts';
import { launchBrowser, openPage } from './support/launch-browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const chromiumPath = inject('chromiumPath');

const slides = loadSlides();
const [titleSlide] = slides;
const chartSlide = slides.find((slide) => slide.charts.length > 0);
if (!titleSlide || !chartSlide) throw new Error('These tests need a talk with a title slide and a chart.');

let outDir: string;
let exported: Record<'slides' | 'handout', PdfResult>;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
  const [slidesPdf, handoutPdf] = await exportPdfs({ distDir, outDir, chromiumPath });
  if (!slidesPdf || !handoutPdf) throw new Error('exportPdfs wrote fewer than two PDFs.');
  exported = { slides: slidesPdf, handout: handoutPdf };
  browser = await launchBrowser(chromiumPath);
});

afterAll(async () => {
  await browser?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('npm run pdf', () => {
  it('writes slides.pdf with exactly one 16:9 page per slide', async () => {
    const info = await readPdfInfo(exported.slides.path);
    expect(info.pages).toBe(slides.length);
    for (const { width, height } of info.pageSizes) expect(width / height).toBeCloseTo(16 / 9, 2);
    expect(exported.slides.overfull).toEqual([]);
  });

  it('writes handout.pdf on A4 portrait pages, with no slide cut off in its frame', async () => {
    const info = await readPdfInfo(exported.handout.path);
    for (const { width, height } of info.pageSizes) {
      expect(width).toBeCloseTo(A4_POINTS.width, 0);
      expect(height).toBeCloseTo(A4_POINTS.height, 0);
    }
    expect(exported.handout.overfull).toEqual([]);
  });

  it('puts every slide’s title and the start of its notes on one page of the handout, as text', async () => {
    const pages = await pdfPages(exported.handout.path);
    const missing = slides.filter((slide) => {
      const notes = notesStart(slide);
      const page = pages.find((text) => text.includes(notes));
      return !page?.includes(normalise(slide.title));
    });
    expect(missing.map((slide) => slide.id)).toEqual([]);
    expect(pages[0]).toContain(normalise(talk.title));
    expect(pages[0]).toContain(talk.speaker);
  });

  it('numbers each entry of the handout’s contents with the page its slide is on', async () => {
    const document = await openPdf(exported.handout.path);
    const lines = structuredBlocks(document.loadPage(0)).flatMap((block) => block.lines ?? []);
    const numbers = lines.filter((line) => /^\d+$/.test(line.text?.trim() ?? ''));
    const pageTextsOf = (await pdfPages(exported.handout.path)).map((text) => text.toUpperCase());
    const entries = slides.slice(1).map((slide, index) => {
      const entry = lines.find(
        (line) => normalise(line.text ?? '') === `${index + 2}. ${normalise(slide.title)}`,
      );
      // The number beside the entry: on its line, the nearest to its right.
      const beside = numbers
        .filter(
          (number) => entry && Math.abs(number.bbox.y - entry.bbox.y) < 3 && number.bbox.x > entry.bbox.x,
        )
        .sort((a, b) => a.bbox.x - b.bbox.x)[0];
      const label = new RegExp(`\\bSLIDE ${index + 2} OF ${slides.length}\\b`);
      return {
        slide: slide.id,
        printed: beside?.text?.trim(),
        onPage: String(pageTextsOf.findIndex((text) => label.test(text)) + 1),
      };
    });
    expect(entries.filter((entry) => entry.printed !== entry.onPage)).toEqual([]);
    // Not every slide on one page: the numbers tell pages apart.
    expect(new Set(entries.map((entry) => entry.printed)).size).toBeGreaterThan(slides.length / 3);
  });

  it('draws both groups’ bars in the chart area of the chart’s page in slides.pdf', async () => {
    // Where the chart's drawing sits on its page, laid out for print as npm run pdf lays it out.
    const { page, close } = await openPrintView('print');
    const area = await page
      .evaluate((id) => {
        const pdfPage = document.getElementById(id)?.closest('.pdf-page');
        const chart = pdfPage?.querySelector('figure.chart svg')?.getBoundingClientRect();
        const origin = pdfPage?.getBoundingClientRect();
        if (!chart?.width || !origin) throw new Error(`no chart drawn on slide ${id} in print`);
        return {
          x: chart.left - origin.left,
          y: chart.top - origin.top,
          width: chart.width,
          height: chart.height,
        };
      }, chartSlide.id)
      .finally(close);
    const number = (await pdfPages(exported.slides.path)).findIndex((text) =>
      text.includes(normalise(chartSlide.title)),
    );
    expect(number).toBeGreaterThanOrEqual(0);
    // At 96 dpi one pixel of the raster is one CSS pixel of the page.
    const png = await rasterise(exported.slides.path, number + 1, 96);
    expect(countColour(png, CHART_PALETTE.providers, area)).toBeGreaterThan(2000);
    expect(countColour(png, CHART_PALETTE.patients, area)).toBeGreaterThan(1000);
  });

  it('draws both groups’ bars on the chart’s page of handout.pdf', async () => {
    const pages = await pdfPages(exported.handout.path);
    const number = pages.findIndex((text) => text.includes(notesStart(chartSlide))) + 1;
    expect(number).toBeGreaterThan(0);
    // Nothing else on the page is drawn in the groups' colours but the legend's two small swatches.
    const png = await rasterise(exported.handout.path, number, 150);
    expect(countColour(png, CHART_PALETTE.providers)).toBeGreaterThan(300);
    expect(countColour(png, CHART_PALETTE.patients)).toBeGreaterThan(150);
  });

  it('writes the chart’s goals, values, axis, legend, gaps and source as text on its page of both PDFs', async () => {
    const dataset = datasets.get(chartSlide.charts[0] ?? '');
    if (!dataset) throw new Error(`slide ${chartSlide.id} charts no known dataset`);
    const source = bibliography.get(dataset.citationKey)?.short ?? '';
    const expected = [
      ...dataset.goals.flatMap((goal) => [
        ...goal.goal.split(' '),
        `${goal.providers}%`,
        `${goal.patients}%`,
        `${Math.abs(goal.providers - goal.patients)} percentage points`,
        goal.p,
      ]),
      `${dataset.groups.providers.label} (${dataset.groups.providers.description})`,
      `${dataset.groups.patients.label} (${dataset.groups.patients.description})`,
      AXIS_TITLE,
      '100%',
      `Source: ${source}`,
    ];
    for (const result of [exported.slides, exported.handout]) {
      const page = await chartPage(result.path);
      const text = normalise(page.toStructuredText('preserve-ligatures').asText());
      const missing = expected.filter((words) => !text.includes(words));
      expect(missing, `${result.file}: the chart's words missing from its page`).toEqual([]);
    }
  });

  it('draws the chart in both PDFs with vectors and text, no picture of it', async () => {
    for (const result of [exported.slides, exported.handout]) {
      const blocks = structuredBlocks(await chartPage(result.path));
      const lines = blocks.flatMap((block) => block.lines ?? []);
      const line = (words: string) => {
        const found = lines.find((candidate) => normalise(candidate.text ?? '').includes(words));
        if (!found) throw new Error(`${result.file}: no line "${words}" on the chart's page`);
        return found.bbox;
      };
      // The chart's drawing: from its legend down to its axis title.
      const top = line('Providers (clinicians)');
      const bottom = line(AXIS_TITLE);
      const chart = { x: 0, y: top.y, w: Number.POSITIVE_INFINITY, h: bottom.y + bottom.h - top.y };
      const pictures = blocks.filter((block) => block.type === 'image' && overlaps(block.bbox, chart));
      expect(pictures, `${result.file}: pictures over the chart`).toEqual([]);
    }
  });

  it('gives both PDFs the talk’s title and speaker, a subject, tags and a bookmark per slide', async () => {
    for (const result of [exported.slides, exported.handout]) {
      const info = await readPdfInfo(result.path);
      expect(info.title, result.file).toBe(talk.title);
      expect(info.author, result.file).toBe(talk.speaker);
      expect(info.subject, result.file).toMatch(/\S/);
      expect(info.tagged, result.file).toBe(true);
      const missing = slides.map((slide) => slide.title).filter((title) => !result.outline.includes(title));
      expect(missing, `bookmarks missing from ${result.file}`).toEqual([]);
    }
  });

  it("fails saying the handout's script never got the page ready, and the time it waited", async () => {
    const broken = copyWithoutHandoutScript();
    try {
      const handout = PDF_JOBS.filter((job) => job.file === 'handout.pdf');
      const attempt = exportPdfs({
        distDir: broken,
        outDir: broken,
        chromiumPath,
        jobs: handout,
        timeout: 1500,
      });
      await expect(attempt).rejects.toThrow(
        "handout.pdf: The handout's script did not get the page ready within 1.5 s.",
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('fails naming the picture that never loads, and the time it waited', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'deck-pdf-broken-'));
    try {
      cpSync(distDir, broken, { recursive: true });
      const picture = /<img[^>]* src="\.\/(assets\/[^"]+)"/.exec(
        readFileSync(join(broken, 'index.html'), 'utf8'),
      )?.[1];
      if (!picture) throw new Error('index.html has no picture');
      rmSync(join(broken, picture));
      const deck = PDF_JOBS.filter((job) => job.file === 'slides.pdf');
      const attempt = exportPdfs({
        distDir: broken,
        outDir: broken,
        chromiumPath,
        jobs: deck,
        timeout: 1500,
      });
      await expect(attempt).rejects.toThrow(
        `slides.pdf: The pictures "./${picture}" did not load within 1.5 s.`,
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('fails saying so when the port it is told to use is taken', async () => {
    const taken = await serveStatic(distDir);
    try {
      const port = Number(new URL(taken.url).port);
      await expect(exportPdfs({ distDir, outDir, chromiumPath, port })).rejects.toThrow(`Port ${port}`);
    } finally {
      await taken.close();
    }
  });
});

describe('printing from the browser', () => {
  it('gives the handout page the same A4 pages as npm run pdf: a cover, then two slides to most pages', async () => {
    const opened = await openPage(browser, `${baseUrl}/handout.html`);
    try {
      await everyChartDrawn(opened.page);
      const pdf = await PDFDocument.load(await opened.page.pdf({ preferCSSPageSize: true }));
      expect(pdf.getPageCount()).toBe(exported.handout.pages);
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1 + Math.ceil((slides.length - 1) / 2));
      expect(pdf.getPageCount()).toBeLessThan(slides.length);
      const { width, height } = pdf.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('lays out the ?print-pdf view with its pictures in place, even when they arrive late', async () => {
    const { page, close } = await openPrintView('print', { picturesLate: true });
    try {
      expect(
        await page.evaluate(() => [...document.images].every((picture) => picture.naturalWidth > 0)),
      ).toBe(true);
      expect(await findOverfullSlides(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('gives the deck’s ?print-pdf view one page per slide', async () => {
    const { page, close } = await openPrintView();
    try {
      const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
      expect(pdf.getPageCount()).toBe(slides.length);
    } finally {
      await close();
    }
  });
});

function loadSlides(): Slide[] {
  const result = loadDeckFromDisk(inject('projectRoot'));
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics));
  return result.deck.sections.flatMap((section) => section.slides);
}

/**
 * The deck's print view, laid out, with its charts drawn: what the browser prints from `?print-pdf`.
 * With `picturesLate`, every picture arrives a second after it was asked for, as on a slow network.
 */
async function openPrintView(
  media: 'screen' | 'print' = 'screen',
  { picturesLate = false } = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  if (picturesLate) {
    await page.route('**/assets/*.svg', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
  }
  await page.emulateMedia({ media });
  await recordPdfReady(page);
  await page.goto(`${baseUrl}/index.html?print-pdf`);
  // Its charts are the build's pictures, in the page from the start: pdf-ready is the signal.
  await waitForPdfReady(page, 30_000);
  return { page, close: () => context.close() };
}

/** The first words of a slide's notes, as text a PDF would hold. */
function notesStart(slide: Slide): string {
  const { document } = new Window();
  document.body.innerHTML = notesHtml(slide);
  return normalise(document.body.textContent ?? '')
    .split(' ')
    .slice(0, 8)
    .join(' ');
}

/** Text compared as a reader sees it: ligatures, quotes, dashes and line breaks evened out. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/-\n/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The page of a PDF that draws the chart: the one with its legend. */
async function chartPage(path: string): Promise<mupdf.Page> {
  const document = await openPdf(path);
  for (let index = 0; index < document.countPages(); index += 1) {
    const page = document.loadPage(index);
    if (normalise(page.toStructuredText('preserve-ligatures').asText()).includes('Providers (clinicians)')) {
      return page;
    }
  }
  throw new Error(`${path} has no page with the chart's legend`);
}

interface Bbox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** MuPDF's structured text of a page: its text lines and its pictures, each with its box in points. */
function structuredBlocks(
  page: mupdf.Page,
): { type: string; bbox: Bbox; lines?: { text?: string; bbox: Bbox }[] }[] {
  return JSON.parse(page.toStructuredText('preserve-images').asJSON()).blocks;
}

function overlaps(a: Bbox, b: Bbox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The text of each page, normalised. */
async function pdfPages(path: string): Promise<string[]> {
  return pageTexts(await openPdf(path)).map(normalise);
}

async function rasterise(path: string, page: number, dpi: number): Promise<PNG> {
  return rasterisePage(await openPdf(path), page, dpi);
}

interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Pixels within a small distance of a colour, in an area of the image or all of it. */
function countColour(png: PNG, hex: string, area?: Area): number {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [
    number,
    number,
    number,
  ];
  const x0 = Math.max(0, Math.floor(area?.x ?? 0));
  const y0 = Math.max(0, Math.floor(area?.y ?? 0));
  const x1 = Math.min(png.width, Math.ceil(area ? area.x + area.width : png.width));
  const y1 = Math.min(png.height, Math.ceil(area ? area.y + area.height : png.height));
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const at = (y * png.width + x) * 4;
      const distance =
        Math.abs((png.data[at] ?? 0) - r) +
        Math.abs((png.data[at + 1] ?? 0) - g) +
        Math.abs((png.data[at + 2] ?? 0) - b);
      if (distance < 24) count++;
    }
  }
  return count;
}

/** A copy of the build whose handout script does nothing, so its chart never draws. */
function copyWithoutHandoutScript(): string {
  const copy = mkdtempSync(join(tmpdir(), 'deck-pdf-broken-'));
  cpSync(distDir, copy, { recursive: true });
  const html = readFileSync(join(copy, 'handout.html'), 'utf8');
  const script = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!script) throw new Error('handout.html loads no module script');
  writeFileSync(join(copy, script), 'export {};\n');
  return copy;
}
