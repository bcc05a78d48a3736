import { describe, expect, it } from 'vitest';
import { SCREENS } from '../../../src/deck/geometry.ts';
import { deckPosition, waitForPosition, waitForStillness, waitToMove } from '../engines/deck-position.ts';
import type { EnginePage } from '../engines/engine-page.ts';
import { inkless, PAINTED, paintedScreenshot } from '../engines/painted-screenshot.ts';
import type { Box } from '../engines/pixels.ts';
import { changedShare, splitAcross } from '../engines/pixels.ts';
import { useEngine } from '../engines/use-engine.ts';
import { inRuns, SIDE_BY_SIDE_PAGES } from '../support/in-runs.ts';
import { TALK } from '../support/talk-slides.ts';

const { engine, open, openSideBySide } = useEngine();
const LAPTOP = SCREENS.laptop;

/** How wide a part of a line is checked on its own, in CSS pixels. */
const PART_WIDTH = 90;
/** Walking the whole talk takes one step, two screenshots and their comparison per click: minutes on a busy machine. */
const WALK_TIMEOUT = 240_000;

/**
 * The boxes of the lines of text in the element `selector` finds (or in the present slide's step shown
 * last, with `currentStep`), one per line: where its words are painted. Empty for a step with no text.
 */
function lineBoxes(page: EnginePage, selector: string | null): Promise<Box[]> {
  return page.evaluate((target) => {
    const element = target
      ? document.querySelector(target)
      : document.querySelector('.slides > section.present .fragment.current-fragment');
    if (!element) return [];
    const range = document.createRange();
    range.selectNodeContents(element);
    const lines: { x: number; y: number; right: number; bottom: number }[] = [];
    for (const rect of range.getClientRects()) {
      if (rect.width < 4 || rect.height < 8) continue;
      const line = lines.find((candidate) => Math.abs(candidate.y - rect.y) < rect.height / 2);
      if (line) {
        line.x = Math.min(line.x, rect.x);
        line.right = Math.max(line.right, rect.right);
        line.bottom = Math.max(line.bottom, rect.bottom);
      } else {
        lines.push({ x: rect.x, y: rect.y, right: rect.right, bottom: rect.bottom });
      }
    }
    return lines.map((line) => ({
      x: line.x,
      y: line.y,
      width: line.right - line.x,
      height: line.bottom - line.y,
    }));
  }, selector);
}

/** The parts of each line, for checking that a line is painted all along. */
const partsOf = (lines: readonly Box[]) =>
  lines.flatMap((line) => splitAcross(line, Math.max(1, Math.floor(line.width / PART_WIDTH))));

/** What a walk from one slide to another saw: the slides it showed and what of them was left unpainted. */
interface PaintWalk {
  /** The slides walked, the first one included and `until` left out. */
  readonly visited: string[];
  readonly unpainted: string[];
}

/**
 * Walks `page` with Page Down from the slide it shows until it arrives at the slide `until` (whose
 * heading is checked too) or at the end of the talk, checking at each step that the new words are
 * painted and at each new slide that its heading is.
 */
async function walkPainting(page: EnginePage, until: string | null): Promise<PaintWalk> {
  let position = await deckPosition(page);
  await waitForPosition(page, position.slideId, 0);
  await waitForStillness(page);
  // The first slide's picture, for the first step to be compared with: nothing in it is checked.
  let before = (await paintedScreenshot(page, LAPTOP.width, () => [])).picture;
  const unpainted: string[] = [];
  const visited = [position.slideId];
  while (!position.atEnd && position.slideId !== until) {
    await page.press('PageDown');
    await waitToMove(page, position);
    const now = await deckPosition(page);
    await waitForStillness(page);
    const stepped = now.slideId === position.slideId;
    const previous = before;
    // A step's new words change the picture; a new slide's heading is ink on its background. Where the
    // words are is measured again for each picture: under load WebKit has laid a slide out again after
    // its transition ended, so boxes measured once could point where the words no longer are.
    const { picture, blank } = await paintedScreenshot(page, LAPTOP.width, async (after) => {
      const parts = partsOf(await lineBoxes(page, stepped ? null : `section#${now.slideId} :is(h1, h2)`));
      return stepped
        ? parts.filter((part) => changedShare(previous, after, part) < PAINTED)
        : inkless(parts)(after);
    });
    if (!stepped && now.slideId !== until) visited.push(now.slideId);
    const where = blank.map((box) => `${Math.round(box.x)},${Math.round(box.y)}`).join(' ');
    if (blank.length > 0)
      unpainted.push(
        stepped
          ? `${now.slideId} step ${now.shownSteps}: ${blank.length} of its text unpainted (at ${where})`
          : `${now.slideId}: its heading unpainted (at ${where})`,
      );
    position = now;
    before = picture;
  }
  return { visited, unpainted };
}

describe(`the slides in ${engine}`, () => {
  it('paint the title slide from the first load', async () => {
    const page = await open('', { viewport: LAPTOP });
    await waitForPosition(page, TALK.title.id);
    await waitForStillness(page);
    const parts = partsOf(await lineBoxes(page, `section#${TALK.title.id} h1`));
    expect(parts.length).toBeGreaterThan(0);
    expect((await paintedScreenshot(page, LAPTOP.width, inkless(parts))).blank).toEqual([]);
  });

  it(
    'paint every step and every slide as the clicker moves through the whole talk',
    async () => {
      // The walk in parts, side by side: each part opens at its first slide and walks on to the next
      // part's first, so every step and every move between slides is still walked, once.
      const parts = inRuns(TALK.all, SIDE_BY_SIDE_PAGES);
      const pages = await openSideBySide(
        parts.map((part, index) => (index === 0 ? '' : `#/${part[0]?.id}`)),
        { viewport: LAPTOP },
      );
      const walks = await Promise.all(
        pages.map((page, index) => walkPainting(page, parts[index + 1]?.[0]?.id ?? null)),
      );
      expect(walks.flatMap((walk) => walk.visited)).toEqual(TALK.all.map((slide) => slide.id));
      expect(walks.flatMap((walk) => walk.unpainted)).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it('move by step and by slide with the arrows, Space, Home and End', async () => {
    const slide = TALK.firstStepped;
    const page = await open(`#/${slide.id}`, { viewport: LAPTOP });
    await waitForPosition(page, slide.id, 0);
    await page.press('ArrowRight');
    await waitForPosition(page, slide.id, 1);
    await page.press(' ');
    await waitForPosition(page, slide.id, Math.min(2, slide.stepCount));
    await page.press('ArrowLeft');
    await waitForPosition(page, slide.id, 1);
    await page.press('End');
    await waitForPosition(page, TALK.last.id);
    await page.press('Home');
    await waitForPosition(page, TALK.title.id);
  });

  it('open a deep link at its slide, go back with Back and stay on reload', async () => {
    const page = await open(`#/${TALK.quote.id}`, { viewport: LAPTOP });
    await waitForPosition(page, TALK.quote.id);
    await page.press('PageDown');
    await waitForPosition(page, TALK.afterQuote.id);
    await page.back();
    await waitForPosition(page, TALK.quote.id);
    await page.reload();
    await page.waitFor('reveal.js to be ready', () => document.querySelector('.reveal.ready'), null);
    await waitForPosition(page, TALK.quote.id);
  });
});
