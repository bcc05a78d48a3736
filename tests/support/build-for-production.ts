import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { withBuildEnvironment } from '../../src/tools/with-build-environment.ts';

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
  await withBuildEnvironment(env, () =>
    build({
      root: projectRoot,
      logLevel: 'warn',
      ...config,
      build: { outDir, emptyOutDir: true, ...config.build },
    }),
  );
  return outDir;
}
