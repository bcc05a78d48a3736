import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { createAddressLimit, MAX_CONNECTIONS_PER_ADDRESS } from '../../live/address-limit.ts';
import { CLOSE } from '../../live/close-codes.ts';
import type { Hub } from '../../live/hub.ts';
import { createLiveConnection, type LiveConnection } from '../../live/live-connection.ts';
import { LIVE_PATHS } from '../../live/live-paths.ts';
import { MAX_CLIENT_MESSAGE_BYTES, type Role, type ServerMessage } from '../../live/messages.ts';
import type { LiveOutline } from '../../live/outline.ts';
import { createStaticHandler } from '../serve/serve-static.ts';
import { type LiveAssets, livePagePolicy, makeLivePage } from './live-page.ts';

export interface LiveServerOptions {
  /** The built site. */
  readonly distDir: string;
  /** The live client's build: its files are under `live/` in it, as the pages ask for them. */
  readonly clientDir: string;
  /** What the deck page loads for the live channel, and the remote's page, from the client's build. */
  readonly assets: LiveAssets;
  readonly outline: LiveOutline;
  readonly hub: Hub;
  readonly isKey: (key: string) => boolean;
  /** Addresses to listen on, loopback first: `['127.0.0.1', '192.168.1.20']`. */
  readonly hosts: readonly string[];
  /** 0 takes a free port (tests, the bench). */
  readonly port: number;
  /** The audience's address, and its QR code as SVG, for the follow-along slides. */
  readonly audienceUrl: (port: number) => string;
  readonly audienceQrSvg: (url: string) => Promise<string>;
  readonly now?: () => number;
  /** How long a connection may stay silent before its hello (default HELLO_TIMEOUT_MS): tests shorten it. */
  readonly helloTimeoutMs?: number;
}

export interface LiveServer {
  readonly port: number;
  /** Open WebSocket connections, said hello or not. */
  connections(): number;
  close(): Promise<void>;
}

/** A connection must say who it is within this time, or it is closed: a half-open socket costs memory. */
const HELLO_TIMEOUT_MS = 10_000;
/** A ping this often; a connection that has not answered the last one is dropped (a phone gone away). */
const HEARTBEAT_MS = 15_000;
/** How often a poll's changing counts are sent to every page, at most. */
const POLL_FAN_OUT_MS = 100;
/** Connections at most: past this, new ones are turned away and the room's keep theirs. */
const MAX_CONNECTIONS = 2000;

/**
 * Serves the built site and the live channel on each host at one port: the deck pages with the live
 * code for their role, the remote's page, and `/live/channel`, whose every connection follows the rules
 * of src/live/. A request naming another host (DNS rebinding) or a channel opened from another origin is
 * refused. Resolves once it listens everywhere.
 */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const now = options.now ?? Date.now;
  const helloTimeoutMs = options.helloTimeoutMs ?? HELLO_TIMEOUT_MS;
  const servers = options.hosts.map(() => createServer());
  const port = await listenAll(servers, options.hosts, options.port);
  const allowedHosts = new Set([...options.hosts, 'localhost'].map((host) => `${host}:${port}`));
  const audienceUrl = options.audienceUrl(port);
  const qrSvg = await options.audienceQrSvg(audienceUrl);
  const serveDist = createStaticHandler(options.distDir);
  const serveClient = createStaticHandler(options.clientDir);
  const deckPage = readFileSync(join(options.distDir, 'index.html'), 'utf8');
  const remotePage = readFileSync(join(options.clientDir, LIVE_PATHS.remoteFile), 'utf8');

  const channelOf = (host: string) => `ws://${host}`;
  const sendPage = (response: ServerResponse, html: string, policy?: string) => {
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // The projector's and the remote's addresses carry the key: no page sends it on as a referrer.
      'Referrer-Policy': 'no-referrer',
      ...(policy ? { 'Content-Security-Policy': policy } : {}),
    });
    response.end(html);
  };
  const sendJson = (response: ServerResponse, type: string, body: string) => {
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(body);
  };
  const deckFor = (role: Role, host: string) => makeLivePage(deckPage, role, channelOf(host), options.assets);

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const host = request.headers.host ?? '';
    if (!allowedHosts.has(host)) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void response.end('Open the address that `npm run present` printed.\n');
    }
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return serveDist(request, response);
    switch (url.pathname) {
      case '/':
      case '/index.html':
        // The audience reads on phones: the reading view, whatever the screen.
        if (url.searchParams.get('view') !== 'scroll') {
          response.writeHead(302, { Location: '/?view=scroll', 'Cache-Control': 'no-store' });
          return void response.end();
        }
        return sendPage(response, deckFor('audience', host));
      case LIVE_PATHS.projector:
        return sendPage(response, deckFor('projector', host));
      case LIVE_PATHS.remote:
        return sendPage(response, remotePage, livePagePolicy(channelOf(host)));
      case LIVE_PATHS.outline:
        return sendJson(response, 'application/json; charset=utf-8', JSON.stringify(options.outline));
      case LIVE_PATHS.session:
        return sendJson(response, 'application/json; charset=utf-8', JSON.stringify({ audienceUrl }));
      case LIVE_PATHS.audienceQr:
        return sendJson(response, 'image/svg+xml', qrSvg);
      case LIVE_PATHS.channel:
        response.writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8' });
        return void response.end('This address is the live channel: it takes WebSocket connections.\n');
    }
    if (url.pathname.startsWith(LIVE_PATHS.assetsPrefix)) return serveClient(request, response);
    return serveDist(request, response);
  };

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_CLIENT_MESSAGE_BYTES,
    perMessageDeflate: false,
  });
  const clients = new Map<WebSocket, { connection: LiveConnection; alive: boolean }>();
  const perAddress = createAddressLimit(MAX_CONNECTIONS_PER_ADDRESS);
  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const host = request.headers.host ?? '';
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (path !== LIVE_PATHS.channel) return refuse('404 Not Found');
    if (!allowedHosts.has(host) || request.headers.origin !== `http://${host}`)
      return refuse('403 Forbidden');
    if (clients.size >= MAX_CONNECTIONS) return refuse('503 Service Unavailable');
    const address = request.socket.remoteAddress;
    if (address === undefined) return void socket.destroy();
    // Refused before it becomes a WebSocket: it costs no timer, and the page's WebSocket sees a failed
    // connection and tries again with backoff, so a tab gets in once another of its device's closes (a
    // close code would be taken for its own mistake, and it would stop for good).
    if (!perAddress.take(address)) return refuse('429 Too Many Requests');
    // Counted until the socket closes, whether its handshake completes or not.
    socket.once('close', () => perAddress.release(address));
    sockets.handleUpgrade(request, socket, head, (ws) => accept(ws));
  };

  const accept = (ws: WebSocket) => {
    const connection = createLiveConnection({
      hub: options.hub,
      outline: options.outline,
      isKey: options.isKey,
      now,
      send: (message) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(message)),
      close: ({ code, reason }) => ws.close(code, reason),
    });
    const client = { connection, alive: true };
    clients.set(ws, client);
    const helloTimer = setTimeout(() => {
      if (!connection.role()) ws.close(CLOSE.noHello.code, CLOSE.noHello.reason);
    }, helloTimeoutMs);
    ws.on('message', (data, isBinary) => {
      if (isBinary) return void ws.close(CLOSE.malformed.code, CLOSE.malformed.reason);
      void connection.receive(data.toString('utf8'));
    });
    ws.on('pong', () => {
      client.alive = true;
    });
    // A frame over the size limit: ws closes with 1009 and reports it here; the server carries on.
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      clearTimeout(helloTimer);
      clients.delete(ws);
    });
  };

  // Serialised once, sent to every page this process holds that has been let in.
  const fanOut = (message: ServerMessage) => {
    const text = JSON.stringify(message);
    for (const [ws, { connection }] of clients)
      if (connection.role() && ws.readyState === WebSocket.OPEN) ws.send(text);
  };
  // Each ballot changes a poll's counts, and every page is told: a room voting at once would be told
  // once per voter per page (a thousand phones, a million messages). The counts go out at most every
  // POLL_FAN_OUT_MS instead, the latest each time; moves go out at once.
  const pendingPolls = new Map<string, ServerMessage>();
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  const flushPolls = () => {
    pollTimer = undefined;
    for (const message of pendingPolls.values()) fanOut(message);
    pendingPolls.clear();
  };
  const unsubscribe = options.hub.subscribe((message) => {
    if (message.type !== 'poll') return fanOut(message);
    pendingPolls.set(message.poll.id, message);
    pollTimer ??= setTimeout(flushPolls, POLL_FAN_OUT_MS);
  });
  const heartbeat = setInterval(() => {
    for (const [ws, client] of clients) {
      if (!client.alive) ws.terminate();
      else {
        client.alive = false;
        ws.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  for (const server of servers) {
    server.on('request', handle);
    server.on('upgrade', upgrade);
  }
  return {
    port,
    connections: () => clients.size,
    async close() {
      clearInterval(heartbeat);
      clearTimeout(pollTimer);
      unsubscribe();
      for (const ws of clients.keys()) ws.terminate();
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}

/** Listens on every host at one port (the first host's, when `port` is 0). */
async function listenAll(
  servers: readonly Server[],
  hosts: readonly string[],
  port: number,
): Promise<number> {
  let chosen = port;
  for (const [index, server] of servers.entries()) {
    const host = hosts[index] as string;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(
                `Port ${chosen} on ${host} is in use: stop what uses it, or choose another with --port.`,
              )
            : error,
        ),
      );
      server.listen(chosen, host, () => resolve());
    });
    chosen = (server.address() as AddressInfo).port;
  }
  return chosen;
}
