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
