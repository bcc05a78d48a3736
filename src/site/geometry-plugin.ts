import { join } from 'node:path';
import type { Plugin } from 'vite';
import { renderGeometryCss } from '../render/render-geometry-css.ts';
import { generatedFolder, writeAtomically } from './generated-files.ts';
import type { SiteContext } from './site-context.ts';

/** What the theme imports for the deck's sizes and its reading-view breakpoint. */
export const GEOMETRY_MODULE = 'generated:deck-geometry.css';

/**
 * Gives the stylesheets the deck's sizes from src/deck/geometry.ts, the one source the runtime and the
 * tools read too, and has Lightning CSS compile the custom media they define.
 */
export function geometryPlugin(context: SiteContext): Plugin {
  let cssFile = '';
  return {
    name: 'deck-geometry',
    config(config, env) {
      cssFile = join(generatedFolder(context.root, config.cacheDir, 'deck-geometry'), `${env.command}.css`);
      writeAtomically(cssFile, renderGeometryCss());
      return {
        resolve: { alias: [{ find: GEOMETRY_MODULE, replacement: cssFile }] },
        css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
      };
    },
  };
}
