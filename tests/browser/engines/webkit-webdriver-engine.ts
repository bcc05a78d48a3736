import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Key, remote } from 'webdriverio';
import type { EngineBrowser, EnginePage, Key as PageKey, Viewport } from './engine-page.ts';
import { waitInPage } from './in-page-wait.ts';
import { readPageProblems } from './record-page-problems.ts';

/** What the shared suite's keys are in WebDriver's key codes. */
const KEYS: Readonly<Record<PageKey, string>> = {
  ArrowRight: Key.ArrowRight,
  ArrowLeft: Key.ArrowLeft,
  ArrowDown: Key.ArrowDown,
  ArrowUp: Key.ArrowUp,
  PageDown: Key.PageDown,
  PageUp: Key.PageUp,
  Home: Key.Home,
  End: Key.End,
  Tab: Key.Tab,
  Enter: Key.Enter,
  Escape: Key.Escape,
  ' ': Key.Space,
};

/** How long WebKitWebDriver may take to answer its first status request. */
const DRIVER_START_MS = 20_000;

export interface WebKitWebDriverOptions {
  readonly driverPath: string;
  readonly browserPath: string;
  /** The X display the browser opens its window on. */
  readonly display: string;
}

/**
 * WebKitGTK's MiniBrowser, driven over classic WebDriver by WebdriverIO through WebKitWebDriver. The
 * driver holds one session with one window, so `open` reuses that window: it empties the page's storage
 * and sizes the window for the new page. Classic WebDriver has no console or network events: what went
 * wrong is what the page records itself (see `recordPageProblems`, which the served pages load first).
 */
export async function launchWebKitWebDriver(options: WebKitWebDriverOptions): Promise<EngineBrowser> {
  const port = await freePort();
  const driver = spawn(options.driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: options.display },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    await driverReady(driver, port);
    const browser = await remote({
      logLevel: 'error',
      hostname: '127.0.0.1',
      port,
      path: '/',
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: options.browserPath, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
    let chrome: Viewport | undefined;
    const resize = async (viewport: Viewport) => {
      chrome ??= await browser.execute(() => ({
        width: window.outerWidth - window.innerWidth,
        height: window.outerHeight - window.innerHeight,
      }));
      // The window is never narrower than MiniBrowser's toolbar (447 px): the driver answers with the
      // size it got. The X server applies it in its own time; a page loaded before then would be laid
      // out for the old size, and again part-way through the test, moving what the test measured.
      const { width, height } = await browser.setWindowRect(
        null,
        null,
        viewport.width + chrome.width,
        viewport.height + chrome.height,
      );
      const inner = { width: width - chrome.width, height: height - chrome.height };
      await waitInPage(
        (expression) => browser.execute(`return ${expression}`),
        `the window to be ${inner.width} × ${inner.height}`,
        '(size) => window.innerWidth === size.width && window.innerHeight === size.height',
        inner,
        15_000,
      );
    };
    return {
      engine: 'webkit',
      windows: 'one',
      async open(url, viewport) {
        if (viewport) await resize(viewport);
        const page = webkitPage(browser);
        await page.goto(url);
        return page;
      },
      async close() {
        await browser.deleteSession().catch(() => undefined);
        driver.kill();
      },
    };
  } catch (error) {
    driver.kill();
    throw error;
  }
}

type Browser = Awaited<ReturnType<typeof remote>>;

function webkitPage(browser: Browser): EnginePage {
  const evaluate = (expression: string) => browser.execute(`return ${expression}`);
  return {
    engine: 'webkit',
    async goto(url) {
      await browser.url(url);
    },
    evaluate: (fn, arg) => browser.execute(fn as never, arg) as never,
    waitFor: (what, fn, arg, timeoutMs = 15_000) => waitInPage(evaluate, what, fn.toString(), arg, timeoutMs),
    async runScript(source) {
      await browser.execute(source);
    },
    press: (key) => browser.keys([KEYS[key]]),
    async click(selector) {
      await (await browser.$(selector)).click();
    },
    async screenshot() {
      return Buffer.from(await browser.takeScreenshot(), 'base64');
    },
    async back() {
      const before = await browser.getUrl();
      await browser.execute(() => history.back());
      await waitInPage(
        evaluate,
        'the address to change on Back',
        '(from) => location.href !== from',
        before,
        15_000,
      );
    },
    async reload() {
      await browser.refresh();
    },
    url: () => browser.getUrl(),
    problems: () => browser.execute(readPageProblems),
    async close() {
      // The next test gets the same window: leave it nothing of this page.
      await browser.execute(() => {
        try {
          sessionStorage.clear();
          localStorage.clear();
        } catch {
          // An opaque origin has no storage to clear.
        }
      });
      await browser.url('about:blank');
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, rejectPort) => {
    const server = createServer();
    server.once('error', rejectPort);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : rejectPort()));
    });
  });
}

/** Resolves once the driver answers `/status` as ready; rejects when it exits or does not answer in time. */
async function driverReady(driver: ChildProcess, port: number): Promise<void> {
  let stderr = '';
  driver.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let exited = false;
  driver.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + DRIVER_START_MS;
  let pause = 10;
  while (Date.now() < deadline && !exited) {
    try {
      const status = (await (await fetch(`http://127.0.0.1:${port}/status`)).json()) as {
        value?: { ready?: boolean };
      };
      if (status.value?.ready) return;
    } catch {
      // Not listening yet: ask again, a little later each time.
    }
    await new Promise((resolvePause) => setTimeout(resolvePause, pause));
    pause = Math.min(pause * 2, 200);
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}: ${stderr.trim() || 'no answer'}`);
}
