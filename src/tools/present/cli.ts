import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { restoreState } from '../../live/stored-state.ts';
import { loadDeckFromDisk } from '../../site/read-slide-sources.ts';
import { buildSite, whyBuild } from '../build-site.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { ExportError } from '../tool-error.ts';
import { createOutline } from './create-outline.ts';
import { resultsAsCsv, resultsAsJson } from './export-results.ts';
import { findLanAddress } from './lan-address.ts';
import { STATE_FILE, startPresenting } from './start-presenting.ts';
import { createStateFile } from './state-file.ts';

const DEFAULT_PORT = 8080;

const USAGE = `Usage: npm run present [-- options]

Serves the deck to the room: the projector, the speaker's phone as a remote, and the audience's phones,
over this machine's own network (no internet needed). Builds the site first when dist/ is out of date.
The talk's place and the poll's answers are kept in .present/, so a restart carries on where it was.

Options:
  --port <n>        port to listen on (default ${DEFAULT_PORT})
  --host <address>  this machine's address on the room's network (default: found by itself)
  --fresh           start from the first slide with every poll empty
  --export <file>   write the polls' results to a .csv or .json file, and stop
  --rebuild         build the site even if dist/ looks up to date
  --no-build        serve dist/ as it is
  --dist <folder>   serve this built site instead of dist/ (never built here)
  --state <folder>  keep the state in this folder instead of .present/
  -h, --help        show this text`;

const DIST_DIR = join(PROJECT_ROOT, 'dist');
const STATE_DIR = join(PROJECT_ROOT, '.present');

async function main(): Promise<void> {
  const values = readOptions();
  if (values.help) return console.log(USAGE);
  const stateDir = values.state ? resolve(values.state) : STATE_DIR;
  if (values.export) return exportResults(values.export, stateDir);
  const distDir = values.dist ? resolve(values.dist) : DIST_DIR;
  if (!values.dist) await ensureBuild(values.rebuild, values['no-build']);
  const lanAddress = values.host ?? findLanAddress();
  const presenting = await startPresenting({
    projectRoot: PROJECT_ROOT,
    distDir,
    stateDir,
    lanAddress,
    port: values.port === undefined ? DEFAULT_PORT : port(values.port),
    fresh: values.fresh,
  });
  const { projector, remote, audience } = presenting.addresses;
  console.log('\nPresenting together. Keep this window open; Ctrl+C stops it.\n');
  if (!lanAddress)
    console.log(
      'No network found: only this laptop can join. Join a wifi or start a hotspot, then restart.\n',
    );
  await printAddress('Projector: open on this laptop, on the projector screen', projector, false);
  await printAddress(
    "Remote: scan with the speaker's phone (it carries the key: keep it to yourself)",
    remote,
    true,
  );
  await printAddress('Audience: show this to the room (the follow-along slides show it too)', audience, true);
  console.log(`The talk's state is kept in ${relative(process.cwd(), join(stateDir, STATE_FILE))}.`);
  const stop = () => {
    void presenting.server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function printAddress(label: string, url: string, withCode: boolean): Promise<void> {
  console.log(`${label}\n  ${url}`);
  if (withCode)
    console.log(await QRCode.toString(url, { type: 'terminal', small: true, errorCorrectionLevel: 'L' }));
  else console.log('');
}

function exportResults(file: string, stateDir: string): void {
  const loaded = loadDeckFromDisk(PROJECT_ROOT);
  if (!loaded.ok)
    throw new ExportError(
      'The slides have mistakes.',
      'Run `npm run build` to see them, fix them, and export again.',
    );
  const outline = createOutline(loaded.deck);
  const stored = createStateFile(join(stateDir, STATE_FILE)).read();
  if (stored === undefined)
    throw new ExportError(
      'There are no results yet: .present/state.json is missing.',
      'Present the talk with `npm run present` first.',
    );
  const state = restoreState(outline, stored);
  if (file.endsWith('.csv')) writeFileSync(file, resultsAsCsv(outline, state));
  else if (file.endsWith('.json')) writeFileSync(file, resultsAsJson(outline, state));
  else throw new ExportError(`Cannot tell the format of "${file}".`, 'Name a file ending in .csv or .json.');
  console.log(`Wrote the polls' results to ${file}.`);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        fresh: { type: 'boolean', default: false },
        export: { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        dist: { type: 'string' },
        state: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new ExportError(error instanceof Error ? error.message : String(error), USAGE);
  }
}

async function ensureBuild(rebuild: boolean, noBuild: boolean): Promise<void> {
  const reason = rebuild ? 'asked to rebuild' : whyBuild(PROJECT_ROOT, DIST_DIR);
  if (!reason || (noBuild && reason !== 'missing')) return;
  if (noBuild)
    throw new ExportError('dist/ holds no built site.', 'Run `npm run build`, or leave out --no-build.');
  console.log(
    `Building the site into dist/ (${reason === 'missing' ? 'dist/ has no built site' : reason === 'outdated' ? 'the sources changed' : reason})`,
  );
  await buildSite(PROJECT_ROOT, DIST_DIR);
}

function port(text: string): number {
  const value = Number(text);
  if (Number.isInteger(value) && value >= 0 && value < 65536) return value;
  throw new ExportError(`--port must be a port number, not "${text}".`, USAGE);
}

main().catch((error: unknown) => {
  if (error instanceof ExportError)
    console.error(`\nnpm run present failed: ${error.message}\n\nHow to fix it: ${error.hint}`);
  else console.error('\nnpm run present failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
