import { describe, expect, it } from 'vitest';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const { open } = useBrowser();

/** Frames recorded after the deck is ready: its first layouts, and the charts' and pictures' arrival. */
const FRAMES_AFTER_READY = 30;

/**
 * Runs in the page before any of its own scripts, from its first frame: before each frame is painted,
 * notes which slides are on screen (in the window, displayed, visible, not transparent), how many of
 * each one's steps are, and where its heading is. A frame like the one before it is not noted again.
 */
const RECORD_PAINTED_SLIDES = `
  window.paintedSlides = [];
  let afterReady = 0;
  const onScreen = (element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth &&
      box.width > 0 && box.height > 0 && style.display !== 'none' && style.visibility !== 'hidden' &&
      Number(style.opacity) > 0;
  };
  const record = () => {
    const slides = [...document.querySelectorAll('.slides > section')].filter(onScreen).map((slide) => {
      const steps = [...slide.querySelectorAll('.fragment')].filter(onScreen).length;
      const heading = slide.querySelector('h1, h2');
      const top = heading ? Math.round(heading.getBoundingClientRect().top) : null;
      return { id: slide.id, steps, top };
    });
    const frame = JSON.stringify(slides);
    if (window.paintedSlides.at(-1) !== frame) window.paintedSlides.push(frame);
    if (document.querySelector('.reveal.ready')) afterReady += 1;
    if (afterReady < ${FRAMES_AFTER_READY}) requestAnimationFrame(record);
    else window.slidesSettled = true;
  };
  requestAnimationFrame(record);
`;

interface PaintedSlide {
  readonly id: string;
  readonly steps: number;
  readonly top: number | null;
}

/** Opens `hash` with the recorder in place; returns each different frame painted until the deck had settled. */
async function framesPainted(hash: string): Promise<PaintedSlide[][]> {
  const { page } = await open(hash);
  // Loaded once; now again, as a person opening the link does, with the recorder from the first frame.
  await page.context().addInitScript({ content: RECORD_PAINTED_SLIDES });
  await page.reload();
  await page.waitForFunction(() => (window as { slidesSettled?: boolean }).slidesSettled === true);
  const frames = await page.evaluate(() => (window as unknown as { paintedSlides: string[] }).paintedSlides);
  return frames.map((frame) => JSON.parse(frame) as PaintedSlide[]);
}

/** The frames from the first that shows a slide on: before it, the page has painted nothing of the deck. */
function fromFirstSlide(frames: readonly PaintedSlide[][]): PaintedSlide[][] {
  const first = frames.findIndex((frame) => frame.length > 0);
  return first === -1 ? [] : frames.slice(first);
}

const deepLinks = (() => {
  const pictured = TALK.all.find((slide, index) => index > 1 && slide.picture && slide.stepCount === 0);
  const stepped = TALK.all.find((slide, index) => index > 1 && slide.stepCount >= 3);
  if (!pictured || !stepped)
    throw new Error('The deep-link tests need a later slide with a picture, and one of three steps.');
  return [
    { name: 'a slide with a picture', hash: `#/${pictured.id}`, id: pictured.id, steps: 0 },
    { name: 'a slide at its first step', hash: `#/${stepped.id}`, id: stepped.id, steps: 0 },
    // reveal.js's address counts steps from 0: #/id/1 is the second step shown.
    { name: 'a slide at its second step', hash: `#/${stepped.id}/1`, id: stepped.id, steps: 2 },
    { name: 'the last slide', hash: `#/${TALK.last.id}`, id: TALK.last.id, steps: 0 },
  ];
})();

describe('a deep link', () => {
  for (const link of deepLinks) {
    it(`to ${link.name} paints that slide first, alone, at its step, and nothing else until the deck is ready`, async () => {
      const frames = fromFirstSlide(await framesPainted(link.hash));
      expect(frames.length).toBeGreaterThan(0);
      const shown = frames.map((frame) => frame.map((slide) => `${slide.id}:${slide.steps}`).join(' '));
      expect(shown).toEqual(shown.map(() => `${link.id}:${link.steps}`));
    });
  }

  it('leaves a slide without a picture where it first painted it', async () => {
    const plain = TALK.all.find((slide, index) => index > 1 && !slide.picture && slide.charts.length === 0);
    if (!plain) throw new Error('The deep-link tests need a later slide without a picture or a chart.');
    const tops = fromFirstSlide(await framesPainted(`#/${plain.id}`)).map((frame) => frame[0]?.top);
    expect(new Set(tops).size).toBe(1);
  });

  it('still opens on the title slide without one', async () => {
    const frames = fromFirstSlide(await framesPainted(''));
    expect(frames[0]?.map((slide) => slide.id)).toContain(TALK.title.id);
    expect(frames.at(-1)?.map((slide) => slide.id)).toEqual([TALK.title.id]);
  });
});
