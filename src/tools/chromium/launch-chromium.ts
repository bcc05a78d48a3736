import { type Browser, chromium } from 'playwright-core';

/** Flags for a quiet, offline-friendly Chromium in a container: no sandbox, GPU or phoning home. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts a headless Chromium with a fresh profile: the one launch shared by `npm run pdf` and the
 * browser tests. Rejects when the executable will not start.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
