import { type Browser, firefox, type Page, webkit } from 'playwright-core';
import type { EngineName } from '../../../src/tools/browsers/engine-install.ts';
import { launchChromium } from '../../../src/tools/browsers/launch-chromium.ts';
import type { EngineBrowser, EnginePage } from './engine-page.ts';
import { waitInPage } from './in-page-wait.ts';
import { readPageProblems, recordPageProblems } from './record-page-problems.ts';

/** Playwright's Chromium (any Chromium build), or Playwright's own Firefox and WebKit builds. */
export async function launchPlaywright(engine: EngineName, executablePath: string): Promise<EngineBrowser> {
  const browser: Browser =
    engine === 'chromium'
      ? await launchChromium(executablePath)
      : await (engine === 'firefox' ? firefox : webkit).launch({ executablePath, headless: true });
  return {
    engine,
    windows: 'many',
    async open(url, viewport) {
      const context = await browser.newContext(viewport ? { viewport } : {});
      await context.addInitScript(recordPageProblems);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      const enginePage = playwrightPage(engine, page, problems, () => context.close());
      await enginePage.goto(url);
      return enginePage;
    },
    close: () => browser.close(),
  };
}

function playwrightPage(
  engine: EngineName,
  page: Page,
  problems: string[],
  close: () => Promise<void>,
): EnginePage {
  const evaluate = (expression: string) => page.evaluate(expression);
  return {
    engine,
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (what, fn, arg, timeoutMs = 15_000) => waitInPage(evaluate, what, fn.toString(), arg, timeoutMs),
    async runScript(source) {
      await page.evaluate(source);
    },
    press: (key) => page.keyboard.press(key === ' ' ? 'Space' : key),
    click: (selector) => page.click(selector),
    screenshot: () => page.screenshot(),
    async back() {
      await page.goBack({ waitUntil: 'commit' });
    },
    async reload() {
      await page.reload();
    },
    url: async () => page.url(),
    async problems() {
      const recorded = page.isClosed() ? [] : await page.evaluate(readPageProblems).catch(() => []);
      return [...problems, ...recorded];
    },
    close,
  };
}
