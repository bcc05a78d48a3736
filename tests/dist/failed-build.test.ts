import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { copyProject } from '../../src/tools/copy-project.ts';

const BROKEN_SLIDE = 'slides/17-broken.md';

const projectRoot = inject('projectRoot');
const run = promisify(execFile);
/** tsx's command line, run by this Node: what `npm run build` runs. */
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
let copyRoot: string;

beforeAll(() => {
  copyRoot = copyProject(projectRoot, 'deck-failed-build-');
});

afterAll(() => {
  if (copyRoot) rmSync(copyRoot, { recursive: true, force: true });
});

describe('a build that fails on a slide mistake', () => {
  it('reports the mistake and leaves the last good site in dist/ exactly as it was', async () => {
    await buildCopy();
    const before = fingerprint(join(copyRoot, 'dist'));
    expect(Object.keys(before)).toContain('index.html');

    writeFileSync(
      join(copyRoot, BROKEN_SLIDE),
      '---\ntitle: A mistake\n---\n\n## A mistake\n\n<script>alert("lost")</script>\n',
    );

    await expect(buildCopy()).rejects.toThrow(
      `${BROKEN_SLIDE}:7: raw HTML "<script>" is not allowed in slides`,
    );
    expect(fingerprint(join(copyRoot, 'dist'))).toEqual(before);
  });

  it('shows the author, through npm run build, the mistakes and hints and no stack trace', async () => {
    writeFileSync(
      join(copyRoot, BROKEN_SLIDE),
      '---\ntitle: A mistake\n---\n\n## A mistake [@nope]\n\n![A lamp](../package.json)\n',
    );
    const failure = await run(process.execPath, [TSX_CLI, 'src/tools/build/cli.ts'], {
      cwd: copyRoot,
      env: { ...process.env, NODE_ENV: 'production' },
    }).then(
      () => undefined,
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const output = `${failure?.stdout ?? ''}${failure?.stderr ?? ''}`;
    expect(output).toContain(`${BROKEN_SLIDE}:5: unknown citation "@nope"`);
    expect(output).toContain(`${BROKEN_SLIDE}:7: image "../package.json" is outside the picture folders`);
    expect(output).toContain('hint: ');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('node_modules');
  });
});

/** Builds the copy of the project for production, quietly. */
async function buildCopy(): Promise<void> {
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle as a non-production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: copyRoot,
      configFile: join(copyRoot, 'vite.config.ts'),
      cacheDir: join(copyRoot, '.vite'),
      logLevel: 'silent',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Every file under `dir`, by path relative to it, with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => [
      relative(dir, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
