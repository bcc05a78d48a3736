import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { deckSite } from './src/site/deck-site.ts';

/**
 * Test files run side by side (WebKit's apart, below), one per core and two at least: while one file's
 * test code waits, the other's browser draws. On two cores a third file gained nothing (whole runs paired:
 * wall 0.99 of two's).
 */
const FILES_AT_ONCE = Math.max(2, availableParallelism());

/** What every browser project shares: the build, the engine and the server come from one global setup. */
const BROWSER_TIER = {
  environment: 'node' as const,
  // A worker imports Playwright and the drivers once for all the files it runs, not once per file, and
  // launches its engine's browser once for them too; every file closes the pages it opened.
  isolate: false,
  globalSetup: ['tests/browser/support/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  // Relative URLs: the built deck works from any folder, a sub-path of a site, or a USB stick.
  base: './',
  plugins: deckSite(),
  build: {
    target: 'es2022',
    // Every browser that runs the deck preloads modules itself: no polyfill file on the critical path.
    modulePreload: { polyfill: false },
    // Small SVG drawings stay files: cacheable, and the CSP need not allow data: for images.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    maxWorkers: FILES_AT_ONCE,
    reporters: ['default', './tests/support/counts-by-project.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure code, and the one test that sets an environment variable puts it back: the files share
          // a worker's imports rather than start afresh each (alone: 12 to 13 s -> 8 to 9 s).
          isolate: false,
          // The property tests run thousands of cases each: more than Vitest's 5 s on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/dist/support/global-setup.ts'],
          // A test that builds a copy of the site takes seconds, more on a loaded machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'chromium',
          // Every browser test, the shared suite of every-engine/ included.
          include: ['tests/browser/**/*.test.ts'],
          ...BROWSER_TIER,
        },
      },
      // Firefox and WebKit (Safari's engine): the shared suite.
      {
        extends: true,
        test: { name: 'firefox', include: ['tests/browser/every-engine/**/*.test.ts'], ...BROWSER_TIER },
      },
      {
        extends: true,
        test: {
          name: 'webkit',
          include: ['tests/browser/every-engine/**/*.test.ts'],
          ...BROWSER_TIER,
          // After the others: beside them WebKitGTK under Xvfb took half as long again and slowed them as
          // much (measured), so the run gained nothing. On their own, two files at a time take 40 s where
          // one at a time took 57 s. Its group is its own through `groupOrder`.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
