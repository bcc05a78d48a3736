import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import '../../support/provided-context.ts';
import { buildForProduction } from '../../support/build-for-production.ts';

/** Builds the site once for the tests that read the built files; no browser. Returns the cleanup. */
export default async function setup(project: TestProject): Promise<() => void> {
  const projectRoot = project.config.root;
  const distDir = await buildForProduction(projectRoot, 'deck-dist-');
  project.provide('projectRoot', projectRoot);
  project.provide('distDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
