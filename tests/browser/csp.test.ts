import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Deck } from '../../src/deck/deck.ts';
import { formatDiagnostics } from '../../src/deck/format-diagnostic.ts';
import { loadDeckFromDisk } from '../../src/site/read-slide-sources.ts';
import { notesOf, openSpeakerView, waitForSpeakerNotes } from './support/speaker-view.ts';
import { useBrowser } from './support/use-browser.ts';

const projectRoot = inject('projectRoot');
const distDir = inject('distDir');

const slides = loadTalk().sections.flatMap((section) => section.slides);
const stepsInTalk = slides.reduce((sum, slide) => sum + slide.stepCount + 1, 0);

/**
 * The built pages besides the deck, found in dist/. A handout page (handout.html), once the build makes
 * one, is checked by "every other built page" below with no change to this file.
 */
const otherPages = readdirSync(distDir).filter((name) => name.endsWith('.html') && name !== 'index.html');

// These tests read a page's errors and requests themselves.
const { open } = useBrowser({ strict: false });

describe('the Content Security Policy in the built pages', () => {
  const pages = readdirSync(distDir).filter((name) => name.endsWith('.html'));

  it('is in every page, before any script, style or stylesheet it governs', () => {
    expect(pages).toContain('index.html');
    for (const name of pages) {
      const html = readFileSync(join(distDir, name), 'utf8');
      const policyAt = html.indexOf('<meta http-equiv="Content-Security-Policy"');
      expect(policyAt, name).toBeGreaterThan(-1);
      expect(html.indexOf('<meta http-equiv="Content-Security-Policy"', policyAt + 1), name).toBe(-1);
      const firstGoverned = html.search(/<(script|style|link)\b/i);
      expect(firstGoverned === -1 || policyAt < firstGoverned, name).toBe(true);
    }
  });

  it('allows no inline script, no eval, and unsafe-inline for style attributes only', () => {
    for (const name of pages) {
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
        readFileSync(join(distDir, name), 'utf8'),
      )?.[1];
      expect(policy, name).toMatch(/(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(policy?.replace("style-src-attr 'unsafe-inline'", ''), name).not.toMatch(
        /'unsafe-inline'|'unsafe-eval'|\*/,
      );
      expect(policy, name).toMatch(/(^|; )object-src 'none'(;|$)/);
    }
  });
});

describe('the built site in Chromium, under its Content Security Policy', () => {
  it('shows every slide and step of the deck without a violation', async () => {
    const watched = await openWatched('');
    const { page } = watched;

    const visited = [await presentSlideId(page)];
    for (let steps = 1; steps < stepsInTalk && !(await atEndOfTalk(page)); steps++) {
      await pressAndWaitForMove(page, 'ArrowRight');
      const id = await presentSlideId(page);
      if (id !== visited.at(-1)) visited.push(id);
    }

    expect(visited).toEqual(slides.map((slide) => slide.id));
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors()).toEqual([]);
  });

  it('opens the speaker view, which shows the current slide’s notes and follows the deck both ways', async () => {
    const watched = await openWatched('');
    const { page } = watched;

    const speakerView = await openSpeakerView(page);
    // The notes and previews appear only if the speaker view's script ran; its layout only if its styles
    // applied.
    await waitForSpeakerNotes(speakerView, await notesOf(page, '.slides > section.present'));
    expect(await speakerView.$eval('.speaker', (element) => getComputedStyle(element).display)).toBe('grid');

    const first = await presentSlideId(page);
    await speakerView.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.querySelector('.slides > section.present')?.id !== id, first);
    await waitForSpeakerNotes(speakerView, await notesOf(page, '.slides > section.present'));

    await pressUntilNextSlide(page);
    await waitForSpeakerNotes(speakerView, await notesOf(page, '.slides > section.present'));

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors()).toEqual([]);
  });

  it('scrolls the reading view (?view=scroll) through the whole talk without a violation', async () => {
    const watched = await openWatched('?view=scroll');
    const { page } = watched;
    await page.waitForSelector('.reveal-viewport.reveal-scroll');

    for (const slide of slides) {
      await page.$eval(`section#${slide.id}`, (section) => section.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(
        (id) => document.querySelector('.slides section.present')?.id === id,
        slide.id,
      );
    }

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors()).toEqual([]);
  });

  it('leaves the reading view for the slides, as a window widens, without a violation', async () => {
    // reveal.js re-parses the slides' saved HTML, style attributes and all: why style-src-attr is relaxed.
    const watched = await openWatched('');
    const { page } = watched;
    await page.setViewportSize({ width: 600, height: 800 });
    await page.waitForSelector('.reveal-scroll');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForFunction(() => document.querySelector('.reveal-scroll') === null);

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors()).toEqual([]);
  });

  it('lays out the print view (?print-pdf) with the page size reveal.js sets, without a violation', async () => {
    const watched = await openWatched('?print-pdf');
    const { page } = watched;
    await page.waitForFunction(
      (count) => document.querySelectorAll('.reveal .pdf-page').length === count,
      slides.length,
    );

    // A style element the policy blocked would have no style sheet.
    const styles = await page.$$eval('style', (elements) =>
      elements.map((element) => ({ text: element.textContent ?? '', applied: element.sheet !== null })),
    );
    expect(styles.find((style) => style.text.startsWith('@page'))?.applied).toBe(true);
    expect(styles.filter((style) => !style.applied)).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors()).toEqual([]);
  });

  it.skipIf(otherPages.length === 0)(
    'opens every other built page (the handout) without a violation',
    async () => {
      for (const name of otherPages) {
        const watched = await openWatched(name);
        await watched.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        expect(await watched.violations(), name).toEqual([]);
        expect(watched.errors(), name).toEqual([]);
      }
    },
  );

  it('blocks and reports an injected inline script, style element and eval', async () => {
    const { page, violations } = await openWatched('');

    const outcome = await page.evaluate(
      () =>
        new Promise<{ scriptRan: boolean; colour: string; evalError: string }>((resolve) => {
          const script = document.createElement('script');
          script.textContent = 'window.injectedScriptRan = true;';
          document.body.append(script);
          const style = document.createElement('style');
          style.textContent = 'body { color: rgb(255, 0, 0); }';
          document.head.append(style);
          // From a task of the page's own, not from the test driver, which may eval freely.
          setTimeout(() => {
            let evalError = '';
            try {
              new Function('return 1')();
            } catch (error) {
              evalError = String(error);
            }
            const scriptRan = (window as Window & { injectedScriptRan?: boolean }).injectedScriptRan === true;
            resolve({ scriptRan, colour: getComputedStyle(document.body).color, evalError });
          });
        }),
    );

    expect(outcome.scriptRan).toBe(false);
    expect(outcome.colour).not.toBe('rgb(255, 0, 0)');
    expect(outcome.evalError).toMatch(/^EvalError/);
    await expect
      .poll(async () => (await violations()).map((violation) => violation.split(':')[0]).sort())
      .toEqual(['script-src', 'script-src-elem', 'style-src-elem']);
  });
});

declare global {
  interface Window {
    /** Each CSP violation the document reported, as "directive: blocked URI (sample)". */
    cspViolations?: string[];
  }
}

/** Runs in every document of the browser context before its own scripts: records CSP violations. */
function recordViolations(): void {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations?.push(`${event.violatedDirective}: ${event.blockedURI} (${event.sample})`);
  });
}

/** A page of the built site, watched for what the policy blocked. */
interface WatchedPage {
  readonly page: Page;
  /**
   * Console errors and uncaught exceptions of the page and of any popup it opened. Chromium logs each
   * CSP violation as a console error, in the speaker view's window too.
   */
  errors(): string[];
  /** The violations recorded in every live document: the page, its popups and their frames. */
  violations(): Promise<string[]>;
}

/** Opens a page of the built site with the violation recorder in place before any of its scripts. */
async function openWatched(path: string): Promise<WatchedPage> {
  const opened = await open(path);
  const { page } = opened;
  const context = page.context();
  const popupErrors: string[] = [];
  context.on('page', (popup) => {
    popup.on('console', (message) => {
      if (message.type() === 'error') popupErrors.push(`speaker view: ${message.text()}`);
    });
    popup.on('pageerror', (error) => popupErrors.push(`speaker view: ${error.message}`));
  });
  // openPage has loaded the page already: load it again, now with the recorder in every document.
  await context.addInitScript(recordViolations);
  await page.reload();
  if (!path.endsWith('.html')) await page.waitForSelector('.reveal.ready');
  return {
    page,
    errors: () => [...opened.consoleErrors, ...opened.pageErrors, ...popupErrors],
    async violations() {
      const frames = context.pages().flatMap((each) => each.frames());
      const recorded = await Promise.all(
        frames.map((frame) => frame.evaluate(() => window.cspViolations ?? []).catch(() => [])),
      );
      return recorded.flat();
    },
  };
}

function presentSlideId(page: Page): Promise<string> {
  return page.$eval('.slides > section.present', (section) => section.id);
}

/** The present slide's speaker notes as text, spaces collapsed. */
/** Where the deck is: the present slide and how many of its steps are shown. */
function position(page: Page): Promise<string> {
  return page.$eval(
    '.slides > section.present',
    (slide) => `${slide.id}:${slide.querySelectorAll('.fragment.visible').length}`,
  );
}

function atEndOfTalk(page: Page): Promise<boolean> {
  return page.$eval(
    '.slides > section.present',
    (slide) => slide.nextElementSibling === null && slide.querySelector('.fragment:not(.visible)') === null,
  );
}

/** Presses a key and waits until the deck shows another slide or step. */
async function pressAndWaitForMove(page: Page, key: string): Promise<void> {
  const before = await position(page);
  await page.keyboard.press(key);
  await page.waitForFunction((previous) => {
    const slide = document.querySelector('.slides > section.present');
    return slide && `${slide.id}:${slide.querySelectorAll('.fragment.visible').length}` !== previous;
  }, before);
}

/** Steps forward through the present slide's remaining steps onto the next slide. */
async function pressUntilNextSlide(page: Page): Promise<void> {
  const start = await presentSlideId(page);
  while ((await presentSlideId(page)) === start) await pressAndWaitForMove(page, 'ArrowRight');
}

function loadTalk(): Deck {
  const result = loadDeckFromDisk(projectRoot);
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics));
  return result.deck;
}
