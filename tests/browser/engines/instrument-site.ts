import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
