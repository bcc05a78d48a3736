import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { SINGLE_FILE_MODE } from '../../src/site/single-file-plugin.ts';

/** Builds `npm run build:single`'s one file into a new private temporary folder; returns the folder. */
export async function buildSingleFile(projectRoot: string, prefix: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle as a non-production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: projectRoot,
      mode: SINGLE_FILE_MODE,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

/** The one file a single-file build wrote. */
export function singleFileIn(outDir: string): string {
  const [file, ...others] = readdirSync(outDir);
  if (!file || others.length > 0)
    throw new Error(`The single-file build wrote ${readdirSync(outDir).length} files.`);
  return join(outDir, file);
}
