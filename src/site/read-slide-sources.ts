import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { LoadResult } from '../deck/deck.ts';
import { ASSETS_DIR } from '../deck/picture-file.ts';
import { loadDeck, type SlideSource } from '../parse/load-deck.ts';
import { createPictureInspector } from './inspect-picture.ts';

/**
 * Reads `<root>/<slidesDir>/*.md` and loads the deck from them; pictures are inspected as files under
 * `root`, in `assets/` and the slides' folder. The one place the loader meets the file system.
 */
export function loadDeckFromDisk(root: string, slidesDir = 'slides'): LoadResult {
  return loadDeck(readSlideSources(root, slidesDir), {
    inspectPicture: createPictureInspector(root, [ASSETS_DIR, slidesDir]),
    slidesDir,
  });
}

/**
 * Lists the slide files of a folder with their text; paths are relative to `root`, with `/`. Any
 * Markdown file is listed (`Intro.MD`, `04-why.markdown`) so the loader can report a wrong name; a file
 * that is not UTF-8 gets a null source, for the loader to report.
 */
export function readSlideSources(root: string, slidesDir: string): SlideSource[] {
  const dir = resolve(root, slidesDir);
  if (!existsSync(dir)) return [];
  // Sub-folders too, so that a file put in one is reported rather than silently left out.
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|markdown)$/i.test(name) && isFile(join(dir, name)))
    .map((name) => ({
      file: relative(root, join(dir, name)).split(sep).join('/'),
      source: decodeUtf8(readFileSync(join(dir, name))),
    }));
}

/** The text of UTF-8 bytes (without a byte-order mark), or null when they are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/**
 * A stamp of the slide files as they are now (each file's name, size and modification time): two stamps
 * differ whenever a file was added, removed or saved in between. Cheap: it reads no file's contents.
 */
export function stampSlideFiles(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stats = statSync(join(dir, name), { throwIfNoEntry: false });
      return stats ? `${name}:${stats.size}:${stats.mtimeMs}` : name;
    })
    .join('\n');
}
