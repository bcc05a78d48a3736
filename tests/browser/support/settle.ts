import type { Locator, Page } from 'playwright-core';

/** How many frames a box or a scroll position may keep moving before the test takes it as it is. */
const MAX_FRAMES = 120;

/** Resolves after the page has rendered `count` more frames: the signal that a layout change has painted. */
export function nextFrames(page: Page, count = 2): Promise<void> {
  return page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(frames);
      }),
    count,
  );
}

/** The element's box once it has stopped moving: equal on two frames in a row (smooth scrolling, layout). */
export async function settledBox(locator: Locator): Promise<Awaited<ReturnType<Locator['boundingBox']>>> {
  let last = await locator.boundingBox();
  for (let frame = 0; frame < MAX_FRAMES; frame += 1) {
    await nextFrames(locator.page(), 1);
    const box = await locator.boundingBox();
    if (JSON.stringify(box) === JSON.stringify(last)) return box;
    last = box;
  }
  return last;
}

/** Resolves once the page's scroll position is the same on two frames in a row, and the scroll has ended. */
export async function scrollSettled(page: Page): Promise<void> {
  const position = () =>
    page.evaluate(() => {
      const scrollers = [
        document.scrollingElement,
        document.body,
        document.querySelector('.reveal-viewport'),
      ];
      return scrollers.map((element) => element?.scrollTop ?? 0).join(',');
    });
  let last = await position();
  for (let frame = 0; frame < MAX_FRAMES; frame += 1) {
    await nextFrames(page, 2);
    const now = await position();
    if (now === last) return;
    last = now;
  }
}
