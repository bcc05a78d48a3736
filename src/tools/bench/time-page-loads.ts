import { rmSync } from 'node:fs';
import { launchChromium } from '../browsers/launch-chromium.ts';
import { type StaticServer, serveStatic } from '../serve/serve-static.ts';
import { measurePageLoad, type PageLoad } from './measure-page-load.ts';
import { createPlainPages, PLAIN_PAGES } from './plain-pages.ts';

/** The pages timed: the deck and its two plain baselines (see `createPlainPages`). */
export type TimedPage = 'deck' | 'plain' | 'bare';

/** Every load of each page, in run order. */
export interface TimedLoads {
  readonly chromium: string;
  readonly loads: Readonly<Record<TimedPage, readonly PageLoad[]>>;
}

/**
 * Serves the built site in `distDir` and its plain pages (from a temporary copy) on 127.0.0.1, and loads
 * the deck and both plain pages `runs` times each in headless Chromium, interleaved so that the machine's
 * changing load falls on all three alike. A first, uncounted load of the deck warms Chromium up. Rejects
 * when Chromium will not start or a page does not load.
 */
export async function timePageLoads(
  chromiumPath: string,
  distDir: string,
  runs: number,
  onProgress: (line: string) => void,
): Promise<TimedLoads> {
  const plainDir = createPlainPages(distDir);
  const servers: StaticServer[] = [];
  try {
    const deckServer = await serveStatic(distDir);
    servers.push(deckServer);
    const plainServer = await serveStatic(plainDir);
    servers.push(plainServer);
    const pages: Record<TimedPage, { url: string; dir: string }> = {
      deck: { url: `${deckServer.url}/`, dir: distDir },
      plain: { url: `${plainServer.url}/${PLAIN_PAGES.plain}`, dir: plainDir },
      bare: { url: `${plainServer.url}/${PLAIN_PAGES.bare}`, dir: plainDir },
    };
    const browser = await launchChromium(chromiumPath);
    try {
      await measurePageLoad(browser, pages.deck.url, distDir);
      const loads: Record<TimedPage, PageLoad[]> = { deck: [], plain: [], bare: [] };
      for (let run = 1; run <= runs; run += 1) {
        onProgress(`Page loads: run ${run} of ${runs}`);
        for (const page of Object.keys(pages) as TimedPage[]) {
          loads[page].push(await measurePageLoad(browser, pages[page].url, pages[page].dir));
        }
      }
      return { chromium: browser.version(), loads };
    } finally {
      await browser.close();
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    rmSync(plainDir, { recursive: true, force: true });
  }
}
