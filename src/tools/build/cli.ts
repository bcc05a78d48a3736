/**
 * `npm run build` (and `build:single`): Vite's build of the site, with an author's slide mistakes reported
 * as the loader words them, every file:line and hint and nothing else. Vite's own command prints the
 * bundler's stack trace after them, which buries the report under lines that mean nothing to an author.
 * Any other failure is shown whole: that one is for a developer.
 */
import { build } from 'vite';

const mode = modeArgument(process.argv.slice(2));
try {
  await build({ root: process.cwd(), ...(mode ? { mode } : {}) });
} catch (error) {
  const mistakes = authorMistakes(error);
  if (!mistakes) throw error;
  process.stderr.write(`\nThe site did not build:\n${mistakes}\n`);
  process.exitCode = 1;
}

function modeArgument(args: readonly string[]): string | undefined {
  const at = args.indexOf('--mode');
  return at === -1 ? undefined : args[at + 1];
}

/** The loader's report when the build failed on slide mistakes only (Rolldown gathers errors in `errors`). */
function authorMistakes(error: unknown): string | undefined {
  const errors = (error as { errors?: unknown[] } | undefined)?.errors ?? [error];
  const isDeckError = (each: unknown) => each instanceof Error && each.name === 'DeckError';
  if (errors.length === 0 || !errors.every(isDeckError)) return undefined;
  return errors.map((each) => (each as Error).message).join('\n');
}
