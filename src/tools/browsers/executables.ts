import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

/** Whether `path` is a file this process may execute. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first executable called `name` in a folder of `PATH`; undefined when there is none. */
export function findOnPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(isExecutable);
}

/** Runs a command with its output shown; resolves whether it succeeded. */
export function runCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.once('error', () => resolveRun(false));
    child.once('exit', (code) => resolveRun(code === 0));
  });
}

/** Whether this process may install Debian packages: root, with apt-get on `PATH`. */
export function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && findOnPath('apt-get') !== undefined;
}

let listsUpdated: Promise<boolean> | undefined;

/**
 * Installs Debian packages with apt-get (as root: check `canInstallWithApt` first), updating the package
 * lists once per process. Resolves whether it succeeded.
 */
export async function installWithApt(packages: readonly string[]): Promise<boolean> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`Trying \`apt-get install -y ${packages.join(' ')}\`.`);
  listsUpdated ??= runCommand('apt-get', ['update'], env);
  return (await listsUpdated) && runCommand('apt-get', ['install', '-y', ...packages], env);
}

/** playwright-core's command line: cli.js is not in its package exports, so found by its package.json. */
export function playwrightCli(): string {
  const packageJson = createRequire(import.meta.url).resolve('playwright-core/package.json');
  return join(dirname(packageJson), 'cli.js');
}

/** One way to get a missing browser: apt's packages, or Playwright's download of one of its builds. */
export type BrowserSource =
  | { readonly apt: readonly string[] }
  | { readonly playwright: 'chromium' | 'firefox' | 'webkit' };

/**
 * What `locate` finds, else what it finds after each source in turn has installed the browser (apt only
 * where this process may use it). Undefined when no source gave one.
 */
export async function locateOrInstall<Found>(
  locate: () => Found | undefined,
  sources: readonly BrowserSource[],
): Promise<Found | undefined> {
  const existing = locate();
  if (existing) return existing;
  for (const source of sources) {
    const installed =
      'apt' in source
        ? canInstallWithApt() && (await installWithApt(source.apt))
        : await installWithPlaywright(source.playwright);
    const found = installed ? locate() : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Downloads one of Playwright's browser builds; resolves whether it succeeded. */
function installWithPlaywright(browser: 'chromium' | 'firefox' | 'webkit'): Promise<boolean> {
  console.log(`Trying \`npx playwright-core install ${browser}\`.`);
  return runCommand(process.execPath, [playwrightCli(), 'install', browser]);
}
