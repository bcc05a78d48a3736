import { spawn } from 'node:child_process';

/** A virtual X display, for a browser that needs one on a machine without a screen. */
export interface VirtualDisplay {
  /** The display's name, for `DISPLAY`: `:99`. */
  readonly display: string;
  /** Stops the X server. */
  stop(): void;
}

/** Big enough for the largest window the tests open (1280 × 720 content plus the browser's own bars). */
const SCREEN = '1920x1200x24';

/**
 * Starts Xvfb on the first free display and resolves once it is accepting clients: Xvfb writes the display
 * number to the descriptor `-displayfd` names only then, so no guessing and no sleep. Rejects with Xvfb's
 * own words when it exits first.
 */
export function startXvfb(xvfbPath: string): Promise<VirtualDisplay> {
  return new Promise((resolveStart, rejectStart) => {
    const child = spawn(xvfbPath, ['-displayfd', '1', '-screen', '0', SCREEN, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const number = /^(\d+)\n/.exec(output)?.[1];
      if (number !== undefined) resolveStart({ display: `:${number}`, stop: () => child.kill() });
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.once('error', rejectStart);
    child.once('exit', (code) =>
      rejectStart(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`)),
    );
  });
}
