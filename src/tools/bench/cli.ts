import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HOW_TO_GET_CHROMIUM, locateChromium } from '../browsers/find-chromium.ts';
import { launchChromium } from '../browsers/launch-chromium.ts';
import { checkBudgets } from '../budgets/check-budgets.ts';
import { measureCriticalPath } from '../budgets/critical-path.ts';
import { measureSite } from '../budgets/site-size.ts';
import { buildSite } from '../build-site.ts';
import { seconds } from '../pdf/export-pdfs.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { serveStatic } from '../serve/serve-static.ts';
import { formatLiveLoad } from './format-live-load.ts';
import {
  formatBudgets,
  formatCriticalPath,
  formatLighthouse,
  formatPaints,
  formatRequestsBeforeTitle,
  formatSite,
} from './format-report.ts';
import { formatSoak } from './format-soak.ts';
import { formatSteppingWalks } from './format-stepping-walk.ts';
import type { LighthouseResult } from './lighthouse-result.ts';
import { LIVE_LOAD, loadLiveServer } from './load-live-server.ts';
import { VIEWPORT } from './measure-page-load.ts';
import { runLighthouse } from './run-lighthouse.ts';
import { soakDevServer } from './soak-dev-server.ts';
import { type LighthouseSummary, summariseLighthouse } from './summarise-lighthouse.ts';
import { formatHostileLoads, timeHostileLoads } from './time-hostile-loads.ts';
import { timePageLoads } from './time-page-loads.ts';
import { PDF_EXPORT_TARGET_MS, timePdfExport } from './time-pdf-export.ts';
import { timeSteppingWalk } from './time-stepping-walk.ts';

const USAGE = `Usage: npm run bench [-- options]

Builds the site into a private temporary folder, serves it on 127.0.0.1 and reports paint times, bytes
before the first slide shows, the critical path and byte budgets, the whole site's size, Lighthouse
scores (mobile and desktop), how long the PDF export takes, and the live server under a room's load. Times are reported, never judged: it
exits 0 whenever it could measure, 1 when it could not.

Options:
  --runs <n>      page loads per page, reported as medians (default 5)
  --lighthouse-runs <n>
                  Lighthouse runs per preset, reported as medians (default 3)
  --quick         skip Lighthouse
  --soak-edits <n>
                  edits of the dev-server soak, bad and good in turn (default 100; 0 skips it)
  --live-clients <n>
                  audience clients of the live server's load scenario (default ${LIVE_LOAD.defaultClients},
                  at most ${LIVE_LOAD.maxClients}; 0 skips it)
  --dist <dir>    measure this existing build instead of building (e.g. --dist dist)
  -h, --help      show this text`;

const projectRoot = PROJECT_ROOT;

/** The command line's edge: builds, measures, prints the report, and sets the exit code. */
async function main(): Promise<void> {
  const options = readOptions();
  if (options.help) return console.log(USAGE);
  const chromiumPath = locateChromium({ headlessShell: false });
  if (!chromiumPath) throw new Error(`No Chromium found to measure with. ${HOW_TO_GET_CHROMIUM}`);
  const runs = wholeNumber('--runs', options.runs);
  const lighthouseRuns = wholeNumber('--lighthouse-runs', options['lighthouse-runs']);
  const build = await prepareBuild(options.dist);
  let measured: { report: string[]; failures: string[] };
  try {
    measured = await measureAll(
      build.dir,
      chromiumPath,
      runs,
      options.quick ? 0 : lighthouseRuns,
      wholeNumber('--soak-edits', options['soak-edits'], 0),
      Math.min(LIVE_LOAD.maxClients, wholeNumber('--live-clients', options['live-clients'], 0)),
    );
  } finally {
    build.remove();
  }
  const built = options.dist === undefined ? 'a fresh build of the working tree' : resolve(options.dist);
  console.log(`\nnpm run bench: ${built}\n\n${measured.report.join('\n\n')}`);
  if (measured.failures.length > 0) {
    const lines = measured.failures.map((line) => `  - ${line}`).join('\n');
    console.error(`\nnpm run bench could not measure everything:\n${lines}`);
    process.exitCode = 1;
  }
}

/**
 * Measures the build in `dir`, each part on its own: a part that fails is named in `failures` and the
 * others are still reported.
 */
async function measureAll(
  dir: string,
  chromiumPath: string,
  runs: number,
  lighthouseRuns: number,
  soakEdits: number,
  liveClients: number,
) {
  const report: string[] = [];
  const failures: string[] = [];
  const attempt = async (what: string, measure: () => Promise<string>) => {
    try {
      report.push(await measure());
    } catch (error) {
      failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await attempt('bytes', async () => {
    const sizes = { criticalPath: await measureCriticalPath(dir), site: measureSite(dir) };
    const budgets = checkBudgets(sizes);
    return [formatCriticalPath(sizes.criticalPath), formatBudgets(budgets), formatSite(sizes.site)].join(
      '\n\n',
    );
  });
  await attempt('page loads', async () => {
    const { chromium, loads } = await timePageLoads(chromiumPath, dir, runs, log);
    if (loads.deck.every((load) => load.title === undefined)) {
      failures.push(
        "page loads: the deck's first slide title was never painted, so nothing was timed to it.",
      );
    }
    const setting = `Headless Chromium ${chromium}, ${VIEWPORT.width}×${VIEWPORT.height}, a fresh context with the cache disabled for each load, no throttling.`;
    return [setting, formatPaints(loads), formatRequestsBeforeTitle(loads.deck)].join('\n\n');
  });
  if (lighthouseRuns > 0) {
    await attempt('Lighthouse', async () =>
      formatLighthouse(await runLighthouseOnBuild(dir, chromiumPath, lighthouseRuns)),
    );
  }
  await attempt('hostile decks', async () => {
    log('Timing the loader on decks of many mistakes');
    return formatHostileLoads(timeHostileLoads(projectRoot));
  });
  if (soakEdits > 0) {
    await attempt('dev-server soak', async () => {
      log(`Soaking the dev server with ${soakEdits} edits`);
      return formatSoak(await soakDevServer(projectRoot, soakEdits));
    });
  }
  if (liveClients > 0)
    await attempt('live server load', async () =>
      formatLiveLoad(await loadLiveServer(dir, liveClients, log)),
    );
  await attempt('stepping walk', async () => {
    log('Stepping through the talk in the slides view and the reading view');
    const server = await serveStatic(dir);
    const browser = await launchChromium(chromiumPath);
    try {
      const slides = await timeSteppingWalk(browser, server.url, 'slides');
      const reading = await timeSteppingWalk(browser, server.url, 'reading');
      return formatSteppingWalks(browser.version(), [slides, reading]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
  await attempt('PDF export', async () => {
    log('Timing the PDF export');
    const pdf = await timePdfExport(dir, chromiumPath);
    const files = pdf.files.map((file) => `${file.file} ${file.pages} pages in ${seconds(file.ms)}`);
    const verdict = pdf.ms <= PDF_EXPORT_TARGET_MS ? 'within' : 'OVER';
    return (
      `npm run pdf's export (exportPdfs, without its build check): ${seconds(pdf.ms)} for both, ${verdict} ` +
      `the target of ${seconds(PDF_EXPORT_TARGET_MS)} (${files.join(', ')}; printed at the same time).`
    );
  });
  return { report, failures };
}

/** Lighthouse `runs` times on the mobile, then the desktop preset, against one server of the build. */
async function runLighthouseOnBuild(
  dir: string,
  chromiumPath: string,
  runs: number,
): Promise<LighthouseSummary[]> {
  const server = await serveStatic(dir);
  try {
    const summaries: LighthouseSummary[] = [];
    for (const preset of ['mobile', 'desktop'] as const) {
      const results: LighthouseResult[] = [];
      for (let run = 1; run <= runs; run++) {
        log(`Lighthouse: ${preset}, run ${run} of ${runs}`);
        results.push(await runLighthouse(`${server.url}/`, chromiumPath, preset));
      }
      summaries.push(summariseLighthouse(results));
    }
    return summaries;
  } finally {
    await server.close();
  }
}

/**
 * The build to measure: `--dist`'s folder as it is, or a fresh production build in a private temporary
 * folder (removed afterwards), so that the numbers are today's sources and an `npm run build` elsewhere
 * cannot empty the folder mid-run.
 */
async function prepareBuild(dist: string | undefined): Promise<{ dir: string; remove: () => void }> {
  if (dist !== undefined) {
    const dir = resolve(dist);
    if (!existsSync(join(dir, 'index.html'))) {
      throw new Error(
        `${dir} holds no built site (no index.html): run \`npm run build\`, or leave out --dist.`,
      );
    }
    return { dir, remove: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  log('Building the site into a temporary folder');
  try {
    await buildSite(projectRoot, dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A count given on the command line: a whole number from 1. */
function wholeNumber(option: string, value: string, least = 1): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < least) {
    throw new Error(`${option} must be a whole number from ${least}, not "${value}".`);
  }
  return count;
}

function readOptions() {
  return parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      'lighthouse-runs': { type: 'string', default: '3' },
      'soak-edits': { type: 'string', default: '100' },
      'live-clients': { type: 'string', default: String(LIVE_LOAD.defaultClients) },
      quick: { type: 'boolean', default: false },
      dist: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
}

function log(line: string): void {
  console.log(`… ${line}`);
}

main().catch((error: unknown) => {
  console.error(
    `\nnpm run bench could not measure: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
