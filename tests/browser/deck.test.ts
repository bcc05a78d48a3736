import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Deck } from '../../src/deck/deck.ts';
import { formatDiagnostics } from '../../src/deck/format-diagnostic.ts';
import { loadDeckFromDisk } from '../../src/site/read-slide-sources.ts';
import type { OpenedPage } from './support/launch-browser.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const projectRoot = inject('projectRoot');
const distDir = inject('distDir');

const deck = loadTalk();
const slides = deck.sections.flatMap((section) => section.slides);
const [titleSlide, secondSlide] = slides;
if (!titleSlide || !secondSlide) throw new Error('These tests need a talk of at least two slides.');
const definition = readCoproductionDefinition();

// These tests read a page's errors and requests themselves.
const { open } = useBrowser({ strict: false });

describe('the built deck in Chromium', () => {
  it('opens on the title slide, with the talk title in a heading', async () => {
    const { page } = await openDeck();

    expect(await presentSlideId(page)).toBe(titleSlide.id);
    const heading = page.locator(`section#${titleSlide.id} h1`);
    await heading.waitFor({ state: 'visible' });
    expect(await heading.innerText()).toContain('Leadership and Coproduction');
  });

  it('moves to the next slide with ArrowRight or Space, and back with ArrowLeft', async () => {
    const { page } = await openDeck();

    await pressAndWaitForSlide(page, 'ArrowRight', secondSlide.id);
    await pressAndWaitForSlide(page, 'ArrowLeft', titleSlide.id);
    await pressAndWaitForSlide(page, 'Space', secondSlide.id);
  });

  it('shows each step once: the address it writes after a step does not make reveal.js show it again', async () => {
    const { firstStepped } = TALK;
    const { page } = await openDeck(`#/${firstStepped.id}`);
    // Counted from before the page's scripts, ahead of any listener that could hold an event back; a
    // hashchange counted in one task has been through reveal.js's listener when the next one runs.
    await page.addInitScript(() => {
      const counts = { moves: 0, addresses: 0 };
      Object.defineProperty(window, '__counts', { value: counts });
      document.addEventListener('beforeslidechange', () => counts.moves++);
      window.addEventListener('hashchange', () => counts.addresses++);
    });
    await page.reload();
    await page.waitForSelector('.reveal.ready');
    // The deck's start has moved to the linked slide: from here only the keys' moves count.
    await page.evaluate(() => {
      (window as unknown as { __counts: { moves: number } }).__counts.moves = 0;
    });
    /** Presses → and resolves, once the address has followed, with what reveal.js did for it. */
    const stepTaken = async () => {
      const before = await page.evaluate(() => location.hash);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (previous) =>
          location.hash !== previous &&
          (window as unknown as { __counts: { addresses: number } }).__counts.addresses > 0,
        before,
      );
      return page.evaluate(() => {
        const counts = (window as unknown as { __counts: { moves: number; addresses: number } }).__counts;
        const taken = { hash: location.hash, moves: counts.moves, addresses: counts.addresses };
        counts.moves = 0;
        counts.addresses = 0;
        return taken;
      });
    };
    const allShown = () =>
      page.evaluate(() => !document.querySelector('.slides > section.present .fragment:not(.visible)'));

    // A step within the slide moves no slide, however many steps the slide has; the next slide is one move.
    const within = [await stepTaken()];
    while (!(await allShown())) within.push(await stepTaken());
    expect(within.map(({ hash }) => hash.startsWith(`#/${firstStepped.id}/`))).not.toContain(false);
    expect(within.map(({ moves, addresses }) => ({ moves, addresses }))).toEqual(
      within.map(() => ({ moves: 0, addresses: 1 })),
    );
    const next = slides[slides.findIndex((slide) => slide.id === firstStepped.id) + 1];
    expect(await stepTaken()).toEqual({ hash: `#/${next?.id}`, moves: 1, addresses: 1 });
  });

  it('opens the co-production slide from a deep link and shows the definition', async () => {
    const { page } = await openDeck(`#/${TALK.quote.id}`);

    expect(await presentSlideId(page)).toBe(TALK.quote.id);
    const quote = page.locator(`section#${TALK.quote.id} blockquote`);
    await quote.waitFor({ state: 'visible' });
    expect(normalizeSpace(await quote.innerText())).toContain(definition);
  });

  it('keeps speaker notes for every slide in the page, hidden from the audience', async () => {
    const { page } = await openDeck();

    const notes = await page.$$eval('.slides section', (sections) =>
      sections.map((section) => ({
        id: section.id,
        text: section.querySelector(':scope > aside.notes')?.textContent?.trim() ?? '',
      })),
    );
    expect(notes.map((note) => note.id)).toEqual(slides.map((slide) => slide.id));
    expect(notes.filter((note) => note.text === '').map((note) => note.id)).toEqual([]);
    expect(await page.locator(`section#${titleSlide.id} aside.notes`).isHidden()).toBe(true);
  });

  it('fetches the later slides’ pictures only once the first slide is up, then every one of them', async () => {
    const { page } = await openDeck();
    await page.waitForFunction(() =>
      [...document.images].every((picture) => picture.complete && picture.naturalWidth > 0),
    );
    const fetchedAfterFirstPaint = await page.evaluate(() => {
      const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const pictures = new Set([...document.images].map((picture) => picture.src));
      return performance
        .getEntriesByType('resource')
        .filter((entry) => pictures.has(entry.name))
        .map((entry) => entry.startTime >= firstPaint);
    });
    expect(fetchedAfterFirstPaint.length).toBeGreaterThan(0);
    expect(fetchedAfterFirstPaint.every(Boolean)).toBe(true);
  });

  it('steps through every slide in order without a console error, page error or request to another host', async () => {
    const opened = await openDeck();
    const { page } = opened;

    let position = await stepForward(page);
    const visited = [position.slideId];
    const mostSteps = slides.reduce((sum, slide) => sum + slide.stepCount + 1, 0);
    for (let steps = 1; steps < mostSteps && !position.atEnd; steps++) {
      position = await stepForward(page, position);
      if (position.slideId !== visited.at(-1)) visited.push(position.slideId);
    }

    expect(visited).toEqual(slides.map((slide) => slide.id));
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offOriginRequests).toEqual([]);
  });
});

describe('the built files', () => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');

  it('hold every slide title in index.html, so the talk reads without JavaScript', async () => {
    const text = await readBodyText(html);

    const missing = slides
      .map((slide) => normalizeSpace(slide.title))
      .filter((title) => !text.includes(title));
    expect(missing).toEqual([]);
  });

  it('hold the co-production definition in index.html', async () => {
    expect(definition).toMatch(/^A relationship where professionals and citizens share power/);
    expect(await readBodyText(html)).toContain(definition);
  });

  it('ship no Markdown parser', () => {
    const withParser = listFiles(distDir)
      .filter((file) => readFileSync(file, 'latin1').includes('markdown-it'))
      .map((file) => relative(distDir, file));
    expect(withParser).toEqual([]);
  });
});

/** Opens the served deck (at an optional `#/slide` hash) and waits until reveal.js is ready. */
async function openDeck(hash = ''): Promise<OpenedPage> {
  const opened = await open(hash);
  await opened.page.waitForSelector('.reveal.ready');
  return opened;
}

function presentSlideId(page: Page): Promise<string> {
  return page.$eval('.slides > section.present', (section) => section.id);
}

/** Presses a key and waits until reveal.js shows the slide `id` and puts it in the address. */
async function pressAndWaitForSlide(page: Page, key: string, id: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForFunction(
    (expected) =>
      document.querySelector('.slides > section.present')?.id === expected &&
      location.hash === `#/${expected}`,
    id,
  );
}

/** Where the presenter is in the talk: the slide shown, how many of its steps, and whether it is the end. */
interface Position {
  readonly slideId: string;
  readonly shownSteps: number;
  readonly atEnd: boolean;
}

/**
 * Presses ArrowRight, unless this is the first call, and resolves with the new position once reveal.js
 * has moved: to the next step of the slide or to the next slide.
 */
async function stepForward(page: Page, from?: Position): Promise<Position> {
  if (from) await page.keyboard.press('ArrowRight');
  const moved = await page.waitForFunction((previous) => {
    const slide = document.querySelector('.slides > section.present');
    if (!slide) return false;
    const position = {
      slideId: slide.id,
      shownSteps: slide.querySelectorAll('.fragment.visible').length,
      atEnd: slide.nextElementSibling === null && slide.querySelector('.fragment:not(.visible)') === null,
    };
    const same = position.slideId === previous?.slideId && position.shownSteps === previous.shownSteps;
    return same ? false : position;
  }, from);
  return (await moved.jsonValue()) as Position;
}

function loadTalk(): Deck {
  const result = loadDeckFromDisk(projectRoot);
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics));
  return result.deck;
}

/** The definition as the author wrote it in the co-production slide's blockquote, without its citation. */
function readCoproductionDefinition(): string {
  const section = deck.sections.find((candidate) =>
    candidate.slides.some((slide) => slide.id === TALK.quote.id),
  );
  if (!section) throw new Error(`The talk has no slide with the id "${TALK.quote.id}".`);
  const quoted = readFileSync(join(projectRoot, section.file), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('>'))
    .map((line) => line.slice(1))
    .join(' ');
  return normalizeSpace(quoted.replace(/\[@[^\]]*\]/g, ''));
}

/** The text a reader without JavaScript sees in an HTML page. */
async function readBodyText(html: string): Promise<string> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return normalizeSpace(document.body.textContent ?? '');
  } finally {
    await window.happyDOM.close();
  }
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
