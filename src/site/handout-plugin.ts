import { resolve } from 'node:path';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { talk } from '../data/talk.ts';
import { HANDOUT_PAGE } from '../deck/dom-contract.ts';
import { renderHandout } from '../render/render-handout.ts';
import type { SiteContext } from './site-context.ts';

/** The virtual stylesheet with the talk's title for the printed pages' running footer. */
const PAGE_CSS = 'virtual:handout-page.css';
const RESOLVED_PAGE_CSS = `\0${PAGE_CSS}`;

/**
 * Adds the handout page to the site without a file for it in the repository: `handout.html` is a
 * second build entry whose HTML `renderHandout` writes from the context's deck, so Vite bundles its
 * script, styles and pictures like index.html's. The dev server answers `/handout.html` the same way. A
 * slide mistake is the context's `DeckError`: it fails the build and shows in the dev server's overlay.
 */
export function handoutPlugin(context: SiteContext): Plugin {
  const page = () => resolve(context.root, HANDOUT_PAGE);
  const renderPage = () => renderHandout(context.deck(), { ...context.sources, talk });
  return {
    name: 'handout',
    config() {
      const root = context.root;
      return {
        build: {
          rolldownOptions: {
            input: { index: resolve(root, 'index.html'), handout: resolve(root, HANDOUT_PAGE) },
          },
        },
      };
    },
    resolveId(id) {
      if (id === page()) return id;
      if (id === PAGE_CSS) return RESOLVED_PAGE_CSS;
      return undefined;
    },
    load(id) {
      if (id === page()) return renderPage();
      if (id === RESOLVED_PAGE_CSS) return renderPageCss();
      return undefined;
    },
    configureServer(server) {
      server.middlewares.use(serveHandout(server, renderPage));
    },
  };
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

function serveHandout(server: ViteDevServer, renderPage: () => string): Connect.NextHandleFunction {
  return (request, response, next) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== `/${HANDOUT_PAGE}` || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    Promise.resolve()
      .then(() => server.transformIndexHtml(request.url ?? `/${HANDOUT_PAGE}`, renderPage()))
      .then((html) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        response.end(html);
      })
      .catch(next);
  };
}
