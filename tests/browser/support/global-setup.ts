import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import '../../support/provided-context.ts';
import { describeInstall, type EngineInstall } from '../../../src/tools/browsers/engine-install.ts';
import { findChromium } from '../../../src/tools/browsers/find-chromium.ts';
import { findFirefox } from '../../../src/tools/browsers/find-firefox.ts';
import { findWebKit } from '../../../src/tools/browsers/find-webkit.ts';
import { startXvfb } from '../../../src/tools/browsers/start-xvfb.ts';
import { serveStatic } from '../../../src/tools/serve/serve-static.ts';
import { buildForProduction } from '../../support/build-for-production.ts';
import { TEST_SITE_URL } from '../../support/test-site-url.ts';
import { instrumentForWebKit } from '../engines/instrument-site.ts';

/**
 * Builds the site for production once for the browser projects (with a real site address, as published)
 * into a private temporary folder, finds the project's engine (installing it when there is none: a
 * missing engine fails the run, it is never skipped) and serves the build. The `chromium` project runs every browser test; `firefox` and
 * `webkit` run the shared suite (`tests/browser/every-engine/`) in their engine. Returns the teardown.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const projectRoot = project.config.root;
  const engine = project.name;
  const [distDir, install] = await Promise.all([useSharedBuild(projectRoot), findEngine(engine)]);
  console.log(`${engine} tests use ${describeInstall(install)}`);
  const cleanups: (() => unknown)[] = [() => releaseSharedBuild()];
  try {
    const server = await serveStatic(distDir);
    cleanups.push(() => server.close());
    let engineBaseUrl = server.url;
    let engineDisplay = '';
    if (install.driver === 'webdriver-classic') {
      // Classic WebDriver has no console or network events: the pages record their own problems.
      const instrumented = instrumentForWebKit(distDir);
      cleanups.push(() => rmSync(instrumented, { recursive: true, force: true }));
      const instrumentedServer = await serveStatic(instrumented);
      cleanups.push(() => instrumentedServer.close());
      engineBaseUrl = instrumentedServer.url;
      if (!install.display && install.xvfbPath) {
        const xvfb = await startXvfb(install.xvfbPath);
        cleanups.push(() => xvfb.stop());
        engineDisplay = xvfb.display;
      }
    }
    project.provide('baseUrl', server.url);
    project.provide(
      'chromiumPath',
      install.driver === 'playwright' && engine === 'chromium' ? install.executablePath : '',
    );
    project.provide('projectRoot', projectRoot);
    project.provide('distDir', distDir);
    project.provide('engineInstall', install);
    project.provide('engineBaseUrl', engineBaseUrl);
    project.provide('engineDisplay', engineDisplay);
  } catch (error) {
    await runCleanups(cleanups);
    throw error;
  }
  return () => runCleanups(cleanups);
}

/**
 * The browser projects' global setups run in one process, each in its own module instance: the one build
 * they read (and no test writes into) is kept on `globalThis`, and removed when the last project is done.
 */
const SHARED_BUILD = Symbol.for('leadership-and-coproduction.tests.browser-build');

interface SharedBuild {
  readonly dir: Promise<string>;
  users: number;
}

function useSharedBuild(projectRoot: string): Promise<string> {
  const holder = globalThis as { [SHARED_BUILD]?: SharedBuild };
  holder[SHARED_BUILD] ??= {
    dir: buildForProduction(projectRoot, 'deck-browser-', { SITE_URL: TEST_SITE_URL }),
    users: 0,
  };
  holder[SHARED_BUILD].users += 1;
  return holder[SHARED_BUILD].dir;
}

async function releaseSharedBuild(): Promise<void> {
  const holder = globalThis as { [SHARED_BUILD]?: SharedBuild };
  const shared = holder[SHARED_BUILD];
  if (!shared) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  delete holder[SHARED_BUILD];
  rmSync(await shared.dir, { recursive: true, force: true });
}

async function findEngine(engine: string): Promise<EngineInstall> {
  switch (engine) {
    case 'chromium':
      return { driver: 'playwright', engine: 'chromium', executablePath: await findChromium() };
    case 'firefox':
      return findFirefox();
    case 'webkit':
      return findWebKit();
    default:
      throw new Error(
        `No browser engine is called "${engine}": the browser projects are chromium, firefox, webkit.`,
      );
  }
}

async function runCleanups(cleanups: readonly (() => unknown)[]): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) await cleanup();
}
