import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type AssetType, assetTypeOf } from './asset-type.ts';
import { type ByteSize, measureFile, type SizedFile, sumByType, sumSizes } from './byte-size.ts';

/** The whole built site's bytes. */
export interface SiteSize {
  readonly files: readonly SizedFile[];
  readonly byType: Readonly<Record<AssetType, ByteSize>>;
  readonly total: ByteSize;
}

/** Not part of the site as built: `npm run pdf`'s output and source maps. */
const NOT_BUILT = /\.(pdf|map)$/i;

/**
 * Measures every file the build wrote into `distDir`, per type, leaving out the PDFs `npm run pdf` adds
 * and any source maps. Throws when `distDir` cannot be read.
 */
export function measureSite(distDir: string): SiteSize {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !NOT_BUILT.test(entry.name))
    .map((entry): SizedFile => {
      const absolute = join(entry.parentPath, entry.name);
      const path = relative(distDir, absolute).split(sep).join('/');
      return { path, type: assetTypeOf(path), ...measureFile(absolute) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return { files, byType: sumByType(files), total: sumSizes(files) };
}
