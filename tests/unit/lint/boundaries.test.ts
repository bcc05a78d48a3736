import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const project = resolve(import.meta.dirname, '../../..');
const biome = join(project, 'node_modules/.bin/biome');

/**
 * The folder rules of .biome.json, tried on a scratch tree shaped like src/: each case is a file that
 * crosses a boundary, and `biome lint` must refuse it with the rule's own message.
 */
const crossings = [
  {
    file: 'src/render/render-chart.ts',
    source:
      "import { mountCharts } from '../browser/charts/mount-charts.ts';\nexport const a = mountCharts;\n",
    message: 'Node code never imports browser code',
  },
  {
    file: 'src/browser/deck/read-slides.ts',
    source: "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
    message: 'browser code runs in the page: no Node modules',
  },
  {
    file: 'src/parse/parse-thing.ts',
    source: "import { renderDeck } from '../render/render-deck.ts';\nexport const a = renderDeck;\n",
    message: 'parsing makes the Deck: rendering and the site come after it',
  },
  {
    file: 'src/deck/deck.ts',
    source: "import { loadDeck } from '../parse/load-deck.ts';\nexport const a = loadDeck;\n",
    message: 'the Deck model is the bottom layer',
  },
  {
    file: 'src/live/store-ballots.ts',
    source: "import { writeFileSync } from 'node:fs';\nexport const a = writeFileSync;\n",
    message: 'the live protocol is pure',
  },
  {
    file: 'src/live/show-poll.ts',
    source:
      "import { mountCharts } from '../browser/charts/mount-charts.ts';\nexport const a = mountCharts;\n",
    message: 'the live protocol is shared by the page and the server',
  },
  {
    file: 'src/data/talk.ts',
    source: "import { Slide } from '../deck/deck.ts';\nexport type A = Slide;\n",
    message: 'src/data/ imports nothing',
  },
];

let scratch = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'deck-boundaries-'));
  const config = JSON.parse(await readFile(join(project, '.biome.json'), 'utf8'));
  // The scratch tree is no git checkout: Biome must not look for one.
  config.vcs = { enabled: false };
  delete config.$schema;
  await writeFile(join(scratch, 'biome.json'), JSON.stringify(config));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function lint(file: string, source: string): Promise<{ ok: boolean; output: string }> {
  const path = join(scratch, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, source);
  try {
    const { stdout, stderr } = await run(biome, ['lint', '--max-diagnostics=50', file], { cwd: scratch });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  } finally {
    await rm(path);
  }
}

describe('the folder boundaries', () => {
  it.each(crossings)('refuses $file crossing one', async ({ file, source, message }) => {
    const { ok, output } = await lint(file, source);
    expect(ok).toBe(false);
    expect(output).toContain('noRestrictedImports');
    expect(output).toContain(message);
  });

  it('lets an import that keeps to the layers through', async () => {
    const { ok, output } = await lint(
      'src/render/render-thing.ts',
      "import type { Deck } from '../deck/deck.ts';\nexport type A = Deck;\n",
    );
    expect(output).not.toContain('noRestrictedImports');
    expect(ok).toBe(true);
  });
});
