import type { Plugin } from 'vite';
import { compileHintsPlugin } from './compile-hints-plugin.ts';
import { contextPlugin } from './context-plugin.ts';
import { cspPlugin } from './csp-plugin.ts';
import { deckPagePlugin } from './deck-page-plugin.ts';
import { fontsPlugin } from './fonts-plugin.ts';
import { geometryPlugin } from './geometry-plugin.ts';
import { handoutPlugin } from './handout-plugin.ts';
import { singleFilePlugin } from './single-file-plugin.ts';
import { createSiteContext, type DeckSiteOptions } from './site-context.ts';
import { socialPlugin } from './social-plugin.ts';

/**
 * The site's Vite plugins, all built from one context: the project root, the slides folder, the
 * published address and the deck, loaded once per build (again on a watched change in the dev server).
 * `singleFilePlugin` acts only in `vite build --mode single` (npm run build:single); `cspPlugin` comes
 * last, to put the policy into the pages every other plugin has finished.
 */
export function deckSite(options: DeckSiteOptions = {}): Plugin[] {
  const context = createSiteContext(options);
  return [
    contextPlugin(context),
    deckPagePlugin(context),
    geometryPlugin(context),
    fontsPlugin(context),
    handoutPlugin(context),
    socialPlugin(context),
    compileHintsPlugin(),
    singleFilePlugin(),
    cspPlugin(),
  ];
}
