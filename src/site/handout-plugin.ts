import { resolve } from 'node:path';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { datasets } from '../data/datasets.ts';
import { references } from '../data/references.ts';
import { talk } from '../data/talk.ts';
import { formatDiagnostics } from '../deck/format-diagnostic.ts';
import { renderHandout } from '../render/render-handout.ts';
import { loadDeckFromDisk } from './read-slide-sources.ts';

/** The handout's file name, in the site and in `dist/`. */
export const HANDOUT_PAGE = 'handout.html';

/** The virtual stylesheet with the talk's title for the printed pages' running footer. */
const PAGE_CSS = 'virtual:handout-page.css';
const RESOLVED_PAGE_CSS = `\0${PAGE_CSS}`;

export interface HandoutPluginOptions {
  /** Folder of the slide files, relative to the Vite root. Default `slides`. */
  readonly slidesDir?: string;
}

/**
 * Adds the handout page to the site without a file for it in the repository: `handout.html` is a
 * second build entry whose HTML `renderHandout` writes from the slides, so Vite bundles its script,
 * styles and pictures like index.html's. The dev server answers `/handout.html` the same way. A slide
 * mistake fails the build (the deck plugin reports it in full) and shows in the dev server's overlay.
 */
export function handoutPlugin(options: HandoutPluginOptions = {}): Plugin {
  const slidesDir = options.slidesDir ?? 'slides';
  let root = process.cwd();
  let page = resolve(root, HANDOUT_PAGE);

  return {
    name: 'handout',
    config(config) {
      const configRoot = resolve(config.root ?? process.cwd());
      return {
        build: {
          rolldownOptions: {
            input: { index: resolve(configRoot, 'index.html'), handout: resolve(configRoot, HANDOUT_PAGE) },
          },
        },
      };
    },
    configResolved(config) {
      root = config.root;
      page = resolve(root, HANDOUT_PAGE);
    },
    resolveId(id) {
      if (id === page) return page;
      if (id === PAGE_CSS) return RESOLVED_PAGE_CSS;
      return undefined;
    },
    load(id) {
      if (id === page) return renderHandoutPage(root, slidesDir);
      if (id === RESOLVED_PAGE_CSS) return renderPageCss();
      return undefined;
    },
    configureServer(server) {
      server.middlewares.use(serveHandout(server, root, slidesDir));
    },
  };
}

function loadDeck(root: string, slidesDir: string) {
  const result = loadDeckFromDisk(root, slidesDir);
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics));
  return result.deck;
}

function renderHandoutPage(root: string, slidesDir: string): string {
  return renderHandout(loadDeck(root, slidesDir), { talk, references, datasets });
}

/**
 * The printed handout's running footer: the talk's title, bottom left, on every page but the cover.
 * Generated, because CSS cannot take a margin box's text from the document.
 */
function renderPageCss(): string {
  const { title } = talk;
  return `@page { @bottom-left { content: ${cssString(title)}; } }\n@page :first { @bottom-left { content: none; } }\n`;
}

/** A CSS string literal of any text. */
function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

function serveHandout(server: ViteDevServer, root: string, slidesDir: string): Connect.NextHandleFunction {
  return (request, response, next) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== `/${HANDOUT_PAGE}` || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    Promise.resolve()
      .then(() =>
        server.transformIndexHtml(request.url ?? `/${HANDOUT_PAGE}`, renderHandoutPage(root, slidesDir)),
      )
      .then((html) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        response.end(html);
      })
      .catch(next);
  };
}
