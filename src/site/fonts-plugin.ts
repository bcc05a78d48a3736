import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin, Rolldown } from 'vite';
import { talk } from '../data/talk.ts';
import { renderDeck } from '../render/render-deck.ts';
import { renderFontFaces } from '../render/render-font-faces.ts';
import { renderHandout } from '../render/render-handout.ts';
import { collectFontCharacters } from './collect-font-characters.ts';
import { DECK_FONTS, type FontFace, KEPT_FONT_FEATURES } from './deck-fonts.ts';
import { generatedFolder, writeAtomically } from './generated-files.ts';
import type { SiteContext } from './site-context.ts';

/** What the theme imports for the deck's `@font-face` rules (src/browser/deck/theme.css). */
export const FONTS_MODULE = 'generated:deck-fonts.css';

/**
 * The deck's web fonts. A build cuts each face down to the characters the site can show (see
 * `siteText`) and the features the theme uses, and preloads the title slide's faces from index.html;
 * the dev server serves the whole fonts, so a slide being written never meets a missing glyph. The
 * `@font-face` rules and the cut fonts are written to Vite's cache folder, from which Vite bundles them
 * as any other file, names hashed by content.
 */
export function fontsPlugin(context: SiteContext): Plugin {
  const require = createRequire(import.meta.url);
  let building = false;
  let outDir = '';
  let cssFile = '';
  return {
    name: 'deck-fonts',
    config(config, env) {
      outDir = generatedFolder(context.root, config.cacheDir, 'deck-fonts');
      // A file per command: a dev server and a build in the same folder never swap each other's rules.
      cssFile = join(outDir, `fonts-${env.command}.css`);
      return { resolve: { alias: [{ find: FONTS_MODULE, replacement: cssFile }] } };
    },
    configResolved(config) {
      building = config.command === 'build';
    },
    async buildStart() {
      // The dev server resolves the package path itself, wherever the package is installed.
      const urlOf = (face: FontFace) => (building ? `./${basename(face.file)}` : face.file);
      if (building) {
        const characters = collectFontCharacters(siteText(context));
        await Promise.all(
          DECK_FONTS.map(async (face) => {
            const subset = await subsetFont(readFileSync(require.resolve(face.file)), characters, {
              targetFormat: 'woff2',
              keepFeatures: [...KEPT_FONT_FEATURES],
            });
            writeAtomically(join(outDir, basename(face.file)), subset);
          }),
        );
      }
      writeAtomically(cssFile, renderFontFaces(DECK_FONTS, urlOf));
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.filename.endsWith('index.html')) return html;
        const links = DECK_FONTS.filter((face) => face.preload).flatMap((face) => {
          const asset = findEmittedFile(context.bundle ?? {}, basename(face.file));
          return asset ? [{ tag: 'link', attrs: preloadAttributes(asset), injectTo: 'head' as const }] : [];
        });
        return { html, tags: links };
      },
    },
  };
}

/**
 * The text a build's fonts must cover: the rendered deck and handout with their notes (typographic
 * quotes and dashes included), and the site's own source (index.html and src/), where the runtime's
 * labels, the chart's data and the handout's words are written.
 */
function siteText(context: SiteContext): string[] {
  const { root } = context;
  const deck = context.deck();
  const sources = readdirSync(resolve(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|css|html)$/.test(path))
    .map((path) => readFileSync(resolve(root, 'src', path), 'utf8'));
  return [
    renderDeck(deck, context.sources),
    renderHandout(deck, { ...context.sources, talk }),
    readFileSync(resolve(root, 'index.html'), 'utf8'),
    ...sources,
  ];
}

function findEmittedFile(bundle: Rolldown.OutputBundle, name: string): string | undefined {
  return Object.values(bundle).find((file) => file.type === 'asset' && file.names.includes(name))?.fileName;
}

function preloadAttributes(fileName: string): Record<string, string | boolean> {
  // Fonts are always fetched in CORS mode: a preload without `crossorigin` would be fetched twice.
  return { rel: 'preload', href: `./${fileName}`, as: 'font', type: 'font/woff2', crossorigin: true };
}
