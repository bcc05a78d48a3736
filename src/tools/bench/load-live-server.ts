import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { LIVE_PATHS } from '../../live/live-paths.ts';
import type { PollResults, ServerMessage } from '../../live/messages.ts';
import type { LiveOutline } from '../../live/outline.ts';
import { freePort, startLiveServerProcess } from '../present/present-process.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { percentile } from './percentile.ts';

/** The load the bench puts on one live server, and the figures it must reach on this 2-core machine. */
export const LIVE_LOAD = Object.freeze({
  defaultClients: 300,
  /** Above this the bench's own process, not the server, would be what is measured. */
  maxClients: 1000,
  /** The whole scenario stops after this long, whatever it has reached. */
  timeLimitMs: 180_000,
  /** A move not seen by every client in this long counts as lost. */
  moveTimeoutMs: 5_000,
  targets: { clients: 300, p99Ms: 100 },
});

export interface LiveLoadResult {
  readonly clients: number;
  readonly connectMs: number;
  readonly connectP95Ms: number;
  readonly moves: number;
  /** Milliseconds from the remote's Next to each client's message, over every client and move. */
  readonly fanOut: readonly number[];
  /** Moves that some client never saw in time. */
  readonly lostMoves: number;
  readonly votesCast: number;
  readonly votesCounted: number;
  readonly votersCounted: number;
  readonly errors: readonly string[];
  /** Server memory (resident set) before the clients and with them all connected; 0 when unknown. */
  readonly rssBefore: number;
  readonly rssWith: number;
}

/**
 * Starts `npm run present` as its own process on loopback, serving `distDir`, connects `clients`
 * audience clients, steps the remote through the whole talk timing how long each move takes to reach
 * every client, then has every client vote in the talk's first poll and compares the counts.
 */
export async function loadLiveServer(
  distDir: string,
  clients: number,
  log: (line: string) => void,
): Promise<LiveLoadResult> {
  const stateDir = mkdtempSync(join(tmpdir(), 'bench-present-'));
  const server = await startLiveServerProcess(PROJECT_ROOT, { distDir, stateDir, port: await freePort() });
  const deadline = Date.now() + LIVE_LOAD.timeLimitMs;
  const errors: string[] = [];
  const sockets: WebSocket[] = [];
  let measuring = true;
  try {
    const outline = (await (await fetch(`${server.origin}${LIVE_PATHS.outline}`)).json()) as LiveOutline;
    const key = new URL(server.remote).searchParams.get('key') ?? '';
    const channel = `ws://127.0.0.1:${new URL(server.origin).port}${LIVE_PATHS.channel}`;
    const rssBefore = residentSet(server.pid);
    const seen: ((message: ServerMessage, at: number) => void)[] = [];
    const open = (role: 'audience' | 'remote', index: number) =>
      new Promise<{ socket: WebSocket; ms: number }>((resolve, reject) => {
        const started = performance.now();
        const socket = new WebSocket(channel, {
          origin: server.origin,
          perMessageDeflate: false,
          localAddress: phoneAddress(index),
        });
        sockets.push(socket);
        socket.on('open', () =>
          socket.send(
            JSON.stringify({
              type: 'hello',
              role,
              device: `bench-device-${String(index).padStart(8, '0')}`,
              ...(role === 'remote' ? { key } : {}),
            }),
          ),
        );
        socket.on('message', (data) => {
          const message = JSON.parse(data.toString()) as ServerMessage;
          if (message.type === 'welcome') resolve({ socket, ms: performance.now() - started });
          // What the audience sees is timed; the remote's own copy is not.
          if (role === 'audience') for (const listener of seen) listener(message, performance.now());
        });
        socket.on('error', (error) => {
          errors.push(`${role} ${index}: ${error.message}`);
          reject(error);
        });
        socket.on('close', (code) => {
          if (measuring) errors.push(`${role} ${index} closed with ${code}`);
        });
      });

    log(`Live server: connecting ${clients} audience clients`);
    const started = performance.now();
    const audience = await Promise.all(
      Array.from({ length: clients }, (_, index) => open('audience', index)),
    );
    const connectMs = performance.now() - started;
    const remote = (await open('remote', clients)).socket;
    const rssWith = residentSet(server.pid);

    // Each move: the time from the remote's Next to every client's position message.
    const fanOut: number[] = [];
    let lostMoves = 0;
    const moves = outline.slides.reduce((sum, slide) => sum + slide.steps + 1, -1);
    log(`Live server: the remote steps through ${moves} moves`);
    for (let move = 0; move < moves && Date.now() < deadline; move++) {
      const times = await timeBroadcast(
        seen,
        clients,
        (message) => message.type === 'position',
        () => remote.send(JSON.stringify({ type: 'step', by: 1 })),
      );
      fanOut.push(...times);
      if (times.length < clients) lostMoves++;
    }

    const poll = outline.slides.find((slide) => slide.poll)?.poll;
    let votesCast = 0;
    let results: PollResults | undefined;
    if (poll) {
      log(`Live server: every client votes in the poll "${poll.id}"`);
      seen.push((message) => {
        if (message.type === 'poll' && message.poll.id === poll.id) results = message.poll;
      });
      for (const [index, { socket }] of audience.entries()) {
        const choice = index % poll.options.length;
        votesCast++;
        socket.send(JSON.stringify({ type: 'vote', poll: poll.id, choices: [choice] }));
      }
      await waitFor(() => (results?.voters ?? 0) >= clients || Date.now() > deadline, 10_000);
    }
    const counted = results?.counts.reduce((sum, count) => sum + count, 0) ?? 0;
    measuring = false;
    return {
      clients,
      connectMs,
      connectP95Ms:
        percentile(
          audience.map(({ ms }) => ms),
          0.95,
        ) ?? 0,
      moves,
      fanOut,
      lostMoves,
      votesCast,
      votesCounted: counted,
      votersCounted: results?.voters ?? 0,
      errors,
      rssBefore,
      rssWith,
    };
  } finally {
    measuring = false;
    for (const socket of sockets) socket.terminate();
    await server.kill();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

/** Sends with `send`, then collects when each client sees a message `matches`, for up to the move timeout. */
function timeBroadcast(
  seen: ((message: ServerMessage, at: number) => void)[],
  clients: number,
  matches: (message: ServerMessage) => boolean,
  send: () => void,
): Promise<number[]> {
  return new Promise((resolve) => {
    const times: number[] = [];
    let sent = 0;
    const listener = (message: ServerMessage, at: number) => {
      if (!matches(message)) return;
      times.push(at - sent);
      if (times.length >= clients) finish();
    };
    const timer = setTimeout(() => finish(), LIVE_LOAD.moveTimeoutMs);
    const finish = () => {
      clearTimeout(timer);
      seen.splice(seen.indexOf(listener), 1);
      resolve(times);
    };
    seen.push(listener);
    sent = performance.now();
    send();
  });
}

function waitFor(done: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => (done() || Date.now() > until ? resolve() : setTimeout(check, 20));
    check();
  });
}

/**
 * The loopback address simulated phone `index` connects from: each its own, as each phone in a room has,
 * since the server limits the connections of one address. Linux answers on the whole of 127.0.0.0/8.
 */
function phoneAddress(index: number): string {
  return `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`;
}

/** A process's resident set in bytes, from /proc (Linux); 0 where there is none. */
function residentSet(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}
