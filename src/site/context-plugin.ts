import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { stampSlideFiles } from './read-slide-sources.ts';
import type { SiteContext } from './site-context.ts';

/** Longer than the file watcher's window for dropping repeated changes of one file (50 ms). */
const WATCHER_QUIET_MS = 120;

/**
 * Ties the site context to Vite: gives it the project root, loads the deck as a build starts (so a slide
 * mistake fails the build before Vite empties the output folder, and the last good site stays), warns
 * while the address is the placeholder, and in the dev server forgets the deck and reloads the page
 * whenever a slide file changes.
 */
export function contextPlugin(context: SiteContext): Plugin {
  let building = false;
  return {
    name: 'deck-site',
    enforce: 'pre',
    config(config) {
      context.setRoot(resolve(config.root ?? process.cwd()));
    },
    configResolved(config) {
      context.setRoot(config.root);
      building = config.command === 'build';
    },
    buildStart() {
      const dir = context.slidesDir;
      if (existsSync(dir)) for (const name of readdirSync(dir)) this.addWatchFile(join(dir, name));
      if (!building) return;
      context.invalidate();
      context.deck();
      if (!context.site.configured) {
        this.warn(
          `no site address is set (${context.site.url} is the placeholder), so the follow-along slides ` +
            'show no QR code and say the address is not set. Set it for the build with ' +
            '`SITE_URL=https://your.site/talk/ npm run build`, or in siteUrl in src/data/talk.ts.',
        );
      }
    },
    configureServer(server) {
      watchSlides(server, context);
    },
  };
}

function watchSlides(server: ViteDevServer, context: SiteContext): void {
  const dir = context.slidesDir;
  server.watcher.add(dir);
  let trailing: ReturnType<typeof setTimeout> | undefined;
  const reloadPages = () => {
    context.invalidate();
    // The pages are rendered on request, so a reload shows the new slides or the overlay.
    server.ws.send({ type: 'full-reload', path: '*' });
  };
  const reload = (path: string) => {
    if (!path.startsWith(dir + sep)) return;
    reloadPages();
    // The watcher drops a second save of one file within 50 ms (an editor's save, then its formatter's):
    // look again once that window has passed, and reload again if the files changed meanwhile.
    const stamp = stampSlideFiles(dir);
    clearTimeout(trailing);
    trailing = setTimeout(() => {
      if (stampSlideFiles(dir) !== stamp) reloadPages();
    }, WATCHER_QUIET_MS);
  };
  server.watcher.on('add', reload);
  server.watcher.on('change', reload);
  server.watcher.on('unlink', reload);
}
