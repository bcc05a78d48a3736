import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LIVE_PATHS } from '../../src/live/live-paths.ts';
import { SINGLE_FILE_MODE } from '../../src/site/single-file-plugin.ts';
import { buildLiveClient } from '../../src/tools/present/build-live-client.ts';

const distDir = inject('distDir');
const projectRoot = inject('projectRoot');

/** Strings of the live client's code that survive minification: its channel's path and its words. */
const LIVE_MARKERS = [LIVE_PATHS.channel, 'Follow the speaker', 'Send my answer'];

let clientDir = '';
let singleDir = '';

const textFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|js|css)$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
const withLiveCode = (dir: string) =>
  textFiles(dir)
    .filter(({ text }) => LIVE_MARKERS.some((marker) => text.includes(marker)))
    .map(({ file }) => file);

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'deck-live-client-'));
  singleDir = mkdtempSync(join(tmpdir(), 'deck-single-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: projectRoot, mode: SINGLE_FILE_MODE, logLevel: 'warn', build: { outDir: singleDir } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await buildLiveClient(projectRoot, clientDir);
});

afterAll(() => {
  for (const dir of [clientDir, singleDir]) rmSync(dir, { recursive: true, force: true });
});

describe('the live code (presenting together)', () => {
  it('is in the live server’s own build, which these markers find', () => {
    expect(withLiveCode(clientDir)).toEqual(expect.arrayContaining([expect.stringMatching(/^live\/assets\/.*\.js$/)]));
  });

  it('is nowhere in the static site, on its critical path or off it, and its pages connect to no channel', () => {
    expect(withLiveCode(distDir)).toEqual([]);
    for (const page of ['index.html', 'handout.html']) {
      const html = readFileSync(join(distDir, page), 'utf8');
      expect(html).not.toContain(LIVE_PATHS.assetsPrefix);
      expect(html).toMatch(/connect-src 'self'[;"]/);
    }
  });

  it('is nowhere in the single file', () => {
    expect(withLiveCode(singleDir)).toEqual([]);
  });
});
