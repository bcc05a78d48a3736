import { describe, expect, it } from 'vitest';
import { POINTER_IDLE_ATTRIBUTE } from '../../../src/deck/dom-contract.ts';
import { SCREENS } from '../../../src/deck/geometry.ts';
import { waitForPosition, waitForStillness } from '../engines/deck-position.ts';
import { useEngine } from '../engines/use-engine.ts';
import { type AxeViolation, findAxeViolationsIn } from '../support/axe.ts';
import { inRuns, SIDE_BY_SIDE_PAGES } from '../support/in-runs.ts';
import { TALK } from '../support/talk-slides.ts';

const { engine, open, openSideBySide } = useEngine();
/** axe on every slide in turn: a minute or more on a busy machine. */
const EVERY_SLIDE_TIMEOUT = 240_000;

describe(`axe-core in ${engine}`, () => {
  it(
    'finds no violation on any slide of the slides view, each as it is shown',
    async () => {
      // The slides shared out between pages checked side by side: each waits mostly on the deck's
      // transitions, not on the CPU.
      const runs = inRuns(TALK.all, SIDE_BY_SIDE_PAGES);
      const pages = await openSideBySide(
        runs.map(() => ''),
        { viewport: SCREENS.laptop },
      );
      const found: Record<string, AxeViolation[]> = {};
      await Promise.all(
        pages.map(async (page, index) => {
          // The slides as the room sees them: once the presenter's tools have faded out for a resting
          // pointer, not while they fade (half-transparent text fails contrast). The reading view and the
          // handout below check the tools shown.
          await page.waitFor(
            "the presenter's tools to rest",
            (attribute) => document.documentElement.hasAttribute(attribute),
            POINTER_IDLE_ATTRIBUTE,
          );
          for (const slide of runs[index] ?? []) {
            await page.evaluate((id) => {
              location.hash = `#/${id}`;
            }, slide.id);
            await waitForPosition(page, slide.id);
            await waitForStillness(page);
            const violations = await findAxeViolationsIn(page);
            if (violations.length > 0) found[slide.id] = violations;
          }
        }),
      );
      expect(found).toEqual({});
    },
    EVERY_SLIDE_TIMEOUT,
  );

  it('finds no violation in the reading view on a phone, every slide and its notes shown', async () => {
    const page = await open('', { viewport: SCREENS.phone });
    await page.waitFor('the reading view', () => document.querySelector('.reveal-scroll .scroll-page'), null);
    await page.click('#transcript-toggle');
    await page.waitFor('the transcript', () => document.querySelector('.transcript'), null);
    expect(await findAxeViolationsIn(page)).toEqual([]);
  });

  it('finds no violation in the handout', async () => {
    const page = await open('handout.html', { viewport: SCREENS.laptop, deck: false });
    await page.waitFor('the handout’s fonts', () => document.fonts.status === 'loaded', null);
    expect(await findAxeViolationsIn(page)).toEqual([]);
  });
});
