import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { WITH_PDFS_VARIABLE } from '../../site/site-pdfs.ts';
import { HOW_TO_GET_CHROMIUM, locateChromium } from '../browsers/find-chromium.ts';
import { buildSite, whyBuild } from '../build-site.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { ExportError } from '../tool-error.ts';
import { DEFAULT_TIMEOUT_MS, exportPdfs, seconds } from './export-pdfs.ts';

const USAGE = `Usage: npm run pdf [-- options]

Writes dist/slides.pdf (one 16:9 page per slide) and dist/handout.pdf (A4, slides with notes).
Builds the site first when dist/ is missing or older than the sources.

Options:
  --rebuild        build the site even if dist/ looks up to date
  --no-build       print dist/ as it is, without building
  --port <n>       serve the site on this port (default: any free port)
  --timeout <s>    seconds each page may take to get ready (default: ${DEFAULT_TIMEOUT_MS / 1000})
  -h, --help       show this text`;

const projectRoot = PROJECT_ROOT;
const distDir = join(projectRoot, 'dist');

/** The command line's edge: reads options, builds if needed, exports, reports, and sets the exit code. */
async function main(): Promise<void> {
  const started = performance.now();
  const values = readOptions();
  if (values.help) return console.log(USAGE);
  const chromiumPath = findChromiumToPrintWith();
  await ensureBuild(values.rebuild, values['no-build']);
  const results = await exportPdfs({
    distDir,
    outDir: distDir,
    chromiumPath,
    timeout: 1000 * positiveNumber('--timeout', values.timeout ?? String(DEFAULT_TIMEOUT_MS / 1000)),
    ...(values.port === undefined ? {} : { port: positiveNumber('--port', values.port) }),
    onProgress: (line) => console.log(line),
  });
  for (const result of results) {
    console.log(`Wrote ${relative(process.cwd(), result.path)} (${result.pages} pages)`);
    for (const problem of result.overfull) console.warn(`  warning: ${problem}`);
  }
  console.log(`Done in ${seconds(performance.now() - started)}.`);
}

function findChromiumToPrintWith(): string {
  let path: string | undefined;
  try {
    path = locateChromium();
  } catch (error) {
    // CHROMIUM_PATH names no executable: the message says which, and what to do.
    throw new ExportError(error instanceof Error ? error.message : String(error), HOW_TO_GET_CHROMIUM);
  }
  if (!path) throw new ExportError('No Chromium found to print with.', HOW_TO_GET_CHROMIUM);
  return path;
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        rebuild: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        port: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new ExportError(error instanceof Error ? error.message : String(error), USAGE);
  }
}

async function ensureBuild(rebuild: boolean, noBuild: boolean): Promise<void> {
  const reason = rebuild ? 'asked to rebuild' : whyBuild(projectRoot, distDir, { pdfs: true });
  if (!reason)
    return console.log('dist/ is up to date with the sources: not rebuilding (--rebuild to force).');
  if (noBuild) {
    if (reason === 'no PDF links')
      return console.log('dist/ does not link to its PDFs: printing it anyway (--no-build).');
    if (reason !== 'missing')
      return console.log('dist/ may be older than the sources: printing it anyway (--no-build).');
    throw new ExportError(
      'dist/ holds no built site (index.html and handout.html).',
      'Run `npm run build`, or leave out --no-build.',
    );
  }
  const because = {
    missing: 'dist/ has no built site',
    outdated: 'the sources changed since the last build',
    'no PDF links': 'its pages do not link to the PDFs yet',
  };
  console.log(`Building the site into dist/ (${reason === 'asked to rebuild' ? reason : because[reason]})`);
  const started = performance.now();
  // The PDFs go beside the pages, which link to them.
  await buildSite(projectRoot, distDir, { [WITH_PDFS_VARIABLE]: '1' });
  console.log(`Built in ${seconds(performance.now() - started)}.`);
}

function positiveNumber(option: string, text: string): number {
  const value = Number(text);
  if (Number.isFinite(value) && value > 0) return value;
  throw new ExportError(`${option} must be a positive number, not "${text}".`, USAGE);
}

main().catch((error: unknown) => {
  if (error instanceof ExportError) {
    console.error(`\nnpm run pdf failed: ${error.message}\n\nHow to fix it: ${error.hint}`);
  } else {
    console.error('\nnpm run pdf failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  }
  process.exitCode = 1;
});
