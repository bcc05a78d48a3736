import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';

/**
 * Runs a Vite build of `config` for production into a new private temporary folder, and returns that
 * folder. `env` holds variables the build sees as it would see them set on its command line
 * (`SITE_URL`); they are put back as they were afterwards.
 */
export async function buildForProduction(
  projectRoot: string,
  prefix: string,
  env: Readonly<Record<string, string>> = {},
  config: InlineConfig = {},
): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle as a non-production build.
  const variables = { ...env, NODE_ENV: 'production' };
  const before = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  Object.assign(process.env, variables);
  try {
    await build({
      root: projectRoot,
      logLevel: 'warn',
      ...config,
      build: { outDir, emptyOutDir: true, ...config.build },
    });
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return outDir;
}
