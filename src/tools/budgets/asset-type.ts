import { extname } from 'node:path';

/** What a file is to the browser: the rows of every byte table the bench prints. */
export type AssetType = 'document' | 'script' | 'stylesheet' | 'font' | 'image' | 'other';

/** The types in the order the tables list them. */
export const ASSET_TYPES: readonly AssetType[] = [
  'document',
  'script',
  'stylesheet',
  'font',
  'image',
  'other',
];

const TYPE_OF_EXTENSION: Readonly<Record<string, AssetType>> = {
  '.html': 'document',
  '.js': 'script',
  '.mjs': 'script',
  '.css': 'stylesheet',
  '.woff2': 'font',
  '.woff': 'font',
  '.ttf': 'font',
  '.otf': 'font',
  '.svg': 'image',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.gif': 'image',
  '.ico': 'image',
};

/** The type of a file or URL path, by its extension; `other` for anything unlisted. */
export function assetTypeOf(path: string): AssetType {
  return TYPE_OF_EXTENSION[extname(path).toLowerCase()] ?? 'other';
}
