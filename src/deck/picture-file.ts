/**
 * What a slide may show as a picture, and what the file system can say of one. The parser holds the
 * rules it can check from the path alone; the site inspects the file itself and answers with a
 * `PictureFile`, which the parser words as the author's mistake.
 */

/** The picture types the deck publishes, by file extension (lower case), with the name an author knows. */
export const PICTURE_TYPES: ReadonlyMap<string, string> = new Map([
  ['.svg', 'SVG'],
  ['.png', 'PNG'],
  ['.jpg', 'JPEG'],
  ['.jpeg', 'JPEG'],
  ['.gif', 'GIF'],
  ['.webp', 'WebP'],
  ['.avif', 'AVIF'],
]);

/** The folder pictures are kept in, beside the slides' own folder. */
export const ASSETS_DIR = 'assets';

/** What the file system says of the file a picture's path names. */
export type PictureFile =
  | { readonly kind: 'ok' }
  | { readonly kind: 'missing' }
  /** The path, after following symbolic links, leads out of the picture folders. */
  | { readonly kind: 'outside'; readonly target: string }
  /** The bytes are not of the type the extension promises. */
  | { readonly kind: 'wrong-bytes' }
  /** An SVG that could act on the site's origin if opened: `what` names the first such part. */
  | { readonly kind: 'unsafe'; readonly what: string };

/** Inspects the picture at a project-relative path (injected: the parser does no I/O). */
export type InspectPicture = (projectPath: string) => PictureFile;

export const PICTURE_OK: PictureFile = Object.freeze({ kind: 'ok' });
