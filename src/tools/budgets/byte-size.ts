import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASSET_TYPES, type AssetType } from './asset-type.ts';

/** Bytes of one file or a group of them: as stored, and gzipped as a static host would send them. */
export interface ByteSize {
  readonly raw: number;
  /**
   * gzip at level 9 (`gzip -9`): deterministic, within about 1% of what a server compresses on the fly.
   * Formats that are compressed already (WOFF2, WOFF, PNG, JPEG…) count as raw: servers send them as they are.
   */
  readonly gzip: number;
  /** How many files. */
  readonly files: number;
}

/** A file's bytes, typed by its extension. */
export interface SizedFile extends ByteSize {
  /** Path inside the built site, with `/` separators: `assets/index-B3prRUiz.js`. */
  readonly path: string;
  readonly type: AssetType;
}

export const NO_BYTES: ByteSize = Object.freeze({ raw: 0, gzip: 0, files: 0 });

const COMPRESSED_ALREADY = new Set([
  '.woff2',
  '.woff',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.avif',
  '.gif',
  '.pdf',
]);

/** The raw and gzipped size of the file at `path`. Throws when it cannot be read. */
export function measureFile(path: string): ByteSize {
  const bytes = readFileSync(path);
  const gzip = COMPRESSED_ALREADY.has(extname(path).toLowerCase())
    ? bytes.length
    : gzipSync(bytes, { level: 9 }).length;
  return { raw: bytes.length, gzip, files: 1 };
}

/** The sum of some sizes. */
export function sumSizes(sizes: Iterable<ByteSize>): ByteSize {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const size of sizes) {
    raw += size.raw;
    gzip += size.gzip;
    files += size.files;
  }
  return { raw, gzip, files };
}

/** Files summed per type, every type present (empty ones as `NO_BYTES`). */
export function sumByType(files: readonly SizedFile[]): Record<AssetType, ByteSize> {
  const byType = {} as Record<AssetType, ByteSize>;
  for (const type of ASSET_TYPES) byType[type] = sumSizes(files.filter((file) => file.type === type));
  return byType;
}
