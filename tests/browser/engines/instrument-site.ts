import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { recordPageProblems } from './record-page-problems.ts';

/** The recorder's file in the instrumented copy. */
const RECORDER_FILE = 'engine-recorder.js';

/**
 * A copy of the built site whose pages load `recordPageProblems` before anything else: for WebKit over
 * classic WebDriver, which can neither run a script before the page's own nor report console messages,
 * CSP violations or requests. The recorder is the first element of `<head>`, a same-origin script (the
 * CSP allows 'self'), so the page is otherwise the built one. Returns the copy's folder.
 */
export function instrumentForWebKit(distDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'deck-webkit-'));
  cpSync(distDir, copy, { recursive: true });
  writeFileSync(join(copy, RECORDER_FILE), `(${recordPageProblems.toString()})();\n`);
  for (const name of readdirSync(copy).filter((file) => file.endsWith('.html'))) {
    const html = readFileSync(join(copy, name), 'utf8');
    if (!html.includes('<head>')) throw new Error(`${name} has no <head> to put the recorder in.`);
    writeFileSync(join(copy, name), html.replace('<head>', `<head><script src="${RECORDER_FILE}"></script>`));
  }
  return copy;
}

/**
 * A copy of a single-file build that runs `recordPageProblems` first, for WebKit as above. A file has no
 * folder to load a script from, so the recorder is inline, and its hash joins the file's own policy's
 * `script-src`: the policy stays as strict for everything else. Returns the copy's path.
 */
export function instrumentSingleFileForWebKit(file: string): string {
  const recorder = `(${recordPageProblems.toString()})();`;
  const hash = `'sha256-${createHash('sha256').update(recorder).digest('base64')}'`;
  const html = readFileSync(file, 'utf8');
  const withPolicy = html.replace(/(http-equiv="Content-Security-Policy"[^>]*?script-src )/, `$1${hash} `);
  if (withPolicy === html || !html.includes('<head>'))
    throw new Error(`${basename(file)} has no <head> and script-src policy to put the recorder in.`);
  const copy = join(mkdtempSync(join(tmpdir(), 'deck-webkit-file-')), basename(file));
  writeFileSync(copy, withPolicy.replace('<head>', `<head><script>${recorder}</script>`));
  return copy;
}
