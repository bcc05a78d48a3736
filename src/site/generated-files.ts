import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The folder in Vite's cache where a plugin writes files it generates for the bundle (`kind`: what it
 * makes). A folder per project: copies of the project that share node_modules (as tests make) keep
 * apart. Generated files are real files, not virtual modules, because Vite resolves a stylesheet's
 * `@import` through aliases only, and Lightning CSS reads what it bundles from the disk.
 */
export function generatedFolder(projectRoot: string, cacheDir: string | undefined, kind: string): string {
  const folder = createHash('sha256').update(projectRoot).digest('hex').slice(0, 12);
  return resolve(projectRoot, cacheDir ?? 'node_modules/.vite', kind, folder);
}

/** Writes through a temporary file, so a build running beside another never reads half a file. */
export function writeAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}
