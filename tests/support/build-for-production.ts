import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/** Builds the site for production into a new private temporary folder, and returns that folder. */
export async function buildForProduction(projectRoot: string, prefix: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle as a non-production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
