import type { Browser } from 'playwright-core';
import { SCREENS } from '../../deck/geometry.ts';
import { median } from './median.ts';

/** What every step of the walk must keep to on this machine. */
export const STEPPING_TARGETS = Object.freeze({
  /** The longest frame while a step lands, in ms. */
  worstFrameMs: 50,
  /** Long animation frames (over 50 ms of work, Chromium's LoAF) while stepping: none. */
  longAnimationFrames: 0,
});

/** The views walked: the slides view with a clicker's Page Down, and the reading view with its own. */
export type WalkedView = 'slides' | 'reading';

/** A whole walk through the talk in one view. */
export interface SteppingWalk {
  readonly view: WalkedView;
  readonly steps: number;
  /** From the key to the step landed (the slide's transitions over, or the page scrolled there), in ms. */
  readonly medianStepMs: number;
  readonly worstStepMs: number;
  /** The longest gap between two frames from a key until the page is still again, in ms. */
  readonly worstFrameMs: number;
  readonly longAnimationFrames: number;
  /** The whole walk, in ms. */
  readonly totalMs: number;
  /** The steps that missed a target, named by where they started (`slide-id/steps shown`). */
  readonly missed: readonly MissedStep[];
}

/** A step over the frame budget or with a long animation frame: where to look. */
export interface MissedStep {
  readonly from: string;
  readonly worstFrameMs: number;
  readonly longFrames: number;
  /** What each long animation frame spent its time on (the longest script, then rendering): where to look. */
  readonly longFrameCauses: readonly string[];
}

/** Where the walk's page script keeps its record, on `window`. */
const WALK_GLOBAL = '__benchWalk';

/**
 * Runs in the page before its own scripts: every frame's gap from the one before, and every long
 * animation frame, each with its time, so that the walk can take those of one step. A string, not a
 * function: tsx's transform would otherwise add helpers the page does not have.
 */
const RECORD_FRAMES_SCRIPT = `(() => {
  const record = { frames: [], longFrames: [] };
  Object.defineProperty(window, ${JSON.stringify(WALK_GLOBAL)}, { value: record });
  let last = 0;
  const tick = (now) => {
    if (last) record.frames.push({ at: now, gap: now - last });
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const round = (ms) => Math.round(ms) + ' ms';
  const causeOf = (entry) => {
    const end = entry.startTime + entry.duration;
    const script = [...(entry.scripts || [])].sort((a, b) => b.duration - a.duration)[0];
    // The built file, the function and its offset there: a minified bundle's names alone say little.
    const where = script && script.sourceURL
      ? ' in ' + script.sourceURL.split('/').pop() +
        (script.sourceFunctionName ? ' ' + script.sourceFunctionName + '()' : '') +
        (script.sourceCharPosition >= 0 ? ' at char ' + script.sourceCharPosition : '')
      : '';
    return round(entry.duration) + ': ' +
      (script ? 'script ' + round(script.duration) + ' (' + (script.invoker || script.invokerType) + where + ')' : 'no script') +
      ', rendering ' + round(entry.renderStart ? end - entry.renderStart : 0) +
      ' (style and layout ' + round(entry.styleAndLayoutStart ? end - entry.styleAndLayoutStart : 0) + ')';
  };
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        record.longFrames.push({ at: entry.startTime, ms: entry.duration, cause: causeOf(entry) });
      }
    }).observe({ type: 'long-animation-frame' });
  }
  // Resolves with two times: when the step has landed (in the slides view, the deck has left
  // \`before\` and nothing in the slides animates; in the reading view, the page has stopped scrolling
  // for two frames), and when nothing on the page animates any more (reveal.js's progress bar glides
  // for 800 ms after the slide has landed; its frames still count).
  record.landed = (reading, before) => new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('the step from ' + before + ' did not land')), 10000);
    let stillFrames = 0;
    let lastTop = NaN;
    let landedAt = 0;
    const check = () => {
      const now = performance.now();
      const viewport = document.querySelector('.reveal-viewport') || document.documentElement;
      const running = document.getAnimations().filter((animation) => animation.playState === 'running');
      const slides = document.querySelector('.reveal .slides');
      const moving = reading
        ? viewport.scrollTop !== lastTop
        : running.some((animation) => slides && slides.contains(animation.effect && animation.effect.target));
      lastTop = viewport.scrollTop;
      stillFrames = moving ? 0 : stillFrames + 1;
      const slide = document.querySelector('.slides > section.present');
      const place = slide ? slide.id + '/' + slide.querySelectorAll('.fragment.visible').length : '';
      if (!landedAt && stillFrames >= (reading ? 2 : 1) && (reading || place !== before)) landedAt = now;
      if (landedAt && running.length === 0) {
        clearTimeout(timeout);
        resolve({ landedAt, stillAt: now });
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
})();`;

/** When a step landed, and when the page was still after it, in the page's ms. */
interface Landing {
  readonly landedAt: number;
  readonly stillAt: number;
}

/** The page's state the walk waits on: which slide, how many steps, and whether it is still. */
interface Place {
  readonly key: string;
  readonly atEnd: boolean;
}

/**
 * Opens the deck in `view` on a laptop-sized window, waits for its start to settle, and steps through
 * the whole talk with Page Down as a clicker does, timing each step from the key to its landing: in
 * the slides view once the slide's transitions are over, in the reading view once the page has
 * scrolled to the next slide and stayed two frames. Frames count until the page is still. Resolves
 * with the figures; rejects when a step does not land within 10 s.
 */
export async function timeSteppingWalk(
  browser: Browser,
  baseUrl: string,
  view: WalkedView,
): Promise<SteppingWalk> {
  const context = await browser.newContext({ viewport: SCREENS.laptop });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: RECORD_FRAMES_SCRIPT });
    await page.goto(view === 'slides' ? `${baseUrl}/` : `${baseUrl}/?view=scroll`);
    await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    await page.evaluate(() => document.fonts.ready);
    // The walk times steps, not the page's start: it begins once the start's own work is over (the
    // load figures and Lighthouse measure that), when the page first has an idle moment.
    await page.evaluate(
      () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })),
    );
    const placeOf = () =>
      page.evaluate((reading): Place => {
        if (reading) {
          const slides = [...document.querySelectorAll('.scroll-page')];
          const line = window.innerHeight / 2;
          const index = slides.findIndex((slide) => {
            const { top, bottom } = slide.getBoundingClientRect();
            return top <= line && bottom > line;
          });
          return { key: String(index), atEnd: index === slides.length - 1 };
        }
        const slide = document.querySelector('.slides > section.present');
        const shown = slide?.querySelectorAll('.fragment.visible').length ?? 0;
        return {
          key: `${slide?.id}/${shown}`,
          atEnd:
            slide?.nextElementSibling === null && slide.querySelector('.fragment:not(.visible)') === null,
        };
      }, view === 'reading');
    const steps: (MissedStep & { ms: number })[] = [];
    const walkStart = await page.evaluate(() => performance.now());
    let place = await placeOf();
    while (!place.atEnd) {
      const from = place.key;
      const start = await page.evaluate(() => performance.now());
      await page.keyboard.press('PageDown');
      const { landedAt, stillAt } = await page.evaluate(
        ({ reading, before, global }) =>
          (
            window as unknown as Record<
              string,
              { landed(reading: boolean, before: string): Promise<Landing> }
            >
          )[global]?.landed(reading, before) ??
          Promise.reject(new Error('The walk recorder is not in the page.')),
        { reading: view === 'reading', before: from, global: WALK_GLOBAL },
      );
      const measured = await page.evaluate(
        ({ global, from: since, to }) => {
          const record = (
            window as unknown as Record<
              string,
              {
                frames: { at: number; gap: number }[];
                longFrames: { at: number; ms: number; cause: string }[];
              }
            >
          )[global];
          // A frame that ends within the step, and a long frame that overlaps it: one that began just
          // before the key and ran its handler is the step's.
          const frames = record?.frames.filter((frame) => frame.at > since && frame.at <= to) ?? [];
          const long =
            record?.longFrames.filter((frame) => frame.at + frame.ms >= since && frame.at <= to) ?? [];
          return {
            worstFrameMs: Math.max(0, ...frames.map((frame) => frame.gap)),
            longFrames: long.length,
            longFrameCauses: long.map((frame) => frame.cause),
          };
        },
        { global: WALK_GLOBAL, from: start, to: stillAt },
      );
      steps.push({ from, ms: landedAt - start, ...measured });
      place = await placeOf();
      if (place.key === from) throw new Error(`Page Down did not move the ${view} view on from ${from}.`);
    }
    const totalMs = (await page.evaluate(() => performance.now())) - walkStart;
    return {
      view,
      steps: steps.length,
      medianStepMs: median(steps.map((step) => step.ms)) ?? 0,
      worstStepMs: Math.max(...steps.map((step) => step.ms)),
      worstFrameMs: Math.max(...steps.map((step) => step.worstFrameMs)),
      longAnimationFrames: steps.reduce((sum, step) => sum + step.longFrames, 0),
      totalMs,
      missed: steps
        .filter(
          (step) =>
            step.worstFrameMs > STEPPING_TARGETS.worstFrameMs ||
            step.longFrames > STEPPING_TARGETS.longAnimationFrames,
        )
        .map(({ ms: _landedIn, ...missed }) => missed),
    };
  } finally {
    await context.close();
  }
}
