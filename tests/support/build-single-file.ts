import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SINGLE_FILE_MODE } from '../../src/site/single-file-plugin.ts';
import { buildForProduction } from './build-for-production.ts';

/** Builds `npm run build:single`'s one file into a new private temporary folder; returns the folder. */
export function buildSingleFile(projectRoot: string, prefix: string): Promise<string> {
  return buildForProduction(projectRoot, prefix, {}, { mode: SINGLE_FILE_MODE });
}

/** The one file a single-file build wrote. */
export function singleFileIn(outDir: string): string {
  const [file, ...others] = readdirSync(outDir);
  if (!file || others.length > 0)
    throw new Error(`The single-file build wrote ${readdirSync(outDir).length} files.`);
  return join(outDir, file);
}
