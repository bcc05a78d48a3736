import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCREENS } from '../../../src/deck/geometry.ts';
import { buildSingleFile, singleFileIn } from '../../support/build-single-file.ts';
import { deckPosition, waitForPosition, waitForStillness, waitToMove } from '../engines/deck-position.ts';
import { instrumentSingleFileForWebKit } from '../engines/instrument-site.ts';
import { inkless, paintedScreenshot } from '../engines/painted-screenshot.ts';
import { useEngine } from '../engines/use-engine.ts';
import { TALK } from '../support/talk-slides.ts';

const { engine, open } = useEngine();
const LAPTOP = SCREENS.laptop;

const folders: string[] = [];
let fileUrl = '';

beforeAll(async () => {
  const outDir = await buildSingleFile(inject('projectRoot'), `deck-single-${engine}-`);
  folders.push(outDir);
  let file = singleFileIn(outDir);
  // Classic WebDriver hears nothing of the page: the page records its own problems, as on the server.
  if (inject('engineInstall').driver === 'webdriver-classic') {
    file = instrumentSingleFileForWebKit(file);
    folders.push(dirname(file));
  }
  fileUrl = pathToFileURL(file).href;
});

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe(`the single file in ${engine}, opened from the file system`, () => {
  it('paints the title slide, steps on with the keys and draws the chart, with nothing going wrong', async () => {
    const page = await open(fileUrl, { viewport: LAPTOP });
    await waitForPosition(page, TALK.title.id);
    await waitForStillness(page);
    const heading = await page.evaluate((id) => {
      const box = document.querySelector(`section#${id} h1`)?.getBoundingClientRect();
      return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
    }, TALK.title.id);
    if (!heading) throw new Error('The single file has no title heading.');
    expect((await paintedScreenshot(page, LAPTOP.width, inkless([heading]))).blank).toEqual([]);

    const position = await deckPosition(page);
    await page.press('PageDown');
    await waitToMove(page, position);
    expect((await deckPosition(page)).slideId).toBe(TALK.all[1]?.id);

    await page.evaluate((id) => {
      location.hash = `#/${id}`;
    }, TALK.chart.id);
    await waitForPosition(page, TALK.chart.id);
    await page.waitFor(
      'the chart to draw',
      (id) =>
        document.querySelector<HTMLElement>(`section#${id} figure.chart`)?.dataset.chartState === 'drawn',
      TALK.chart.id,
      30_000,
    );
  });
});
