import type { GoalsDataset } from '../../data/goals-dataset.ts';
import type { Reference } from '../../data/reference.ts';
import type { Diagnostic } from '../deck.ts';

/**
 * What one render of one slide file knows and collects. markdown-it hands it to every rule as `env`,
 * so the one configured instance serves every file without global state.
 */
export type RenderEnv = {
  /** Path of the file being rendered, relative to the project root. */
  readonly file: string;
  /** File line of the Markdown body's first line, minus one: body line (0-based) + this = file line. */
  readonly lineOffset: number;
  /** The works slides may cite. Not `references`: markdown-it keeps link definitions there. */
  readonly bibliography: Readonly<Record<string, Reference>>;
  readonly datasets: Readonly<Record<string, GoalsDataset>>;
  /** Whether a project-relative path names an existing file (injected: the renderer does no I/O). */
  readonly assetExists: (projectPath: string) => boolean;
  readonly diagnostics: Diagnostic[];
  /** Citation keys in the order they are first cited. */
  readonly citedKeys: string[];
};

/** Records an author mistake at a 0-based line of the Markdown body. */
export function report(env: RenderEnv, bodyLine: number, message: string, hint?: string): void {
  env.diagnostics.push({
    file: env.file,
    line: bodyLine + env.lineOffset + 1,
    message,
    ...(hint ? { hint } : {}),
  });
}
