import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createServer } from 'vite';
import { copyProject } from '../copy-project.ts';

const SOAK_SLIDE = 'slides/99-soak.md';
/** How many times one edit's page is fetched before the soak calls the server stuck. */
const MAX_FETCHES_PER_EDIT = 200;

export interface SoakResult {
  readonly edits: number;
  readonly ms: number;
  /** Heap in use after a full collection, once the first page was served and after the last edit. */
  readonly heapStart: number;
  readonly heapEnd: number;
  readonly rssStart: number;
  readonly rssEnd: number;
  /** Edits after which the page was not as it should be: the deck under a bad edit, the new slide after a good one. */
  readonly wrong: readonly string[];
}

/**
 * Runs the Vite dev server on a private copy of the project and makes `edits` rapid edits to one slide
 * file, bad and good in turn. After each it fetches the page until it shows the edit: a bad edit must
 * leave the last good deck served with that mistake in the overlay, a good one the new slide. Measures
 * the process's memory, after a full collection, at the start and the end.
 */
export async function soakDevServer(projectRoot: string, edits: number): Promise<SoakResult> {
  const root = copyProject(projectRoot, 'deck-soak-');
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    cacheDir: join(root, '.vite'),
    logLevel: 'silent',
    server: { port: 0, fs: { allow: [root, join(projectRoot, 'node_modules')] } },
  });
  try {
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The dev server did not say where it listens.');
    const page = async () => (await fetch(url)).text();
    const overlay = async () => (await fetch(new URL('index.html?html-proxy&index=0.js', url))).text();
    writeFileSync(join(root, SOAK_SLIDE), goodSlide(0));
    await page();
    const start = memory();
    const started = performance.now();
    const wrong: string[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const bad = edit % 2 === 1;
      writeFileSync(join(root, SOAK_SLIDE), bad ? badSlide(edit) : goodSlide(edit));
      const shown = async () => {
        const html = await page();
        if (!bad) return html.includes(`Soak ${edit}<`) && !html.includes('html-proxy');
        return html.includes('<section id=') && (await overlay()).includes(`nope${edit}`);
      };
      let fetches = 0;
      while (!(await shown())) {
        fetches += 1;
        if (fetches >= MAX_FETCHES_PER_EDIT) {
          wrong.push(`edit ${edit} (${bad ? 'bad' : 'good'}): the page never showed it`);
          break;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const ms = performance.now() - started;
    const end = memory();
    return {
      edits,
      ms,
      heapStart: start.heap,
      heapEnd: end.heap,
      rssStart: start.rss,
      rssEnd: end.rss,
      wrong,
    };
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

function goodSlide(edit: number): string {
  return `---\ntitle: Soak\n---\n\n## Soak ${edit}\n\nA slide the soak rewrites.\n`;
}

function badSlide(edit: number): string {
  return `---\ntitle: Soak\n---\n\n## Soak ${edit}\n\nCited wrongly [@nope${edit}].\n`;
}

/** The heap after a full collection, and the resident set: garbage left lying would hide a leak. */
function memory(): { heap: number; rss: number } {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return { heap: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss };
}
