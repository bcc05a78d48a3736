import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import type { EngineBrowser, EnginePage } from './engine-page.ts';
import { waitInPage } from './in-page-wait.ts';
import { readPageProblems, recordPageProblems } from './record-page-problems.ts';

/** Preferences for a quiet Firefox in a container: no first-run pages, updates or telemetry. */
const FIREFOX_PREFS = {
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.newtabpage.enabled': false,
};

/** A stock Firefox (129 or newer), driven over WebDriver BiDi by puppeteer-core. */
export async function launchFirefoxBidi(executablePath: string): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: FIREFOX_PREFS,
  });
  return {
    engine: 'firefox',
    windows: 'many',
    async open(url, viewport) {
      const context = await browser.createBrowserContext();
      // A window of its own, not a tab: a tab behind another is hidden, and gets no frames to paint.
      const page = await context.newPage({ type: 'window' });
      if (viewport) await page.setViewport(viewport);
      await page.evaluateOnNewDocument(recordPageProblems);
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
      const enginePage = firefoxPage(page, problems, () => context.close());
      await enginePage.goto(url);
      return enginePage;
    },
    close: () => browser.close(),
  };
}

function firefoxPage(page: Page, problems: string[], close: () => Promise<void>): EnginePage {
  const evaluate = (expression: string) => page.evaluate(expression);
  return {
    engine: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (what, fn, arg, timeoutMs = 15_000) => waitInPage(evaluate, what, fn.toString(), arg, timeoutMs),
    async runScript(source) {
      await page.evaluate(source);
    },
    press: (key) => page.keyboard.press(key as KeyInput),
    click: (selector) => page.click(selector),
    screenshot: () => page.screenshot(),
    async back() {
      const before = page.url();
      await page.evaluate(() => history.back());
      await page.waitForFunction((from) => location.href !== from, {}, before);
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    url: async () => page.url(),
    async problems() {
      const recorded = page.isClosed() ? [] : await page.evaluate(readPageProblems).catch(() => []);
      return [...problems, ...recorded];
    },
    close,
  };
}
