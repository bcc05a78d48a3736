import { join } from 'node:path';
import { formatDiagnostics } from '../../deck/format-diagnostic.ts';
import { createLocalHub } from '../../live/hub.ts';
import { LIVE_PATHS } from '../../live/live-paths.ts';
import type { LiveState } from '../../live/live-state.ts';
import type { LiveOutline } from '../../live/outline.ts';
import { restoreState, storeState } from '../../live/stored-state.ts';
import { renderQrCode } from '../../render/render-qr-code.ts';
import { loadDeckFromDisk } from '../../site/read-slide-sources.ts';
import { ExportError } from '../tool-error.ts';
import { buildLiveClient } from './build-live-client.ts';
import { createOutline } from './create-outline.ts';
import { type LiveServer, startLiveServer } from './live-server.ts';
import { createKeyCheck, createRemoteKey } from './remote-key.ts';
import { createStateFile } from './state-file.ts';

export interface PresentOptions {
  readonly projectRoot: string;
  readonly distDir: string;
  /** Where the state and the live client's build are kept (`.present/`, git-ignored). */
  readonly stateDir: string;
  /** The room's address of this machine; undefined: loopback only. */
  readonly lanAddress: string | undefined;
  readonly port: number;
  /** Start the talk from its first slide with every poll new, instead of where it was left. */
  readonly fresh?: boolean;
}

export interface Presenting {
  readonly server: LiveServer;
  readonly key: string;
  readonly outline: LiveOutline;
  /** Addresses to open: the projector's and the remote's carry the key. */
  readonly addresses: { readonly projector: string; readonly remote: string; readonly audience: string };
  /** The state now, as stored (for the export and the bench). */
  state(): LiveState;
}

/** The file the talk's state is kept in, under the state folder. */
export const STATE_FILE = 'state.json';

/**
 * Starts presenting together: reads the slides into the outline, restores the talk's state from its
 * file, builds the live client and starts the server, with a new key for this run.
 */
export async function startPresenting(options: PresentOptions): Promise<Presenting> {
  const loaded = loadDeckFromDisk(options.projectRoot);
  if (!loaded.ok)
    throw new ExportError(
      `The slides have mistakes:\n${formatDiagnostics(loaded.diagnostics)}`,
      'Fix them, then start again.',
    );
  const outline = createOutline(loaded.deck);
  const file = createStateFile(join(options.stateDir, STATE_FILE));
  let state = restoreState(outline, options.fresh ? undefined : file.read());
  file.write(storeState(outline, state));
  const hub = createLocalHub(outline, state, (next) => {
    state = next;
    file.write(storeState(outline, next));
  });
  const clientDir = join(options.stateDir, 'client');
  const assets = await buildLiveClient(options.projectRoot, clientDir);
  const key = createRemoteKey();
  const hosts = [...new Set(['127.0.0.1', ...(options.lanAddress ? [options.lanAddress] : [])])];
  const roomHost = options.lanAddress ?? '127.0.0.1';
  const server = await startLiveServer({
    distDir: options.distDir,
    clientDir,
    assets,
    outline,
    hub,
    isKey: createKeyCheck(key),
    hosts,
    port: options.port,
    audienceUrl: (port) => `http://${roomHost}:${port}/`,
    audienceQrSvg: async (url) => renderQrCode(url),
  });
  const origin = (host: string) => `http://${host}:${server.port}`;
  return {
    server,
    key,
    outline,
    addresses: {
      projector: `${origin('127.0.0.1')}${LIVE_PATHS.projector}?key=${key}`,
      remote: `${origin(roomHost)}${LIVE_PATHS.remote}?key=${key}`,
      audience: `${origin(roomHost)}/`,
    },
    state: () => state,
  };
}
