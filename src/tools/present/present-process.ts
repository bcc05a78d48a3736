import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * `npm run present` running as its own process, as the presenter starts it: for the browser tests, which
 * kill it and start it again, and for the bench, which loads it from outside.
 */
export interface LiveServerProcess {
  readonly origin: string;
  readonly projector: string;
  readonly remote: string;
  readonly audience: string;
  /** The server's process id, to read its memory. */
  readonly pid: number;
  /** Kills it at once (SIGKILL: no chance to save anything on the way out). */
  kill(): Promise<void>;
}

/** A free port on loopback, so that a restarted server comes back where the pages knew it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts the live server on loopback at `port`, serving `distDir` and keeping its state in `stateDir`;
 * resolves with the addresses it printed once it has printed the last of them.
 */
export function startLiveServerProcess(
  projectRoot: string,
  options: { distDir: string; stateDir: string; port: number },
): Promise<LiveServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // One process, so that killing it kills the server (tsx's own command line would run a child).
      '--import',
      'tsx',
      join(projectRoot, 'src/tools/present/cli.ts'),
      '--port',
      String(options.port),
      '--host',
      '127.0.0.1',
      '--dist',
      options.distDir,
      '--state',
      options.stateDir,
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const found = (label: string) => new RegExp(`${label}[^\\n]*\\n\\s+(http\\S+)`).exec(output)?.[1];
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const [projector, remote, audience] = ['Projector', 'Remote', 'Audience'].map(found);
      if (!projector || !remote || !audience || !output.includes('state is kept')) return;
      resolve({
        origin: `http://127.0.0.1:${options.port}`,
        pid: child.pid ?? 0,
        projector,
        remote,
        audience,
        kill: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`npm run present stopped (${code}):\n${output}`)));
  });
}
