import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { references } from '../data/references.ts';
import type { Diagnostic } from '../deck/deck.ts';
import { formatDiagnostics } from '../deck/format-diagnostic.ts';
import { renderDeck } from '../render/render-deck.ts';
import { loadDeckFromDisk } from './read-slide-sources.ts';
import { isPlaceholderSiteUrl, resolveSiteUrl } from './site-address.ts';

/** Where index.html wants the slides. */
export const SLIDES_PLACEHOLDER = '<!--deck:slides-->';

export interface DeckPluginOptions {
  /** Folder of the slide files, relative to the Vite root. Default `slides`. */
  readonly slidesDir?: string;
  /** The published deck's address. Default: `SITE_URL`, else `siteUrl` in src/data/talk.ts. */
  readonly siteUrl?: string;
}

/**
 * The deck's one touch of the file system and of Vite: reads `slides/*.md`, puts the rendered slides
 * into index.html at build time, fails the build with every `file:line` diagnostic, and in the dev
 * server shows them in the error overlay, reloading the page whenever a slide file changes.
 */
export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  const slidesDir = options.slidesDir ?? 'slides';
  const siteUrl = options.siteUrl ?? resolveSiteUrl(process.env);
  let root = process.cwd();
  let building = false;

  return {
    name: 'deck',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    buildStart() {
      const dir = resolve(root, slidesDir);
      if (existsSync(dir)) for (const name of readdirSync(dir)) this.addWatchFile(join(dir, name));
      // Fail a build before Vite empties the output folder, so a mistake leaves the last good site there.
      if (building) {
        const result = loadDeckFromDisk(root, slidesDir, siteUrl);
        if (!result.ok) throw deckError(result.diagnostics, root);
        if (isPlaceholderSiteUrl(siteUrl)) {
          this.warn(
            `the follow-along QR code points at ${siteUrl}: set SITE_URL, or siteUrl in src/data/talk.ts`,
          );
        }
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(SLIDES_PLACEHOLDER)) return html;
        const result = loadDeckFromDisk(root, slidesDir, siteUrl);
        if (!result.ok) throw deckError(result.diagnostics, root);
        return html.replace(SLIDES_PLACEHOLDER, () => renderDeck(result.deck, references));
      },
    },
    configureServer(server) {
      watchSlides(server, resolve(root, slidesDir));
    },
  };
}

function watchSlides(server: ViteDevServer, dir: string): void {
  server.watcher.add(dir);
  const reload = (path: string) => {
    // index.html is rendered on request, so a reload shows the new slides or the overlay.
    if (path.startsWith(dir + sep)) server.ws.send({ type: 'full-reload', path: '*' });
  };
  server.watcher.on('add', reload);
  server.watcher.on('change', reload);
  server.watcher.on('unlink', reload);
}

/** An Error that Vite prints on build and shows in the dev overlay, pointing at the first mistake. */
function deckError(diagnostics: readonly Diagnostic[], root: string): Error {
  const error = new Error(formatDiagnostics(diagnostics)) as Error & {
    id?: string;
    loc?: { file: string; line: number; column: number };
  };
  const first = diagnostics[0];
  if (first) {
    error.id = resolve(root, first.file);
    error.loc = { file: resolve(root, first.file), line: Math.max(first.line, 1), column: 1 };
  }
  // The message is the whole report; a stack trace into the loader would only bury it.
  error.stack = error.message;
  return error;
}
