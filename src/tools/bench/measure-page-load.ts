import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SCREENS } from '../../deck/geometry.ts';
import { ASSET_TYPES, type AssetType, assetTypeOf } from '../budgets/asset-type.ts';
import { measureFile } from '../budgets/byte-size.ts';
import { resolveInSite } from '../budgets/resolve-in-site.ts';
import { OBSERVE_PAINTS_SCRIPT, type ObservedPaints, PAINTS_GLOBAL } from './observe-paints.ts';

/** Requests of one type, or all of them. */
export interface RequestBytes {
  readonly requests: number;
  /** Bytes on the wire as served here (uncompressed, headers included): Resource Timing's `transferSize`. */
  readonly transfer: number;
  /** The same files gzipped, as a static host would send them (see `measureFile`). */
  readonly gzip: number;
}

/** One load of a page in a fresh browser context. Times in ms since navigation start. */
export interface PageLoad {
  readonly fcp: number | undefined;
  readonly lcp: number | undefined;
  /** When the first slide's title was first painted; undefined when it was not within the wait. */
  readonly title: number | undefined;
  /** What was requested before the title was painted, per type; undefined when it was not. */
  readonly beforeTitle: Readonly<Record<AssetType, RequestBytes>> | undefined;
  /** The paths (or, off the served folder, URLs) requested before the title was painted. */
  readonly requestedBeforeTitle: readonly string[];
}

/** The bench's window: a laptop screen, where the deck shows as slides. */
export const VIEWPORT = SCREENS.laptop;

/** How long to wait, after `load`, for the network to go quiet (500 ms without requests). */
const NETWORK_IDLE_WAIT_MS = 10_000;

/** How long to wait for the title after the page has loaded and the network gone quiet. */
const TITLE_WAIT_MS = 3000;

/**
 * Loads `url` once in a new context of `browser` with the HTTP cache disabled, and reads its paint
 * times and the requests that started before the first slide's title was painted. `servedDir` is the
 * folder the URL's server serves, to gzip the same files. Rejects when the page does not load.
 */
export async function measurePageLoad(browser: Browser, url: string, servedDir: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript({ content: OBSERVE_PAINTS_SCRIPT });
    await page.goto(url, { waitUntil: 'load' });
    // Quiet network means late requests (lazy chunks, fonts) are in; a page that never settles is still measured.
    await page.waitForLoadState('networkidle', { timeout: NETWORK_IDLE_WAIT_MS }).catch(() => undefined);
    await page
      .waitForFunction(`window.${PAINTS_GLOBAL}.title !== null`, undefined, { timeout: TITLE_WAIT_MS })
      .catch(() => undefined);
    const paints = (await page.evaluate(`window.${PAINTS_GLOBAL}`)) as ObservedPaints;
    const title = paints.title ?? undefined;
    const before = title === undefined ? undefined : await requestsBefore(page, title, servedDir);
    return {
      fcp: paints.fcp ?? undefined,
      lcp: paints.lcp ?? undefined,
      title,
      beforeTitle: before?.byType,
      requestedBeforeTitle: before?.files ?? [],
    };
  } finally {
    await context.close();
  }
}

interface TimedRequest {
  readonly url: string;
  readonly startTime: number;
  readonly transferSize: number;
  readonly document: boolean;
}

async function requestsBefore(
  page: Page,
  time: number,
  servedDir: string,
): Promise<{ byType: Record<AssetType, RequestBytes>; files: string[] }> {
  const requests = (await page.evaluate(`[
    ...performance.getEntriesByType('navigation').map((entry) => ({ ...entry.toJSON(), document: true })),
    ...performance.getEntriesByType('resource').map((entry) => ({ ...entry.toJSON(), document: false })),
  ].map(({ name, startTime, transferSize, document }) => ({ url: name, startTime, transferSize, document }))`)) as TimedRequest[];
  const byType = Object.fromEntries(
    ASSET_TYPES.map((type) => [type, { requests: 0, transfer: 0, gzip: 0 }]),
  ) as Record<AssetType, { requests: number; transfer: number; gzip: number }>;
  const files: string[] = [];
  for (const request of requests.filter((each) => each.startTime < time)) {
    const path = servedPath(request.url, servedDir);
    files.push(path ?? request.url);
    const type = request.document ? 'document' : assetTypeOf(path ?? request.url);
    const totals = byType[type];
    totals.requests += 1;
    totals.transfer += request.transferSize;
    totals.gzip += path ? measureFile(join(servedDir, path)).gzip : request.transferSize;
  }
  return { byType, files };
}

/** The file under `servedDir` a same-site URL was answered with, or undefined for anything else. */
function servedPath(url: string, servedDir: string): string | undefined {
  const { protocol, pathname } = new URL(url);
  if (protocol !== 'http:') return undefined;
  let path = resolveInSite('', pathname);
  if (path === undefined) return undefined;
  if (path === '' || path.endsWith('/')) path = `${path}index.html`;
  const file = join(servedDir, path);
  return existsSync(file) && statSync(file).isFile() ? path : undefined;
}
