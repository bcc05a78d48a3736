import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { copyProject } from '../../src/tools/copy-project.ts';
import { launchBrowser, type OpenedPage, openPage } from './support/launch-browser.ts';

const BROKEN_SLIDE = 'slides/17-broken.md';
const BROKEN_SOURCE = [
  '---',
  'title: A slide with a mistake',
  '---',
  '',
  '## Who said so?',
  '',
  'Everybody knows this [@nope2020].',
  '',
].join('\n');
const BROKEN_LINE = BROKEN_SOURCE.split('\n').findIndex((line) => line.includes('[@nope2020]')) + 1;
const FIXED_SOURCE = BROKEN_SOURCE.replace(' [@nope2020]', '');

const projectRoot = inject('projectRoot');
let copyRoot: string;
let server: ViteDevServer;
let serverUrl: string;
let browser: Browser;
const openedPages: OpenedPage[] = [];

beforeAll(async () => {
  copyRoot = copyProject(projectRoot, 'deck-dev-server-');
  server = await createServer({
    root: copyRoot,
    configFile: join(copyRoot, 'vite.config.ts'),
    // Keep pre-bundled dependencies inside the copy, not in the real project's node_modules/.vite.
    cacheDir: join(copyRoot, '.vite'),
    logLevel: 'silent',
    server: {
      port: 0,
      strictPort: true,
      // Vite resolves the linked node_modules to the real project's, so allow serving from there too.
      fs: { allow: [copyRoot, join(projectRoot, 'node_modules')] },
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The Vite dev server did not report the URL it listens on.');
  serverUrl = url;
  browser = await launchBrowser(inject('chromiumPath'));
});

afterEach(async () => {
  // Remove the extra slide while the page still listens: with no page, Vite would keep the reload for
  // the next test's page.
  if (existsSync(join(copyRoot, BROKEN_SLIDE))) await changeSlide(() => rmSync(join(copyRoot, BROKEN_SLIDE)));
  await Promise.all(openedPages.splice(0).map((opened) => opened.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copyRoot) rmSync(copyRoot, { recursive: true, force: true });
});

describe('the Vite dev server', () => {
  it('shows the deck from the slide files, starting at the title slide', async () => {
    const { page, consoleErrors, pageErrors } = await openDevPage();

    await waitForTitleSlide(page);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows a broken slide in the error overlay with its file, line and message, over the last good deck', async () => {
    const { page } = await openDevPage();
    await waitForTitleSlide(page);

    await writeSlide(BROKEN_SOURCE);

    const diagnostic = `${BROKEN_SLIDE}:${BROKEN_LINE}: unknown citation "@nope2020"`;
    await waitForOverlay(page, diagnostic);
    // Under the overlay, the last good deck is still there to present from: the author loses nothing.
    expect(await page.locator('.reveal .slides > section').count()).toBeGreaterThan(1);
    const deckPage = await fetch(serverUrl);
    expect(deckPage.status).toBe(200);
    expect(await deckPage.text()).toContain('<section id=');
    expect((await fetch(new URL('/@vite/client', serverUrl))).status).toBe(200);
  });

  it('shows the second of two saves made within 50 ms, which the file watcher drops', async () => {
    const { page } = await openDevPage();
    await waitForTitleSlide(page);
    // An editor's save, then its formatter's: the broken text, then the fixed one, at once.
    await changeSlide(() => {
      writeFileSync(join(copyRoot, BROKEN_SLIDE), BROKEN_SOURCE);
      writeFileSync(join(copyRoot, BROKEN_SLIDE), FIXED_SOURCE.replace('Who said so?', 'Said twice'));
    });
    await expect
      .poll(async () => (await fetch(serverUrl)).text(), { timeout: 10_000 })
      .toContain('Said twice');
    await page.waitForSelector('section h2:text("Said twice")', { state: 'attached' });
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  });

  it('shows the deck again once the broken slide is fixed', async () => {
    const { page } = await openDevPage();
    await waitForTitleSlide(page);
    await writeSlide(BROKEN_SOURCE);
    await waitForOverlay(page, 'unknown citation "@nope2020"');

    await writeSlide(FIXED_SOURCE);

    await waitForTitleSlide(page);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  });
});

/** Opens the deck and resolves once its Vite client is connected, so it will hear of every change. */
async function openDevPage(): Promise<OpenedPage> {
  const connected = waitForHmrClient();
  const opened = await openPage(browser, serverUrl);
  openedPages.push(opened);
  await connected;
  return opened;
}

/** Resolves when the next page's Vite client connects to the dev server's websocket. */
function waitForHmrClient(): Promise<void> {
  return new Promise((resolve) => {
    const onConnection = () => {
      server.ws.off('connection', onConnection);
      resolve();
    };
    server.ws.on('connection', onConnection);
  });
}

/** Writes the extra slide file; resolves once the open page has reloaded and listens again. */
function writeSlide(source: string): Promise<void> {
  return changeSlide(() => writeFileSync(join(copyRoot, BROKEN_SLIDE), source));
}

async function changeSlide(change: () => void): Promise<void> {
  const reconnected = waitForHmrClient();
  change();
  await reconnected;
}

async function waitForTitleSlide(page: Page): Promise<void> {
  await page.waitForSelector('.reveal.ready .slides > section.present h1');
  expect(await page.locator('.slides > section.present h1').innerText()).toContain(
    'Leadership and Coproduction',
  );
}

/** Waits until Vite's error overlay shows a message containing `text`. */
async function waitForOverlay(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.includes(expected) === true,
    text,
  );
}
