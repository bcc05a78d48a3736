import { shouldReconnect } from '../../live/close-codes.ts';
import { LIVE_PATHS } from '../../live/live-paths.ts';
import type { ClientMessage, ServerMessage } from '../../live/messages.ts';

/** `connecting` until welcomed; `live` while welcomed; `offline` between tries; `refused` for good. */
export type ChannelStatus = 'connecting' | 'live' | 'offline' | 'refused';

export interface Channel {
  /** Sends a message if the channel is live; returns whether it went. */
  send(message: ClientMessage): boolean;
  onMessage(listener: (message: ServerMessage) => void): void;
  onStatus(listener: (status: ChannelStatus, closeCode?: number) => void): void;
}

/** Waits between tries: doubling from half a second to ten, with jitter so a room's phones spread out. */
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 10_000;

/**
 * Opens the live channel of the server the page came from, says hello, and keeps it open: after a drop
 * (wifi lost, the laptop's server restarted) it tries again with backoff, and when the phone wakes or
 * comes back online it tries at once. Each new connection's welcome carries the whole state, so the
 * page resyncs. After a close for its own mistake (see CLOSE) it stops: trying again would repeat it.
 */
export function openChannel(hello: () => Extract<ClientMessage, { type: 'hello' }>): Channel {
  const messageListeners: ((message: ServerMessage) => void)[] = [];
  const statusListeners: ((status: ChannelStatus, closeCode?: number) => void)[] = [];
  let socket: WebSocket | undefined;
  let welcomed = false;
  let retries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const setStatus = (status: ChannelStatus, code?: number) => {
    for (const listener of statusListeners) listener(status, code);
  };

  const connect = () => {
    clearTimeout(timer);
    if (stopped) return;
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const current = new WebSocket(`${scheme}://${window.location.host}${LIVE_PATHS.channel}`);
    socket = current;
    welcomed = false;
    setStatus('connecting');
    current.addEventListener('open', () => current.send(JSON.stringify(hello())));
    current.addEventListener('message', (event) => {
      if (current !== socket || typeof event.data !== 'string') return;
      const message = JSON.parse(event.data) as ServerMessage;
      if (message.type === 'welcome') {
        welcomed = true;
        retries = 0;
        setStatus('live');
      }
      for (const listener of messageListeners) listener(message);
    });
    current.addEventListener('close', (event) => {
      if (current !== socket) return;
      welcomed = false;
      if (!shouldReconnect(event.code)) {
        stopped = true;
        return setStatus('refused', event.code);
      }
      setStatus('offline', event.code);
      const wait = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** retries) * (0.75 + Math.random() / 2);
      retries++;
      timer = setTimeout(connect, wait);
    });
  };
  // A phone that locked or lost the network may hold a socket that is dead without knowing it.
  const retryNow = () => {
    if (stopped || document.visibilityState !== 'visible') return;
    if (socket?.readyState === WebSocket.OPEN && welcomed) return;
    retries = 0;
    socket?.close();
    connect();
  };
  document.addEventListener('visibilitychange', retryNow);
  window.addEventListener('online', retryNow);
  window.addEventListener('pageshow', (event) => event.persisted && retryNow());
  connect();

  return {
    send(message) {
      if (!welcomed || socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    onMessage: (listener) => void messageListeners.push(listener),
    onStatus: (listener) => void statusListeners.push(listener),
  };
}
