import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDF_FILES } from '../deck/dom-contract.ts';
import { ExportError } from './tool-error.ts';
import { withBuildEnvironment } from './with-build-environment.ts';

/** What the built site is made from: a change to any of these makes `dist/` out of date. */
const SOURCES = [
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'slides',
  'assets',
  'src',
];

/** Part of `src/` but not of the site: the Node tools, this one included. */
const NOT_IN_SITE = join('src', 'tools');

/** The pages `npm run pdf` prints; a build without one of them is not a build it can use. */
export const BUILT_PAGES = ['index.html', 'handout.html'];

/** Why a built site must be built again: see `whyBuild`. */
export type BuildReason = 'missing' | 'outdated' | 'no PDF links';

/**
 * Why `distDir` must be (re)built before use: `'missing'` when a built page is not there, `'outdated'`
 * when a source file is newer than the oldest built page, `'no PDF links'` when `pdfs` asks for pages
 * that link to their PDFs and the deck does not, undefined when it will do.
 */
export function whyBuild(
  projectRoot: string,
  distDir: string,
  { pdfs = false }: { readonly pdfs?: boolean } = {},
): BuildReason | undefined {
  const pages = BUILT_PAGES.map((page) => join(distDir, page));
  if (!pages.every((page) => existsSync(page))) return 'missing';
  const built = Math.min(...pages.map((page) => statSync(page).mtimeMs));
  if (newestSource(projectRoot) > built) return 'outdated';
  const linksPdfs = readFileSync(join(distDir, 'index.html'), 'utf8').includes(`href="${PDF_FILES.slides}"`);
  return pdfs && !linksPdfs ? 'no PDF links' : undefined;
}

function newestSource(projectRoot: string): number {
  let newest = 0;
  for (const source of SOURCES) {
    const path = join(projectRoot, source);
    if (!existsSync(path)) continue;
    const stats = statSync(path);
    const files = stats.isDirectory()
      ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((name) => join(path, name))
      : [path];
    for (const file of files) {
      if (!file.startsWith(join(projectRoot, NOT_IN_SITE))) newest = Math.max(newest, statSync(file).mtimeMs);
    }
  }
  return newest;
}

/**
 * Builds the site for production into `distDir` with the project's own Vite configuration, with `env`'s
 * variables set as on the command line (`WITH_PDFS`) and put back after. Throws an `ExportError`
 * carrying the build's report (for a slide mistake: every `file:line`) when it fails.
 */
export async function buildSite(
  projectRoot: string,
  distDir: string,
  env: Readonly<Record<string, string>> = {},
): Promise<void> {
  try {
    // Loaded only when needed: Vite is most of the exporter's start-up time.
    const { build } = await import('vite');
    await withBuildEnvironment(env, () =>
      build({ root: projectRoot, logLevel: 'silent', build: { outDir: distDir, emptyOutDir: true } }),
    );
  } catch (error) {
    const report = buildReport(error);
    throw new ExportError(
      `The site did not build:\n${report}`,
      'Fix what the report above names (for a slide, the file and line it gives), then run `npm run pdf` again.',
      { cause: error },
    );
  }
}

/** The build's own words: each error's message (Rolldown gathers them in `errors`), without stacks. */
function buildReport(error: unknown): string {
  const errors = (error as { errors?: unknown[] } | undefined)?.errors ?? [error];
  return errors.map((each) => (each instanceof Error ? each.message : String(each))).join('\n');
}
