import { cpSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a build or the dev server reads of the project; `node_modules` is linked, not copied. */
const PROJECT_FILES = [
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  'slides',
  'assets',
  'src',
];

/**
 * Copies the project into a new temporary folder (named from `prefix`), so a test may break its slides
 * without touching the real ones. Returns the folder's real path; the caller removes it.
 */
export function copyProject(projectRoot: string, prefix: string): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  for (const name of PROJECT_FILES) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
