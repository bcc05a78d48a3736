import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import '../../support/provided-context.ts';
import { findChromium } from '../../../src/tools/chromium/find-chromium.ts';
import { serveStatic } from '../../../src/tools/serve/serve-static.ts';
import { buildForProduction } from '../../support/build-for-production.ts';

/**
 * Builds the site for production once, into a private temporary folder, finds a Chromium (installing one
 * when there is none) and serves the build for the browser tests. Returns the teardown that stops the
 * server and removes the folder. Fails when the build or the search for Chromium fails.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const projectRoot = project.config.root;
  const [distDir, chromiumPath] = await Promise.all([
    buildForProduction(projectRoot, 'deck-browser-'),
    findChromium(),
  ]);
  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('projectRoot', projectRoot);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  };
}
