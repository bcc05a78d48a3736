import { defineConfig } from 'vitest/config';
import { cspPlugin } from './src/site/csp-plugin.ts';
import { deckPlugin } from './src/site/deck-page-plugin.ts';
import { fontsPlugin } from './src/site/fonts-plugin.ts';
import { handoutPlugin } from './src/site/handout-plugin.ts';
import { singleFilePlugin } from './src/site/single-file-plugin.ts';
import { socialPlugin } from './src/site/social-plugin.ts';

export default defineConfig({
  // Relative URLs: the built deck works from any folder, a sub-path of a site, or a USB stick.
  base: './',
  // singleFilePlugin() acts only in `vite build --mode single` (npm run build:single).
  plugins: [deckPlugin(), fontsPlugin(), handoutPlugin(), socialPlugin(), singleFilePlugin(), cspPlugin()],
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
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/dist/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Two cores: one browser at a time keeps timings stable and the machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
