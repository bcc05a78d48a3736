import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIVE_PATHS } from '../../live/live-paths.ts';
import type { LiveAssets } from './live-page.ts';

/** The live client's sources: the deck page's live code, and the remote's page. */
const CLIENT_ROOT = join('src', 'browser', 'live');
const DECK_ENTRY = 'deck.ts';
const REMOTE_PAGE = 'remote.html';

interface ManifestChunk {
  readonly file: string;
  readonly css?: readonly string[];
}

/**
 * Builds the live client (src/browser/live/) into `outDir`/live/, apart from the site: `dist/` and the
 * single file never hold it. Returns what the deck page must load for it. The remote's page is built as
 * a page of its own (`live/remote.html`).
 */
export async function buildLiveClient(projectRoot: string, outDir: string): Promise<LiveAssets> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const root = join(projectRoot, CLIENT_ROOT);
  const out = join(outDir, 'live');
  try {
    const { build } = await import('vite');
    await build({
      configFile: false,
      root,
      base: LIVE_PATHS.assetsPrefix,
      logLevel: 'silent',
      build: {
        outDir: out,
        emptyOutDir: true,
        manifest: true,
        target: 'es2022',
        modulePreload: { polyfill: false },
        assetsInlineLimit: 0,
        rolldownOptions: { input: { deck: join(root, DECK_ENTRY), remote: join(root, REMOTE_PAGE) } },
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const deck = manifest[DECK_ENTRY];
  if (!deck) throw new Error(`The live client's build has no ${DECK_ENTRY} in its manifest.`);
  const url = (file: string) => `${LIVE_PATHS.assetsPrefix}${file}`;
  return { scripts: [url(deck.file)], styles: (deck.css ?? []).map(url) };
}
