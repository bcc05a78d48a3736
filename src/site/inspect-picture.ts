import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { InspectPicture, PictureFile } from '../deck/picture-file.ts';
import { findSvgHazard } from './find-svg-hazard.ts';
import { bytesMatchExtension } from './sniff-picture.ts';

/**
 * Looks at the pictures slides name, as files under `root`: each must be a regular file whose real path
 * (after symbolic links) stays inside one of `folders`, with bytes of the type its extension names, and,
 * for an SVG, nothing that could run or reach out. Each file is read once per inspector.
 */
export function createPictureInspector(root: string, folders: readonly string[]): InspectPicture {
  const realRoot = realOrSelf(resolve(root));
  const realFolders = folders
    .map((folder) => resolve(root, folder))
    .filter((folder) => existsSync(folder))
    .map((folder) => realpathSync(folder));
  const seen = new Map<string, PictureFile>();
  return (projectPath) => {
    let verdict = seen.get(projectPath);
    if (!verdict) {
      verdict = inspect(resolve(root, projectPath));
      seen.set(projectPath, verdict);
    }
    return verdict;
  };

  function inspect(path: string): PictureFile {
    if (!existsSync(path)) return { kind: 'missing' };
    const real = realpathSync(path);
    if (!realFolders.some((folder) => real === folder || real.startsWith(folder + sep))) {
      const fromRoot = relative(realRoot, real);
      const target = fromRoot.startsWith('..') || isAbsolute(fromRoot) ? real : fromRoot.split(sep).join('/');
      return { kind: 'outside', target };
    }
    if (!statSync(real).isFile()) return { kind: 'missing' };
    const bytes = readFileSync(real);
    const extension = extname(path).toLowerCase();
    if (!bytesMatchExtension(bytes, extension)) return { kind: 'wrong-bytes' };
    if (extension === '.svg') {
      const what = findSvgHazard(bytes.toString('utf8'));
      if (what) return { kind: 'unsafe', what };
    }
    return { kind: 'ok' };
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
