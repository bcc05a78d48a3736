import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { LoadResult } from './deck.ts';
import { loadDeck, type SlideSource } from './load-deck.ts';

/**
 * Reads `<root>/<slidesDir>/*.md` and loads the deck from them; image paths are checked against the
 * files under `root`. The one place the loader meets the file system.
 */
export function loadDeckFromDisk(root: string, slidesDir = 'slides'): LoadResult {
  return loadDeck(readSlideSources(root, slidesDir), {
    assetExists: (path) => isFile(resolve(root, path)),
    slidesDir,
  });
}

/** Lists the slide files of a folder with their text; paths are relative to `root`, with `/`. */
export function readSlideSources(root: string, slidesDir: string): SlideSource[] {
  const dir = resolve(root, slidesDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({
      file: relative(root, join(dir, name)).split(sep).join('/'),
      source: readFileSync(join(dir, name), 'utf8'),
    }));
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
