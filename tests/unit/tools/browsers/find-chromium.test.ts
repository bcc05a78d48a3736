import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateChromium } from '../../../../src/tools/browsers/find-chromium.ts';

let dir = '';
const saved = process.env.CHROMIUM_PATH;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe('finding a Chromium', () => {
  it('takes CHROMIUM_PATH first, before any installed browser', () => {
    const executable = join(dir, 'my-chromium');
    writeFileSync(executable, '#!/bin/sh\n');
    chmodSync(executable, 0o755);
    process.env.CHROMIUM_PATH = executable;
    expect(locateChromium()).toBe(executable);
  });

  it('refuses a CHROMIUM_PATH that is no executable file, saying what to do', () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a browser');
    process.env.CHROMIUM_PATH = text;
    expect(() => locateChromium()).toThrow(
      /CHROMIUM_PATH is ".*notes\.txt", which is not an executable file/,
    );
    process.env.CHROMIUM_PATH = dir;
    expect(() => locateChromium()).toThrow(/not an executable file: point it at a Chromium/);
  });
});
