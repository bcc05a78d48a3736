import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_CONNECTIONS_PER_ADDRESS } from '../../../../src/live/address-limit.ts';
import { CLOSE } from '../../../../src/live/close-codes.ts';
import { createLocalHub, type Hub } from '../../../../src/live/hub.ts';
import { LIVE_PATHS } from '../../../../src/live/live-paths.ts';
import { createLiveState } from '../../../../src/live/live-state.ts';
import { MAX_CLIENT_MESSAGE_BYTES, type Role, type ServerMessage } from '../../../../src/live/messages.ts';
import { RATE_LIMITS } from '../../../../src/live/rate-limit.ts';
import {
  type LiveServer,
  type LiveServerOptions,
  startLiveServer,
} from '../../../../src/tools/present/live-server.ts';
import { createKeyCheck } from '../../../../src/tools/present/remote-key.ts';
import { DEVICE, OTHER_DEVICE, OUTLINE } from '../../live/outline-fixture.ts';
import { type LiveSocket, type LiveSocketOptions, openLiveSocket } from './live-socket.ts';

const KEY = 'the-remote-key';
/** The built files the server reads when it starts: the deck page (with a policy to widen) and the remote's. */
const DECK_PAGE =
  '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"></head><body></body></html>';
const REMOTE_PAGE = '<!doctype html><title>Remote</title>';

let distDir = '';
let clientDir = '';
let server: LiveServer | undefined;
let hub: Hub;
let sockets: LiveSocket[] = [];

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'live-server-test-'));
  distDir = join(root, 'dist');
  clientDir = join(root, 'client');
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'index.html'), DECK_PAGE);
  mkdirSync(dirname(join(clientDir, LIVE_PATHS.remoteFile)), { recursive: true });
  writeFileSync(join(clientDir, LIVE_PATHS.remoteFile), REMOTE_PAGE);
});

afterEach(async () => {
  for (const { socket } of sockets) socket.terminate();
  sockets = [];
  await server?.close();
  server = undefined;
});

afterAll(() => rmSync(dirname(distDir), { recursive: true, force: true }));

/** Starts the server on loopback at a free port, its clock stopped so that no rate limit refills. */
async function start(options: Partial<LiveServerOptions> = {}): Promise<LiveServer> {
  hub = createLocalHub(OUTLINE, createLiveState(OUTLINE), () => undefined);
  server = await startLiveServer({
    distDir,
    clientDir,
    assets: { scripts: [], styles: [] },
    outline: OUTLINE,
    hub,
    isKey: createKeyCheck(KEY),
    hosts: ['127.0.0.1'],
    port: 0,
    audienceUrl: (port) => `http://127.0.0.1:${port}/`,
    audienceQrSvg: async () => '<svg xmlns="http://www.w3.org/2000/svg"/>',
    now: () => 1_000_000,
    ...options,
  });
  return server;
}

const channelOf = (live: LiveServer) => `ws://127.0.0.1:${live.port}${LIVE_PATHS.channel}`;

function open(live: LiveServer, options?: LiveSocketOptions): LiveSocket {
  const socket = openLiveSocket(channelOf(live), options);
  sockets.push(socket);
  return socket;
}

/** Opens a connection and says hello as `role` (with the key, for the presenter's roles); resolves once welcomed. */
async function connectAs(live: LiveServer, role: Role, device = DEVICE, options?: LiveSocketOptions) {
  const socket = open(live, options);
  await socket.opened;
  const welcome = socket.next((message) => message.type === 'welcome');
  socket.send({ type: 'hello', role, device, ...(role === 'audience' ? {} : { key: KEY }) });
  await welcome;
  return socket;
}

/** The remote steps once, and resolves once `follower` sees the move. */
async function expectRoomMoves(remote: LiveSocket, follower: LiveSocket): Promise<void> {
  const moved = follower.next((message) => message.type === 'position');
  remote.send({ type: 'step', by: 1 });
  expect(await moved).toMatchObject({ type: 'position' });
}

function httpStatus(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path: '/?view=scroll', headers: { Host: host } });
    sent.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('the live server, over real sockets', () => {
  it('answers only to its own addresses: a page asked for under another host gets 421', async () => {
    const live = await start();
    expect(await httpStatus(live.port, `127.0.0.1:${live.port}`)).toBe(200);
    expect(await httpStatus(live.port, `evil.example:${live.port}`)).toBe(421);
  });

  it('refuses the channel under another host, even from that host’s own page (DNS rebinding)', async () => {
    const live = await start();
    const rebound = `evil.example:${live.port}`;
    const socket = open(live, { host: rebound, origin: `http://${rebound}` });
    expect(await socket.ended).toEqual({ refused: 403 });
  });

  it('refuses the channel opened from a page of another origin', async () => {
    const live = await start();
    const socket = open(live, { origin: 'http://evil.example' });
    expect(await socket.ended).toEqual({ refused: 403 });
  });

  it.each([
    ['not JSON', (socket: LiveSocket) => socket.socket.send('{"type": "vote",')],
    [
      'not one of the messages',
      (socket: LiveSocket) =>
        socket.socket.send(JSON.stringify({ type: 'vote', poll: 'who', choices: 'all' })),
    ],
    [
      'binary',
      (socket: LiveSocket) =>
        socket.socket.send(Buffer.from(JSON.stringify({ type: 'vote', poll: 'who', choices: [0] }))),
    ],
  ])('closes a connection whose message is %s with 4400, and the room still moves', async (_, sendBad) => {
    const live = await start();
    const remote = await connectAs(live, 'remote');
    const follower = await connectAs(live, 'audience', OTHER_DEVICE);
    const bad = await connectAs(live, 'audience');
    sendBad(bad);
    expect(await bad.ended).toEqual({ closed: CLOSE.malformed });
    await expectRoomMoves(remote, follower);
  });

  it('closes a frame over the size limit with 1009, and carries on', async () => {
    const live = await start();
    const remote = await connectAs(live, 'remote');
    const bad = await connectAs(live, 'audience');
    bad.socket.send('x'.repeat(MAX_CLIENT_MESSAGE_BYTES + 1));
    expect(await bad.ended).toMatchObject({ closed: { code: CLOSE.tooBig.code } });
    await expectRoomMoves(remote, await connectAs(live, 'audience', OTHER_DEVICE));
  });

  it('closes an audience page that moves the talk with 4403, the talk left where it was', async () => {
    const live = await start();
    const phone = await connectAs(live, 'audience');
    phone.send({ type: 'step', by: 1 });
    expect(await phone.ended).toEqual({ closed: CLOSE.forbidden });
    expect((await hub.snapshot()).position).toEqual({ slide: 'title', step: 0 });
  });

  it.each(['remote', 'projector'] as const)('closes a %s with a forged key with 4401', async (role) => {
    const live = await start();
    const forger = open(live);
    await forger.opened;
    forger.send({ type: 'hello', role, device: DEVICE, key: 'a-forged-key' });
    expect(await forger.ended).toEqual({ closed: CLOSE.unauthorised });
  });

  it('closes a connection that never says hello with 4408', async () => {
    const live = await start({ helloTimeoutMs: 50 });
    const silent = open(live);
    await silent.opened;
    expect(await silent.ended).toEqual({ closed: CLOSE.noHello });
  });

  it('closes a phone that sends more than its burst with 4429, after the ballots within it', async () => {
    const live = await start();
    const phone = await connectAs(live, 'audience');
    let ballots = 0;
    phone.socket.on('message', (data) => {
      if ((JSON.parse(data.toString()) as ServerMessage).type === 'ballot') ballots++;
    });
    // The hello took one message of the burst: the rest fit, one more is too many.
    for (let sent = 0; sent < RATE_LIMITS.audience.burst; sent++)
      phone.send({ type: 'vote', poll: 'one', choices: [sent % 2] });
    expect(await phone.ended).toEqual({ closed: CLOSE.tooFast });
    expect(ballots).toBe(RATE_LIMITS.audience.burst - 1);
  });

  it('refuses one device more than its connections with 429, while another device still connects', async () => {
    const live = await start();
    // Two phones on the room's network, as two loopback addresses.
    const phone = { localAddress: '127.0.0.2' };
    const held = Array.from({ length: MAX_CONNECTIONS_PER_ADDRESS }, () => open(live, phone));
    await Promise.all(held.map((socket) => socket.opened));
    expect(await open(live, phone).ended).toEqual({ refused: 429 });
    await connectAs(live, 'audience', OTHER_DEVICE, { localAddress: '127.0.0.3' });

    // A closed socket frees its place. connections() drops once ws has seen the socket close, after the
    // server released the address's count (its listener on the socket came first).
    held[0]?.socket.close();
    await vi.waitFor(() => expect(live.connections()).toBe(MAX_CONNECTIONS_PER_ADDRESS));
    await connectAs(live, 'audience', DEVICE, phone);
  });
});
