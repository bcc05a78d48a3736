import { nextFrame } from './deck-position.ts';
import type { EnginePage } from './engine-page.ts';
import { type Box, decodeScreenshot, inkShare, type Picture } from './pixels.ts';

/**
 * How long text may take to show in a screenshot once the page is still: under load WebKit has shown a
 * heading a few frames after its slide stopped moving. Text still missing after this long, and after
 * `PAINT_FRAMES` screenshots each on a new frame, is not painted: on a busy machine a screenshot takes
 * longer, and the page is given the same number of frames to paint in as on an idle one.
 */
const PAINT_TIMEOUT = 5_000;
const PAINT_FRAMES = 30;

/** A share of inked (or changed) pixels below this in a box of text means it was not painted. */
export const PAINTED = 0.01;

/**
 * Screenshots the page (a window `cssWidth` CSS pixels wide; wait for it to be still first, with
 * `waitForStillness`), again on each frame while `unpainted` finds parts of it blank, until it finds
 * none or both `PAINT_TIMEOUT` and `PAINT_FRAMES` have passed; resolves with the last picture and what
 * was blank in it. An `unpainted` that measures the page again for each picture finds the text where it
 * is now, not where it was before a late layout moved it.
 */
export async function paintedScreenshot(
  page: EnginePage,
  cssWidth: number,
  unpainted: (picture: Picture) => readonly Box[] | Promise<readonly Box[]>,
): Promise<{ picture: Picture; blank: readonly Box[] }> {
  const deadline = Date.now() + PAINT_TIMEOUT;
  for (let frames = 1; ; frames++) {
    const picture = decodeScreenshot(await page.screenshot(), cssWidth);
    const blank = await unpainted(picture);
    if (blank.length === 0 || (frames >= PAINT_FRAMES && Date.now() > deadline)) return { picture, blank };
    await nextFrame(page);
  }
}

/** For `paintedScreenshot`: the boxes of `boxes` with no ink on their background in the picture. */
export const inkless = (boxes: readonly Box[]) => (picture: Picture) =>
  boxes.filter((box) => inkShare(picture, box) < PAINTED);
