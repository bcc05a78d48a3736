import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../src/tools/chromium/find-chromium.ts';
import { serveStatic } from '../../../src/tools/serve/serve-static.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built deck, served from `dist/`: `http://127.0.0.1:<port>`. */
    baseUrl: string;
    /** The Chromium executable the browser tests launch. */
    chromiumPath: string;
    /** The project folder, holding `slides/`. */
    projectRoot: string;
    /** The folder the tests built the site into: private to this run, so no other build can clobber it. */
    distDir: string;
  }
}

/**
 * Builds the site for production once, into a private temporary folder, finds a Chromium and serves the
 * build for the browser tests. Returns the teardown that stops the server and removes the folder. Fails
 * when the build or the search for Chromium fails.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const projectRoot = project.config.root;
  const distDir = mkdtempSync(join(tmpdir(), 'deck-e2e-'));
  await buildForProduction(projectRoot, distDir);
  const chromiumPath = await findChromium();
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

async function buildForProduction(projectRoot: string, outDir: string): Promise<void> {
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle as a non-production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
