import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import type { ClientMessage, ServerMessage } from '../../../../src/live/messages.ts';

/** How a socket ended: the close the server sent, or the HTTP status that refused its upgrade. */
export type SocketEnd =
  | { readonly closed: { readonly code: number; readonly reason: string } }
  | { readonly refused: number };

/** A real `ws` client of the live channel, as a page is one, with its ends as promises to wait on. */
export interface LiveSocket {
  readonly socket: WebSocket;
  /** Resolves once the socket is open (the upgrade was accepted); rejects if it is refused. */
  readonly opened: Promise<void>;
  /** Resolves once the socket is closed or its upgrade refused. */
  readonly ended: Promise<SocketEnd>;
  send(message: ClientMessage): void;
  /** Resolves with the next message, from now on, that `matches`. */
  next(matches: (message: ServerMessage) => boolean): Promise<ServerMessage>;
}

export interface LiveSocketOptions {
  /** The page's origin, by default the server's own. */
  readonly origin?: string;
  /** A Host header other than the address's. */
  readonly host?: string;
  /** The client's own address, to stand for another device on loopback (Linux answers on 127.0.0.0/8). */
  readonly localAddress?: string;
}

/** Opens a connection to `channel` (`ws://127.0.0.1:port/live/channel`). */
export function openLiveSocket(channel: string, options: LiveSocketOptions = {}): LiveSocket {
  const origin = options.origin ?? new URL(channel).origin.replace(/^ws/, 'http');
  const socket = new WebSocket(channel, {
    origin,
    perMessageDeflate: false,
    ...(options.host ? { headers: { Host: options.host } } : {}),
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  });
  const listeners = new Set<(message: ServerMessage) => void>();
  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    const message = JSON.parse(data.toString()) as ServerMessage;
    for (const listener of listeners) listener(message);
  });
  // A refused upgrade or a dropped socket is what these tests look for; each reaches `ended`.
  socket.on('error', () => undefined);
  const ended = new Promise<SocketEnd>((resolve) => {
    socket.on('unexpected-response', (request, response: IncomingMessage) => {
      resolve({ refused: response.statusCode ?? 0 });
      request.destroy();
    });
    socket.on('close', (code, reason) => resolve({ closed: { code, reason: reason.toString() } }));
  });
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    void ended.then((end) => reject(new Error(`not opened: ${JSON.stringify(end)}`)));
  });
  // A test that awaits `ended` alone has still handled `opened`.
  opened.catch(() => undefined);
  return {
    socket,
    opened,
    ended,
    send: (message) => socket.send(JSON.stringify(message)),
    next: (matches) =>
      new Promise((resolve) => {
        const listener = (message: ServerMessage) => {
          if (!matches(message)) return;
          listeners.delete(listener);
          resolve(message);
        };
        listeners.add(listener);
      }),
  };
}
